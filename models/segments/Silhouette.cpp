// SPDX-License-Identifier: MIT
#include "segments/Silhouette.h"

#include "segments/SplitMix64.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ul {

double silhouetteScore(const FeatureMatrix& points, const std::vector<int>& labels, std::size_t maxPoints, quint64 seed)
{
    Q_ASSERT(labels.size() == points.rows());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<std::size_t> idx;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] >= 0)
            idx.push_back(i);
    }
    if (maxPoints >= 2 && idx.size() > maxPoints) {
        SplitMix64 rng(seed);
        for (std::size_t i = 0; i < maxPoints; ++i)
            std::swap(idx[i], idx[i + std::size_t(rng.below(idx.size() - i))]);
        idx.resize(maxPoints);
        std::sort(idx.begin(), idx.end()); // fixed summation order
    }
    const std::size_t m = idx.size();

    // Dense cluster numbers for the points in play.
    int maxLabel = -1;
    for (std::size_t i : idx)
        maxLabel = std::max(maxLabel, labels[i]);
    std::vector<int> dense(std::size_t(maxLabel + 1), -1);
    int clusters = 0;
    for (std::size_t i : idx) {
        int& d = dense[std::size_t(labels[i])];
        if (d < 0)
            d = clusters++;
    }
    if (clusters < 2 || std::size_t(clusters) >= m)
        return nan;

    std::vector<int> cl(m);
    std::vector<std::size_t> size(std::size_t(clusters), 0);
    for (std::size_t a = 0; a < m; ++a) {
        cl[a] = dense[std::size_t(labels[idx[a]])];
        ++size[std::size_t(cl[a])];
    }
    std::vector<double> sum(static_cast<std::size_t>(clusters));
    double total = 0;
    for (std::size_t a = 0; a < m; ++a) {
        std::fill(sum.begin(), sum.end(), 0.0);
        const double* p = points.row(idx[a]);
        for (std::size_t b = 0; b < m; ++b)
            sum[std::size_t(cl[b])] += std::sqrt(squaredDistance(p, points.row(idx[b]), points.dim));
        const std::size_t own = std::size_t(cl[a]);
        if (size[own] < 2)
            continue; // a singleton scores 0
        const double ai = sum[own] / double(size[own] - 1);
        double bi = std::numeric_limits<double>::infinity();
        for (std::size_t c = 0; c < sum.size(); ++c) {
            if (c != own)
                bi = std::min(bi, sum[c] / double(size[c]));
        }
        const double denom = std::max(ai, bi);
        if (denom > 0)
            total += (bi - ai) / denom;
    }
    return total / double(m);
}

} // namespace ul
