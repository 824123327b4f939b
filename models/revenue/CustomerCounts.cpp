// SPDX-License-Identifier: MIT
#include "revenue/CustomerCounts.h"

namespace ul {

std::vector<CustomerMonth> computeCustomerMonths(const MrrSeries& series, const std::vector<MrrMovement>& movements,
                                                 FirstMonthRule rule)
{
    std::vector<CustomerMonth> out(series.total.size());
    for (size_t i = 0; i < out.size(); ++i)
        out[i].month = series.firstMonth + int(i);

    visitTransitions(series, rule, [&](const MrrTransition& t) {
        CustomerMonth& cm = out[size_t(t.month - series.firstMonth)];
        if (t.current > 0)
            ++cm.active;
        if (t.previous > 0)
            ++cm.activeAtStart;
        if (t.kind == MovementKind::New)
            ++cm.newCustomers;
        else if (t.kind == MovementKind::Opening)
            ++cm.opening;
        else if (t.kind == MovementKind::Churn)
            ++cm.churned;
        else if (t.kind == MovementKind::Reactivation)
            ++cm.reactivated;
    });

    for (size_t i = 0; i < out.size() && i < movements.size(); ++i) {
        CustomerMonth& cm = out[i];
        const MrrMovement& mv = movements[i];
        if (cm.activeAtStart > 0)
            cm.logoChurnRate = double(cm.churned) / cm.activeAtStart;
        if (mv.starting > 0)
            cm.revenueChurnRate = double(mv.contraction + mv.churned) / double(mv.starting);
        if (cm.active > 0)
            cm.arpa = fromMicros(mv.ending) / cm.active;
    }
    return out;
}

} // namespace ul
