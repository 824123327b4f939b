// SPDX-License-Identifier: MIT
#include "segments/Rfm.h"

#include "segments/QuintileScore.h"

#include <QHash>

#include <algorithm>

namespace ul {

std::vector<RfmRecord> computeRfm(const std::vector<ActivityRow>& rows, Day asOf, FrequencyMode mode)
{
    std::vector<RfmRecord> records;
    QHash<qint64, qsizetype> slot; // customer -> index in records
    for (const ActivityRow& row : rows) {
        if (row.day > asOf)
            continue;
        auto it = slot.find(row.customer);
        if (it == slot.end()) {
            it = slot.insert(row.customer, qsizetype(records.size()));
            RfmRecord rec;
            rec.customer = row.customer;
            rec.firstDay = row.day;
            rec.lastDay = row.day;
            records.push_back(rec);
        }
        RfmRecord& rec = records[std::size_t(*it)];
        rec.firstDay = std::min(rec.firstDay, row.day);
        rec.lastDay = std::max(rec.lastDay, row.day);
        rec.frequency += mode == FrequencyMode::ActiveDays ? 1 : row.events;
        rec.monetary += row.value;
    }
    for (RfmRecord& rec : records)
        rec.recencyDays = asOf - rec.lastDay;
    // Ordered by id so every report and every clustering run sees the same point order.
    std::sort(records.begin(), records.end(),
              [](const RfmRecord& a, const RfmRecord& b) { return a.customer < b.customer; });
    scoreRfm(records);
    return records;
}

void scoreRfm(std::vector<RfmRecord>& records)
{
    const std::size_t n = records.size();
    std::vector<double> recency(n), frequency(n), monetary(n);
    for (std::size_t i = 0; i < n; ++i) {
        recency[i] = records[i].recencyDays;
        frequency[i] = double(records[i].frequency);
        monetary[i] = records[i].monetary;
    }
    const std::vector<int> r = quintileScores(recency, false);
    const std::vector<int> f = quintileScores(frequency);
    const std::vector<int> m = quintileScores(monetary);
    for (std::size_t i = 0; i < n; ++i) {
        records[i].r = r[i];
        records[i].f = f[i];
        records[i].m = m[i];
    }
}

std::vector<RfmRecord> recordsWithin(const std::vector<RfmRecord>& records, const TotalBounds& bounds)
{
    std::vector<RfmRecord> kept;
    kept.reserve(records.size());
    for (const RfmRecord& r : records) {
        if (bounds.contains(r.monetary))
            kept.push_back(r);
    }
    scoreRfm(kept);
    return kept;
}

} // namespace ul
