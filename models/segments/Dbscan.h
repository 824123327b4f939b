// SPDX-License-Identifier: MIT
#pragma once

#include "segments/FeatureMatrix.h"

#include <vector>

namespace ul {

struct DbscanResult {
    std::vector<int> labels; ///< per point: 0..clusterCount-1, or -1 for noise
    int clusterCount = 0;
    std::size_t noiseCount = 0;
};

/// DBSCAN over points of 1 to 3 coordinates, with a GridIndex of cell side eps.
///
/// A point is a core point when at least `minPoints` points, itself included, lie within
/// distance eps of it (<= eps, as scikit-learn's min_samples). Clusters are the core points
/// connected through eps-neighbourhoods plus their non-core neighbours (border points);
/// a border point reachable from two clusters joins the first one found. Clusters are
/// numbered in discovery order, scanning points by index, so the result is deterministic;
/// use orderClustersByValue() to number them by value. A non-positive or NaN eps makes
/// only exact duplicates neighbours.
///
/// Cost: one query per point for the core test (stopping at minPoints neighbours) and one
/// scan per core point over the not yet assigned points of its neighbour cells; only a core
/// test with an eps far too large for the data degrades towards O(n^2).
DbscanResult dbscan(const FeatureMatrix& points, double eps, int minPoints);

} // namespace ul
