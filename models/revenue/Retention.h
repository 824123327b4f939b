// SPDX-License-Identifier: MIT
#pragma once

#include "revenue/MrrMovements.h"

#include <optional>
#include <vector>

namespace ul {

/// Revenue retention of one month, as fractions (1.05 = 105 %).
///
/// Month over month, over the customers with MRR in the previous month (S = starting MRR):
///   NRR = (S + expansion - contraction - churned) / S
///   GRR = (S - contraction - churned) / S
/// Trailing 12 months, point to point, over the customers with MRR twelve months earlier:
///   NRR12 = sum of their MRR now / their MRR then
///   GRR12 = sum of min(MRR now, MRR then) / their MRR then
/// (a base customer that left and came back counts with its current MRR). New and
/// reactivated revenue from outside the base never counts. A value is nullopt when its base
/// MRR is 0 or, for the 12-month values, when month - 12 is before the first month of data.
struct RetentionMonth {
    int month = 0;
    std::optional<double> nrr;
    std::optional<double> grr;
    std::optional<double> nrr12m;
    std::optional<double> grr12m;
};

/// One entry per month of the series; `movements` must come from the same series.
std::vector<RetentionMonth> computeRetention(const MrrSeries& series, const std::vector<MrrMovement>& movements);

} // namespace ul
