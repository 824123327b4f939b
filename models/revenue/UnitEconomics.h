// SPDX-License-Identifier: MIT
#pragma once

#include "revenue/CustomerCounts.h"
#include "revenue/Invoice.h"

#include <optional>
#include <vector>

namespace ul {

/// Unit economics of one month (margin = grossMarginPct / 100, spend = monthly acquisition spend):
///   CAC            = spend / new customers                     (nullopt without new customers)
///   churn3m        = mean of the monthly logo churn rates of this and the two previous months,
///                    over those that exist (nullopt if none does)
///   LTV            = ARPA x margin / churn3m                    (nullopt when churn3m is 0 or missing: "n/a")
///   LTV:CAC        = LTV / CAC
///   payback months = CAC / (ARPA x margin)
///   growth pays    = new + expansion MRR >= spend (reactivations are not bought by acquisition)
struct UnitEconomicsMonth {
    int month = 0;
    int newCustomers = 0;
    double spend = 0;
    std::optional<double> cac;
    std::optional<double> arpa;
    std::optional<double> logoChurn3m; ///< fraction
    std::optional<double> ltv;
    std::optional<double> ltvToCac;
    std::optional<double> paybackMonths;
    double newExpansionMrr = 0;
    bool growthPays = false;
};

/// One entry per month; `movements` and `customers` must come from the same series.
std::vector<UnitEconomicsMonth> computeUnitEconomics(const std::vector<MrrMovement>& movements,
                                                     const std::vector<CustomerMonth>& customers,
                                                     const RevenueSettings& settings);

} // namespace ul
