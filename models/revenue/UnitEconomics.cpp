// SPDX-License-Identifier: MIT
#include "revenue/UnitEconomics.h"

#include <algorithm>

namespace ul {

std::vector<UnitEconomicsMonth> computeUnitEconomics(const std::vector<MrrMovement>& movements,
                                                     const std::vector<CustomerMonth>& customers,
                                                     const RevenueSettings& settings)
{
    const size_t n = std::min(movements.size(), customers.size());
    const double margin = settings.grossMarginPct / 100.0;
    const double spend = settings.monthlyAcquisitionSpend;
    std::vector<UnitEconomicsMonth> out(n);
    for (size_t i = 0; i < n; ++i) {
        UnitEconomicsMonth& u = out[i];
        const CustomerMonth& cm = customers[i];
        u.month = cm.month;
        u.newCustomers = cm.newCustomers;
        u.spend = spend;
        u.arpa = cm.arpa;
        if (cm.newCustomers > 0)
            u.cac = spend / cm.newCustomers;

        // A single month's churn swings too much for small customer bases; smooth over three.
        double sum = 0;
        int count = 0;
        for (size_t k = i >= 2 ? i - 2 : 0; k <= i; ++k) {
            if (customers[k].logoChurnRate) {
                sum += *customers[k].logoChurnRate;
                ++count;
            }
        }
        if (count > 0)
            u.logoChurn3m = sum / count;

        const std::optional<double> grossArpa = u.arpa ? std::optional<double>(*u.arpa * margin) : std::nullopt;
        if (grossArpa && u.logoChurn3m && *u.logoChurn3m > 0)
            u.ltv = *grossArpa / *u.logoChurn3m;
        if (u.ltv && u.cac && *u.cac > 0)
            u.ltvToCac = *u.ltv / *u.cac;
        if (u.cac && grossArpa && *grossArpa > 0)
            u.paybackMonths = *u.cac / *grossArpa;

        u.newExpansionMrr = fromMicros(movements[i].newMrr + movements[i].expansion);
        u.growthPays = u.newExpansionMrr >= spend;
    }
    return out;
}

} // namespace ul
