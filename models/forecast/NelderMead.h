// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <vector>

namespace ul {

/// The result of a minimisation: the best point found and its value.
struct Minimum {
    std::vector<double> x;
    double value = 0;
    int evaluations = 0;
};

/// Minimises `f` over R^n with the Nelder–Mead simplex (reflection 1, expansion 2, contraction
/// 1/2, shrink 1/2), starting from `start` with an initial step of `step` along each axis, and
/// restarting once from the best point (a collapsed simplex is the method's known weakness).
/// `f` may return +inf for points it refuses. Stops after `maxEvaluations` or when the values
/// of the simplex agree to `tolerance` (relative). Deterministic; any thread.
Minimum nelderMead(const std::function<double(const std::vector<double>&)>& f, std::vector<double> start, double step,
                   int maxEvaluations, double tolerance = 1e-8);

} // namespace ul
