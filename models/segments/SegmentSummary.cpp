// SPDX-License-Identifier: MIT
#include "segments/SegmentSummary.h"

#include <QHash>

namespace ul {

std::vector<SegmentSummaryRow> summarizeSegments(const std::vector<RfmRecord>& records,
                                                 const std::vector<QString>& segments,
                                                 const std::vector<SegmentRule>& rules)
{
    Q_ASSERT(segments.size() == records.size());
    QStringList names = segmentNames(rules);
    QHash<QString, int> index;
    for (int i = 0; i < names.size(); ++i)
        index.insert(names[i], i);
    // Names outside the table ("Others", or segments from an older table) go last, in order of appearance.
    std::vector<int> group(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        auto it = index.constFind(segments[i]);
        if (it == index.constEnd()) {
            it = index.insert(segments[i], int(names.size()));
            names << segments[i];
        }
        group[i] = *it;
    }
    const std::vector<RfmGroupStats> stats = rfmGroupStats(records, group, int(names.size()));
    std::vector<SegmentSummaryRow> rows;
    rows.reserve(stats.size());
    for (int i = 0; i < names.size(); ++i)
        rows.push_back({names[i], stats[std::size_t(i)]});
    return rows;
}

} // namespace ul
