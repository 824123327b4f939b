// SPDX-License-Identifier: MIT
#include "core/Quantiles.h"

#include <algorithm>
#include <cmath>

namespace ul {

double quantileOfSorted(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const double h = double(sorted.size() - 1) * std::clamp(p, 0.0, 1.0);
    const size_t lo = size_t(std::floor(h));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

SampleStats sampleStats(std::vector<double> values)
{
    SampleStats s;
    s.count = (long long)values.size();
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    // Compensated summation: a million totals of mixed sizes keep their digits.
    double sum = 0, carry = 0;
    for (const double v : values) {
        const double y = v - carry;
        const double t = sum + y;
        carry = (t - sum) - y;
        sum = t;
    }
    s.sum = sum;
    s.mean = sum / double(values.size());
    double squares = 0;
    for (const double v : values)
        squares += (v - s.mean) * (v - s.mean);
    s.std = values.size() > 1 ? std::sqrt(squares / double(values.size() - 1)) : 0.0;
    s.min = values.front();
    s.max = values.back();
    s.p01 = quantileOfSorted(values, 0.01);
    s.p05 = quantileOfSorted(values, 0.05);
    s.p10 = quantileOfSorted(values, 0.10);
    s.p25 = quantileOfSorted(values, 0.25);
    s.p50 = quantileOfSorted(values, 0.50);
    s.p75 = quantileOfSorted(values, 0.75);
    s.p90 = quantileOfSorted(values, 0.90);
    s.p95 = quantileOfSorted(values, 0.95);
    s.p99 = quantileOfSorted(values, 0.99);
    s.iqr = s.p75 - s.p25;
    const double low = s.p25 - 1.5 * s.iqr, high = s.p75 + 1.5 * s.iqr;
    for (const double v : values) {
        s.outliersLow += v < low;
        s.outliersHigh += v > high;
    }
    return s;
}

} // namespace ul
