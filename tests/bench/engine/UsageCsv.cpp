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

constexpr quint32 kDays = 730;
constexpr quint64 kShuffledGridLimit = quint64(1) << 24;

/// A bijection of [0, n) from a keyed 4-round Feistel network on the next power of four,
/// walking cycles back into range: a random order of a sample without replacement in O(1) memory.
class KeyedPermutation {
public:
    KeyedPermutation(quint64 n, quint64 key)
        : m_n(n)
    {
        while ((quint64(1) << (2 * m_halfBits)) < n)
            ++m_halfBits;
        SplitMix64 keys(key);
        for (quint64& k : m_keys)
            k = keys.next();
    }
    quint64 at(quint64 i) const
    {
        do
            i = round(i);
        while (i >= m_n);
        return i;
    }

private:
    quint64 round(quint64 x) const
    {
        const quint64 mask = (quint64(1) << m_halfBits) - 1;
        quint64 left = x >> m_halfBits, right = x & mask;
        for (const quint64 k : m_keys) {
            quint64 f = (right + k) * 0x9E3779B97F4A7C15ull;
            f ^= f >> 29;
            const quint64 next = left ^ (f & mask);
            left = right;
            right = next;
        }
        return (left << m_halfBits) | right;
    }
    quint64 m_n;
    int m_halfBits = 1;
    quint64 m_keys[4] = {};
};

} // namespace

QString usageCsvName(qint64 rows, RowOrder order, quint32 customers)
{
    const QString name =
        QStringLiteral("usage-%1-%2").arg(QLatin1String(order == RowOrder::Random ? "random" : "date")).arg(rows);
    return customers == 20000 ? name + QStringLiteral(".csv") : name + QStringLiteral("-c%1.csv").arg(customers);
}

bool writeUsageCsv(const QString& path, qint64 rows, RowOrder order, quint32 customers)
{
    const quint64 grid = quint64(customers) * kDays;
    if (rows < 0 || customers == 0)
        return false;
    SplitMix64 random(20221017);
    std::vector<quint64> cells;
    if (quint64(rows) > grid) {
        // More rows than (customer, day) pairs: every row draws its cell, repeats summed on import.
        cells.resize(size_t(rows));
        for (quint64& c : cells)
            c = random.below(grid);
    } else if (grid <= kShuffledGridLimit) {
        // The first `rows` slots of a partial Fisher-Yates shuffle (the sample earlier runs used).
        std::vector<quint32> shuffled(grid);
        for (quint32 i = 0; i < grid; ++i)
            shuffled[i] = i;
        for (qint64 i = 0; i < rows; ++i)
            std::swap(shuffled[size_t(i)], shuffled[size_t(i + qint64(random.below(grid - quint64(i))))]);
        cells.assign(shuffled.begin(), shuffled.begin() + rows);
    } else {
        const KeyedPermutation permutation(grid, random.next());
        cells.resize(size_t(rows));
        for (qint64 i = 0; i < rows; ++i)
            cells[size_t(i)] = permutation.at(quint64(i));
    }
    if (order == RowOrder::ByDate)
        std::sort(cells.begin(), cells.end(), [](quint64 a, quint64 b) {
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
    // Ids keep five digits at 20,000 customers (the earlier files) and grow with more.
    const int width = std::max(5, int(QByteArray::number(customers - 1).size()));
    for (const quint64 cell : cells) {
        const quint64 cents = 1 + random.below(99999);
        std::fprintf(f, "cust%0*llu,%s,%llu.%02llu,%llu\n", width, cell / kDays, dayText[cell % kDays].constData(),
                     cents / 100, cents % 100, 1 + random.below(40));
    }
    return std::fclose(f) == 0;
}

} // namespace ul::bench
