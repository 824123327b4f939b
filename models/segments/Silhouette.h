// SPDX-License-Identifier: MIT
#pragma once

#include "segments/FeatureMatrix.h"

#include <QtGlobal>

#include <cstddef>
#include <vector>

namespace ul {

/// Default number of points the silhouette is computed on (exact below it): 2,000 keeps the
/// choice of k for 20,000 customers under a second (k = 2..10, O(m^2) each); on well-separated
/// data it picks the same k as the exact computation (tst_segments_silhouette shows it).
inline constexpr std::size_t kSilhouetteSample = 2000;

/// Mean silhouette coefficient of the points whose label is >= 0 (DBSCAN noise is left out).
/// s(i) = (b - a) / max(a, b), with a the mean distance to the other members of its cluster and
/// b the lowest mean distance to another cluster; a point alone in its cluster scores 0.
///
/// Exact, O(m^2) in time and O(m) in memory, when the m labelled points are at most
/// `maxPoints`. Otherwise it is computed on a sample of `maxPoints` of them chosen by a
/// seeded partial Fisher-Yates shuffle (same points for the same m and seed), with distances
/// only within the sample, as scikit-learn's sample_size does. maxPoints < 2 means always exact.
/// NaN when the (sampled) points form fewer than 2 clusters or each point is its own cluster.
double silhouetteScore(const FeatureMatrix& points, const std::vector<int>& labels,
                       std::size_t maxPoints = kSilhouetteSample, quint64 seed = 0x51u);

} // namespace ul
