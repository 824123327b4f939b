// SPDX-License-Identifier: MIT
#pragma once

#include "revenue/MrrSeries.h"

#include <optional>
#include <vector>

namespace ul {

/// The customers whose first month with MRR > 0 is `month`, followed to the last month of data.
/// Index k of the vectors is k months since the cohort's start (k = 0 is the start month).
struct Cohort {
    int month = 0;
    std::vector<int> customers;  ///< members with MRR > 0 in month + k
    std::vector<Micros> revenue; ///< members' MRR in month + k

    int size() const { return customers.empty() ? 0 : customers.front(); }
    /// customers[k] / size, as a fraction.
    double customerRetention(int k) const;
    /// revenue[k] / revenue[0], as a fraction (> 1 with expansion).
    std::optional<double> revenueRetention(int k) const;
};

/// Cohorts in month order; months in which no customer started have no cohort.
std::vector<Cohort> computeCohorts(const MrrSeries& series);

} // namespace ul
