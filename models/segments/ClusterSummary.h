// SPDX-License-Identifier: MIT
#pragma once

#include "segments/RfmGroupStats.h"

#include <vector>

namespace ul {

struct ClusterSummaryRow {
    int cluster = 0; ///< -1 = DBSCAN noise
    RfmGroupStats stats;
};

/// One row per cluster 0..max label in order, then noise (-1) if any point is noise.
/// `labels` is parallel to `records`. Percentages are of all customers, noise included.
std::vector<ClusterSummaryRow> summarizeClusters(const std::vector<RfmRecord>& records, const std::vector<int>& labels);

} // namespace ul
