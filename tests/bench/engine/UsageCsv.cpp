// SPDX-License-Identifier: MIT
#include "engine/UsageCsv.h"

#include "core/Day.h"
#include "segments/SplitMix64.h"

#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace ul::bench {

namespace {
constexpr quint32 kCustomers = 20000;
constexpr quint32 kDays = 730;
} // namespace

bool writeUsageCsv(const QString& path, qint64 rows, RowOrder order)
{
    const quint64 grid = quint64(kCustomers) * kDays;
    if (rows < 0 || quint64(rows) > grid)
        return false;
    // The first `rows` slots of a partial Fisher-Yates shuffle: a sample without replacement
    // in random order.
    std::vector<quint32> cells(grid);
    for (quint32 i = 0; i < grid; ++i)
        cells[i] = i;
    SplitMix64 random(20221017);
    for (qint64 i = 0; i < rows; ++i)
        std::swap(cells[size_t(i)], cells[size_t(i + qint64(random.below(grid - quint64(i))))]);
    cells.resize(size_t(rows));
    if (order == RowOrder::ByDate)
        std::sort(cells.begin(), cells.end(), [](quint32 a, quint32 b) {
            return std::pair(a % kDays, a / kDays) < std::pair(b % kDays, b / kDays);
        });

    std::vector<QByteArray> dayText(kDays);
    const Day first = *dayFromYmd(2022, 1, 1);
    for (quint32 d = 0; d < kDays; ++d)
        dayText[d] = isoDate(first + Day(d)).toLatin1();

    std::FILE* f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return false;
    std::setvbuf(f, nullptr, _IOFBF, 1 << 20);
    std::fputs("customer_id,usage_date,minutes,sessions\n", f);
    for (const quint32 cell : cells) {
        const quint64 cents = 1 + random.below(99999);
        std::fprintf(f, "cust%05u,%s,%llu.%02llu,%llu\n", cell / kDays, dayText[cell % kDays].constData(), cents / 100,
                     cents % 100, 1 + random.below(40));
    }
    return std::fclose(f) == 0;
}

} // namespace ul::bench
