// SPDX-License-Identifier: MIT
#include "segments/KMeans.h"

#include "segments/SplitMix64.h"

#include <algorithm>
#include <cmath>

namespace ul {

namespace {

// Index of a point drawn with probability weight[i] / total.
std::size_t drawWeighted(const std::vector<double>& weight, double total, SplitMix64& rng)
{
    const double target = rng.uniform() * total;
    double cumulative = 0;
    std::size_t lastPositive = 0;
    for (std::size_t i = 0; i < weight.size(); ++i) {
        if (weight[i] <= 0)
            continue;
        cumulative += weight[i];
        lastPositive = i;
        if (cumulative > target)
            return i;
    }
    return lastPositive; // rounding left the target just above the running sum
}

std::vector<double> seedCentroids(const FeatureMatrix& x, int k, SplitMix64& rng)
{
    const std::size_t n = x.rows();
    const int dim = x.dim;
    std::vector<double> centroids;
    centroids.reserve(std::size_t(k) * std::size_t(dim));
    const std::size_t first = std::size_t(rng.below(n));
    centroids.insert(centroids.end(), x.row(first), x.row(first) + dim);

    std::vector<double> d2(n);
    double potential = 0;
    for (std::size_t i = 0; i < n; ++i) {
        d2[i] = squaredDistance(x.row(i), x.row(first), dim);
        potential += d2[i];
    }
    const int trials = 2 + int(std::log(double(k)));
    std::vector<double> candidateD2(n), bestD2(n);
    for (int c = 1; c < k; ++c) {
        if (!(potential > 0))
            break; // every point already sits on a centre: fewer distinct points than k
        double bestPotential = -1;
        std::size_t best = 0;
        for (int t = 0; t < trials; ++t) {
            const std::size_t cand = drawWeighted(d2, potential, rng);
            double candPotential = 0;
            for (std::size_t i = 0; i < n; ++i) {
                candidateD2[i] = std::min(d2[i], squaredDistance(x.row(i), x.row(cand), dim));
                candPotential += candidateD2[i];
            }
            if (bestPotential < 0 || candPotential < bestPotential) {
                bestPotential = candPotential;
                best = cand;
                bestD2.swap(candidateD2);
            }
        }
        centroids.insert(centroids.end(), x.row(best), x.row(best) + dim);
        d2.swap(bestD2);
        potential = bestPotential;
    }
    return centroids;
}

// Assigns every point to its nearest centroid; returns how many labels changed.
std::size_t assign(const FeatureMatrix& x, const std::vector<double>& centroids, int k, std::vector<int>& labels,
                   std::vector<double>& d2, double& inertia)
{
    const int dim = x.dim;
    std::size_t changed = 0;
    inertia = 0;
    for (std::size_t i = 0; i < x.rows(); ++i) {
        const double* p = x.row(i);
        int best = 0;
        double bestD = squaredDistance(p, centroids.data(), dim);
        for (int c = 1; c < k; ++c) {
            const double d = squaredDistance(p, centroids.data() + std::size_t(c) * std::size_t(dim), dim);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        if (labels[i] != best) {
            labels[i] = best;
            ++changed;
        }
        d2[i] = bestD;
        inertia += bestD;
    }
    return changed;
}

// Moves each centroid to the mean of its points; returns the summed squared shift.
double update(const FeatureMatrix& x, const std::vector<int>& labels, int k, std::vector<double>& centroids,
              std::vector<double>& d2)
{
    const int dim = x.dim;
    const std::size_t ud = std::size_t(dim);
    std::vector<double> sums(std::size_t(k) * ud, 0.0);
    std::vector<std::size_t> counts(std::size_t(k), 0);
    for (std::size_t i = 0; i < x.rows(); ++i) {
        const std::size_t c = std::size_t(labels[i]);
        ++counts[c];
        const double* p = x.row(i);
        for (std::size_t d = 0; d < ud; ++d)
            sums[c * ud + d] += p[d];
    }
    double shift = 0;
    for (std::size_t c = 0; c < std::size_t(k); ++c) {
        std::vector<double> next(ud);
        if (counts[c] > 0) {
            for (std::size_t d = 0; d < ud; ++d)
                next[d] = sums[c * ud + d] / double(counts[c]);
        } else {
            // Empty cluster: restart it on the worst-served point, which is then taken off
            // the list so two empty clusters do not land on the same point.
            const auto far = std::size_t(std::max_element(d2.begin(), d2.end()) - d2.begin());
            next.assign(x.row(far), x.row(far) + dim);
            d2[far] = -1;
        }
        shift += squaredDistance(next.data(), centroids.data() + c * ud, dim);
        std::copy(next.begin(), next.end(), centroids.begin() + std::ptrdiff_t(c * ud));
    }
    return shift;
}

double meanColumnVariance(const FeatureMatrix& x)
{
    const std::size_t n = x.rows();
    if (n == 0 || x.dim == 0)
        return 0;
    double total = 0;
    for (int d = 0; d < x.dim; ++d) {
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i)
            sum += x.row(i)[d];
        const double mean = sum / double(n);
        double sq = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double t = x.row(i)[d] - mean;
            sq += t * t;
        }
        total += sq / double(n);
    }
    return total / x.dim;
}

KMeansResult singleRun(const FeatureMatrix& points, const KMeansOptions& options)
{
    KMeansResult result;
    result.dim = points.dim;
    const std::size_t n = points.rows();
    if (n == 0 || options.k < 1)
        return result;

    SplitMix64 rng(options.seed);
    result.centroids = seedCentroids(points, int(std::min<std::size_t>(std::size_t(options.k), n)), rng);
    const int k = int(result.centroids.size() / std::size_t(points.dim));
    result.k = k;

    const double tolerance = options.tolerance * meanColumnVariance(points);
    result.labels.assign(n, -1);
    std::vector<double> d2(n);
    const int maxIterations = std::max(options.maxIterations, 1);
    for (int iter = 1; iter <= maxIterations; ++iter) {
        result.iterations = iter;
        const std::size_t changed = assign(points, result.centroids, k, result.labels, d2, result.inertia);
        if (changed == 0 || iter == maxIterations)
            break; // stable: the centroids are already the means of these labels
        const double shift = update(points, result.labels, k, result.centroids, d2);
        if (shift <= tolerance) {
            // Converged by tolerance: one last assignment so labels match the final centroids.
            assign(points, result.centroids, k, result.labels, d2, result.inertia);
            break;
        }
    }
    return result;
}

} // namespace

KMeansResult kmeansPlusPlus(const FeatureMatrix& points, const KMeansOptions& options)
{
    KMeansResult best = singleRun(points, options);
    for (int r = 1; r < options.restarts; ++r) {
        KMeansOptions next = options;
        next.seed = options.seed + quint64(r) * 0x9E3779B97F4A7C15ULL; // well-spread seeds
        KMeansResult run = singleRun(points, next);
        if (run.inertia < best.inertia)
            best = std::move(run);
    }
    return best;
}

} // namespace ul
