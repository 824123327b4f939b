// SPDX-License-Identifier: MIT
#pragma once

#include "segments/KMeans.h"
#include "segments/Silhouette.h"

#include <vector>

namespace ul {

/// One point of the elbow / silhouette chart.
struct KScore {
    int k = 0;
    double inertia = 0;
    double silhouette = 0; ///< NaN when undefined (e.g. fewer distinct points than k)
};

struct KMeansAutoResult {
    std::vector<KScore> scores; ///< one per k tried, ascending
    KMeansResult best;          ///< the run with the highest silhouette
};

/// "k = auto": k-means++ (same options, k overridden) for k = kMin..kMax, clamped to
/// 2..n-1, keeping the run with the highest silhouette (ties: the smaller k). Silhouettes use
/// silhouetteScore() with `silhouetteSample` points, the same sample for every k.
/// When no k has a silhouette (fewer than 3 points, or all points equal) best is a k = 1 run.
KMeansAutoResult kmeansAuto(const FeatureMatrix& points, const KMeansOptions& options, int kMin = 2, int kMax = 10,
                            std::size_t silhouetteSample = kSilhouetteSample);

} // namespace ul
