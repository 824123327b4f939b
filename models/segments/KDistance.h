// SPDX-License-Identifier: MIT
#pragma once

#include "segments/FeatureMatrix.h"

#include <vector>

namespace ul {

/// The sorted k-distance curve used to pick DBSCAN's eps: for every point the distance to its
/// k-th nearest point, counting the point itself as the first (as a nearest-neighbour query
/// on the training set does), sorted descending. With k = minPoints a point is a DBSCAN core
/// point exactly when its k-distance <= eps, so eps is read off the curve's knee.
/// Uses a KdTree: O(n log n) on typical data.
std::vector<double> kDistanceCurve(const FeatureMatrix& points, int k);

} // namespace ul
