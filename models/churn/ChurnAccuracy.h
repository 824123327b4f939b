// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

namespace ul {

/// How a ranking by risk matched what happened.
struct ChurnAccuracy {
    /// The probability that a customer who churned is ranked above one who did not (ties count
    /// half): 0.5 is no skill. Unset when either group is empty.
    std::optional<double> auc;
    std::optional<double> precisionAtDecile; ///< share churned among the top 10% by risk (ceil)
    std::optional<double> recallAtDecile;    ///< share of the churned that are in that top 10%
    std::optional<double> baseRate;          ///< share churned among all scored
    int customers = 0;
};

/// `risk` and `churned` per customer, in the same order. The top decile is the ceil(n/10)
/// highest risks, ties broken by the order given.
ChurnAccuracy churnAccuracy(const std::vector<double>& risk, const std::vector<char>& churned);

} // namespace ul
