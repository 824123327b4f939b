// SPDX-License-Identifier: MIT
#include "churn/LogisticRegression.h"

#include "core/LinearSolve.h"

#include <algorithm>
#include <cmath>

namespace ul {

namespace {

double sigmoid(double z)
{
    // Written both ways so exp() never overflows.
    if (z >= 0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

} // namespace

double LogisticModel::probability(const double* x) const
{
    double z = intercept;
    for (size_t j = 0; j < weights.size(); ++j)
        if (scale[j] > 0)
            z += weights[j] * (x[j] - mean[j]) / scale[j];
    return sigmoid(z);
}

std::vector<double> LogisticModel::contributions(const double* x) const
{
    std::vector<double> out(weights.size(), 0.0);
    for (size_t j = 0; j < weights.size(); ++j)
        if (scale[j] > 0)
            out[j] = weights[j] * (x[j] - mean[j]) / scale[j];
    return out;
}

LogisticModel fitLogistic(const std::vector<double>& x, const std::vector<char>& y, int features, double lambda)
{
    const size_t d = size_t(features);
    const size_t n = y.size();
    LogisticModel m;
    m.mean.assign(d, 0.0);
    m.scale.assign(d, 0.0);
    m.weights.assign(d, 0.0);
    if (n == 0)
        return m;
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < d; ++j)
            m.mean[j] += x[i * d + j] / double(n);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < d; ++j) {
            const double v = x[i * d + j] - m.mean[j];
            m.scale[j] += v * v / double(n);
        }
    for (double& s : m.scale)
        s = s > 1e-18 ? std::sqrt(s) : 0.0;
    double positives = 0;
    for (char v : y)
        positives += v ? 1 : 0;
    // Start at the base rate: the intercept alone, weights zero.
    const double rate = std::clamp(positives / double(n), 1e-6, 1.0 - 1e-6);
    m.intercept = std::log(rate / (1.0 - rate));
    // Parameters: intercept, then the weights. z_i = b + sum w_j * standardised x_ij.
    const size_t k = d + 1;
    std::vector<double> row(k), hessian(k * k), gradient(k), step;
    for (int iteration = 0; iteration < 25; ++iteration) {
        std::fill(hessian.begin(), hessian.end(), 0.0);
        std::fill(gradient.begin(), gradient.end(), 0.0);
        for (size_t i = 0; i < n; ++i) {
            row[0] = 1.0;
            double z = m.intercept;
            for (size_t j = 0; j < d; ++j) {
                row[j + 1] = m.scale[j] > 0 ? (x[i * d + j] - m.mean[j]) / m.scale[j] : 0.0;
                z += m.weights[j] * row[j + 1];
            }
            const double p = sigmoid(z);
            const double w = std::max(p * (1.0 - p), 1e-12);
            const double r = (y[i] ? 1.0 : 0.0) - p;
            for (size_t a = 0; a < k; ++a) {
                gradient[a] += r * row[a];
                const double wa = w * row[a];
                for (size_t b = 0; b <= a; ++b)
                    hessian[a * k + b] += wa * row[b];
            }
        }
        for (size_t a = 0; a < k; ++a)
            for (size_t b = 0; b < a; ++b)
                hessian[b * k + a] = hessian[a * k + b];
        // The penalty: gradient of -lambda/2 |w|^2 and its curvature (not on the intercept).
        for (size_t j = 0; j < d; ++j) {
            gradient[j + 1] -= lambda * m.weights[j];
            hessian[(j + 1) * k + (j + 1)] += lambda;
        }
        if (!solveLinear(hessian, gradient, int(k), &step))
            break;
        // A long step (nearly separable classes) is shortened: Newton may overshoot from afar.
        double longest = 0;
        for (double v : step)
            longest = std::max(longest, std::abs(v));
        if (longest > 4.0)
            for (double& v : step)
                v *= 4.0 / longest;
        double change = 0;
        m.intercept += step[0];
        change = std::max(change, std::abs(step[0]));
        for (size_t j = 0; j < d; ++j) {
            m.weights[j] += m.scale[j] > 0 ? step[j + 1] : 0.0;
            change = std::max(change, std::abs(step[j + 1]));
        }
        if (change < 1e-8)
            break;
    }
    return m;
}

} // namespace ul
