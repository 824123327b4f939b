// SPDX-License-Identifier: MIT
#pragma once

#include "segments/FeatureMatrix.h"

#include <QtGlobal>

#include <vector>

namespace ul {

struct KMeansOptions {
    int k = 5;
    quint64 seed = 20240605;
    int maxIterations = 300;
    /// Lloyd also stops when the summed squared centroid shift of an iteration is at most
    /// tolerance * (mean per-column variance of the data); 0 = only when no label changes.
    double tolerance = 1e-4;
    /// Independent seedings; the run with the lowest inertia wins. Chosen features use 10
    /// (a single seeding can stop in a poor local optimum); the RFM default keeps 1.
    int restarts = 1;
};

struct KMeansResult {
    int k = 0; ///< clusters found; below options.k only with fewer distinct points
    int dim = 0;
    std::vector<int> labels;       ///< per point, 0..k-1
    std::vector<double> centroids; ///< k * dim, row-major
    double inertia = 0;            ///< sum of squared distances to the assigned centroid
    int iterations = 0;
};

/// k-means++ seeding then Lloyd iterations, single-threaded and deterministic: the same
/// points and options give the same labels on every platform (own PRNG, fixed sum order,
/// distance ties go to the lower centroid index).
///
/// Seeding is the greedy variant: each new centre is the best of 2 + floor(ln k) candidates
/// drawn with probability proportional to D(x)^2. A cluster that empties during Lloyd is
/// moved to the point farthest from its centroid. Labels are in seeding order; use
/// orderClustersByValue() to number them by value.
KMeansResult kmeansPlusPlus(const FeatureMatrix& points, const KMeansOptions& options);

} // namespace ul
