// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace ul {

enum class ClusterValueOrder { MeanValue, TotalValue };

/// Renumbers cluster labels 0..k-1 by descending mean or total of `values` over each
/// cluster's members, so cluster 0 is the most valuable; k is the larger of `clusterCount`
/// and max label + 1. Ties, and empty clusters (which go last), keep their old relative
/// order; negative labels (noise) are left alone. Returns the map old label -> new label,
/// e.g. to reorder centroids.
std::vector<int> orderClustersByValue(std::vector<int>& labels, const std::vector<double>& values,
                                      ClusterValueOrder order, int clusterCount = -1);

} // namespace ul
