// SPDX-License-Identifier: MIT
#include "forecast/NelderMead.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ul {

namespace {

struct Vertex {
    std::vector<double> x;
    double f = 0;
};

/// One run from a fresh simplex around `start`; `budget` counts down the evaluations left.
Vertex simplexRun(const std::function<double(const std::vector<double>&)>& f, const std::vector<double>& start,
                  double step, int* budget, double tolerance)
{
    const size_t n = start.size();
    const auto eval = [&](const std::vector<double>& x) {
        --*budget;
        const double v = f(x);
        // NaN compares false with everything: make it the worst value so it is never kept.
        return std::isnan(v) ? std::numeric_limits<double>::infinity() : v;
    };
    std::vector<Vertex> simplex(n + 1);
    simplex[0] = {start, eval(start)};
    for (size_t i = 0; i < n; ++i) {
        simplex[i + 1].x = start;
        simplex[i + 1].x[i] += step;
        simplex[i + 1].f = eval(simplex[i + 1].x);
    }
    std::vector<double> centroid(n), trial(n);
    const auto along = [&](double t) {
        // centroid + t * (centroid - worst)
        for (size_t j = 0; j < n; ++j)
            trial[j] = centroid[j] + t * (centroid[j] - simplex[n].x[j]);
        return trial;
    };
    while (*budget > 0) {
        std::sort(simplex.begin(), simplex.end(), [](const Vertex& a, const Vertex& b) { return a.f < b.f; });
        const double best = simplex[0].f, worst = simplex[n].f;
        if (std::isfinite(worst) && std::abs(worst - best) <= tolerance * (std::abs(best) + 1e-12))
            break;
        std::fill(centroid.begin(), centroid.end(), 0.0);
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < n; ++j)
                centroid[j] += simplex[i].x[j] / double(n);
        std::vector<double> reflected = along(1.0);
        const double fr = eval(reflected);
        if (fr < simplex[0].f) {
            std::vector<double> expanded = along(2.0);
            const double fe = eval(expanded);
            simplex[n] = fe < fr ? Vertex{std::move(expanded), fe} : Vertex{std::move(reflected), fr};
            continue;
        }
        if (fr < simplex[n - 1].f) {
            simplex[n] = {std::move(reflected), fr};
            continue;
        }
        // Contract towards the better of the worst point and its reflection.
        const bool outside = fr < simplex[n].f;
        std::vector<double> contracted = along(outside ? 0.5 : -0.5);
        const double fc = eval(contracted);
        if (fc < (outside ? fr : simplex[n].f)) {
            simplex[n] = {std::move(contracted), fc};
            continue;
        }
        for (size_t i = 1; i <= n; ++i) {
            for (size_t j = 0; j < n; ++j)
                simplex[i].x[j] = simplex[0].x[j] + 0.5 * (simplex[i].x[j] - simplex[0].x[j]);
            simplex[i].f = eval(simplex[i].x);
        }
    }
    return *std::min_element(simplex.begin(), simplex.end(),
                             [](const Vertex& a, const Vertex& b) { return a.f < b.f; });
}

} // namespace

Minimum nelderMead(const std::function<double(const std::vector<double>&)>& f, std::vector<double> start, double step,
                   int maxEvaluations, double tolerance)
{
    int budget = maxEvaluations;
    if (start.empty()) {
        --budget;
        return {start, f(start), 1};
    }
    Vertex best = simplexRun(f, start, step, &budget, tolerance);
    // A restart with a smaller simplex from the best point catches an early collapse.
    if (budget > int(start.size()) + 1) {
        Vertex again = simplexRun(f, best.x, step * 0.25, &budget, tolerance);
        if (again.f < best.f)
            best = std::move(again);
    }
    return {best.x, best.f, maxEvaluations - budget};
}

} // namespace ul
