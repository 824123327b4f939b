// SPDX-License-Identifier: MIT
#pragma once

#include "revenue/MrrMovements.h"

#include <optional>
#include <vector>

namespace ul {

/// Customer counts and churn of one month. A customer is active in a month when its MRR
/// there is > 0 (a 0 invoice does not make it active). Rates are fractions (0.05 = 5 %).
struct CustomerMonth {
    int month = 0;
    int active = 0;
    int activeAtStart = 0; ///< active in the previous month
    int newCustomers = 0;
    int opening = 0; ///< first month, FirstMonthRule::OpeningBase: customers the data starts with
    int churned = 0;
    int reactivated = 0;
    /// churned / activeAtStart; nullopt when nobody was active at the start.
    std::optional<double> logoChurnRate;
    /// (contraction + churned MRR) / starting MRR; nullopt when starting MRR is 0.
    std::optional<double> revenueChurnRate;
    /// Average revenue per account: MRR / active; nullopt when nobody is active.
    std::optional<double> arpa;
};

/// One entry per month of the series; `movements` must come from the same series and rule. Under
/// FirstMonthRule::OpeningBase the first month has no new customers.
std::vector<CustomerMonth> computeCustomerMonths(const MrrSeries& series, const std::vector<MrrMovement>& movements,
                                                 FirstMonthRule rule);

} // namespace ul
