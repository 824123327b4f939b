// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace ul {

/// A logistic regression on standardised features with an L2 (ridge) penalty on the weights.
struct LogisticModel {
    std::vector<double> mean, scale; ///< per feature, from the training rows (scale 0: unused)
    std::vector<double> weights;     ///< per standardised feature
    double intercept = 0;

    /// The probability of the positive class for one row of `mean.size()` features.
    double probability(const double* x) const;
    /// Each feature's push on the log-odds: weight times the standardised value.
    std::vector<double> contributions(const double* x) const;
};

/// Fits by Newton's method (iteratively reweighted least squares) minimising the negative
/// log-likelihood plus lambda/2 * |weights|^2 (the intercept is not penalised). `x` is row-major,
/// `features` values per row; `y` 0 or 1. A feature constant over the rows gets weight 0. Any
/// thread; cost O(rows * features^2) per iteration, at most 25 iterations.
LogisticModel fitLogistic(const std::vector<double>& x, const std::vector<char>& y, int features, double lambda);

} // namespace ul
