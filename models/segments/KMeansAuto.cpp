// SPDX-License-Identifier: MIT
#include "segments/KMeansAuto.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ul {

KMeansAutoResult kmeansAuto(const FeatureMatrix& points, const KMeansOptions& options, int kMin, int kMax,
                            std::size_t silhouetteSample)
{
    KMeansAutoResult out;
    const std::size_t n = points.rows();
    const int hi = int(std::min<std::size_t>(std::size_t(std::max(kMax, 0)), n > 0 ? n - 1 : 0));
    const int lo = std::max(kMin, 2);
    double bestSilhouette = -std::numeric_limits<double>::infinity();
    bool haveBest = false;
    for (int k = lo; k <= hi; ++k) {
        KMeansOptions o = options;
        o.k = k;
        KMeansResult run = kmeansPlusPlus(points, o);
        const bool collapsed = run.k < k; // fewer distinct points than k
        KScore score{k, run.inertia, std::numeric_limits<double>::quiet_NaN()};
        if (!collapsed)
            score.silhouette = silhouetteScore(points, run.labels, silhouetteSample, options.seed);
        out.scores.push_back(score);
        // Strictly greater: on a tie the smaller k, found first, stays.
        if (!std::isnan(score.silhouette) && score.silhouette > bestSilhouette) {
            bestSilhouette = score.silhouette;
            out.best = std::move(run);
            haveBest = true;
        }
        if (collapsed)
            break; // a larger k cannot find more distinct points
    }
    if (!haveBest) {
        // No k in range has a silhouette (under 3 points, or all points equal): one cluster.
        KMeansOptions o = options;
        o.k = 1;
        out.best = kmeansPlusPlus(points, o);
    }
    return out;
}

} // namespace ul
