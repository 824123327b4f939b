// SPDX-License-Identifier: MIT
#include "segments/QuintileScore.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ul {

std::vector<int> quintileScores(const std::vector<double>& values, bool higherIsBetter)
{
    const std::size_t n = values.size();
    std::vector<int> scores(n, 0);
    if (n == 0)
        return scores;

    // Orient so that larger keys are better; NaN becomes the worst key so the sort stays valid.
    std::vector<double> keys(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double v = values[i];
        keys[i] = std::isnan(v) ? -std::numeric_limits<double>::infinity() : (higherIsBetter ? v : -v);
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&keys](std::size_t x, std::size_t y) { return keys[x] < keys[y]; });

    for (std::size_t a = 0; a < n;) {
        std::size_t b = a;
        while (b + 1 < n && keys[order[b + 1]] == keys[order[a]])
            ++b;
        // Integer arithmetic: exact, so boundary cases do not depend on rounding.
        const int score = 1 + int((5 * (a + b + 1)) / (2 * n));
        for (std::size_t p = a; p <= b; ++p)
            scores[order[p]] = score;
        a = b + 1;
    }
    return scores;
}

} // namespace ul
