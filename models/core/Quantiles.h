// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace ul {

/// The p-quantile (0..1) of sorted values, interpolated linearly between the closest ranks: at
/// h = (n - 1)·p, x[floor h] + (h - floor h)·(x[floor h + 1] - x[floor h]) — the default of numpy
/// and pandas, so an analyst's notebook gets the same figures. 0 for no values.
double quantileOfSorted(const std::vector<double>& sorted, double p);

/// Summary statistics of a sample (the distribution view): sample standard deviation (n - 1),
/// quartiles and percentiles by quantileOfSorted(), and the values beyond 1.5 × IQR from the
/// quartiles (Tukey's fences) as outliers.
struct SampleStats {
    long long count = 0;
    double sum = 0, mean = 0, std = 0, min = 0, max = 0;
    double p01 = 0, p05 = 0, p10 = 0, p25 = 0, p50 = 0, p75 = 0, p90 = 0, p95 = 0, p99 = 0;
    double iqr = 0;
    long long outliersLow = 0, outliersHigh = 0;
};
SampleStats sampleStats(std::vector<double> values);

} // namespace ul
