// SPDX-License-Identifier: MIT
#include "segments/KDistance.h"

#include "segments/KdTree.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace ul {

std::vector<double> kDistanceCurve(const FeatureMatrix& points, int k)
{
    const std::size_t n = points.rows();
    std::vector<double> curve(n);
    if (n == 0)
        return curve;
    curve = KdTree(points).allKthNearestSquared(k);
    for (double& d : curve)
        d = std::sqrt(d);
    std::sort(curve.begin(), curve.end(), std::greater<double>());
    return curve;
}

} // namespace ul
