// SPDX-License-Identifier: MIT
#include "segments/ClusterSummary.h"

#include <algorithm>

namespace ul {

std::vector<ClusterSummaryRow> summarizeClusters(const std::vector<RfmRecord>& records, const std::vector<int>& labels)
{
    Q_ASSERT(labels.size() == records.size());
    int clusters = 0;
    bool anyNoise = false;
    for (int label : labels) {
        clusters = std::max(clusters, label + 1);
        anyNoise = anyNoise || label < 0;
    }
    // Noise becomes the extra last group so one pass computes every row.
    std::vector<int> group(labels);
    for (int& g : group) {
        if (g < 0)
            g = clusters;
    }
    const std::vector<RfmGroupStats> stats = rfmGroupStats(records, group, clusters + 1);
    std::vector<ClusterSummaryRow> rows;
    for (int c = 0; c < clusters; ++c)
        rows.push_back({c, stats[std::size_t(c)]});
    if (anyNoise)
        rows.push_back({-1, stats[std::size_t(clusters)]});
    return rows;
}

} // namespace ul
