// SPDX-License-Identifier: MIT
#include "revenue/MrrMovements.h"

namespace ul {

MovementKind classifyMovement(Micros previous, Micros current, bool hadRevenueBefore)
{
    if (previous <= 0 && current > 0)
        return hadRevenueBefore ? MovementKind::Reactivation : MovementKind::New;
    if (previous > 0 && current <= 0)
        return MovementKind::Churn;
    if (previous > 0 && current > previous)
        return MovementKind::Expansion;
    if (previous > 0 && current < previous)
        return MovementKind::Contraction;
    return MovementKind::None;
}

void visitTransitions(const MrrSeries& series, FirstMonthRule rule,
                      const std::function<void(const MrrTransition&)>& visit)
{
    for (const CustomerMrr& c : series.customers) {
        bool hadRevenue = false;
        // One month past the covered ones: that is where a customer without renewal churns.
        const int end = std::min(c.lastMonth() + 1, series.lastMonth());
        for (int m = c.firstMonth; m <= end; ++m) {
            MrrTransition t;
            t.month = m;
            t.customer = c.customer;
            t.previous = c.at(m - 1);
            t.current = c.at(m);
            t.kind = classifyMovement(t.previous, t.current, hadRevenue);
            if (t.kind == MovementKind::New && m == series.firstMonth && rule == FirstMonthRule::OpeningBase)
                t.kind = MovementKind::Opening;
            hadRevenue = hadRevenue || t.current > 0;
            visit(t);
        }
    }
}

std::vector<MrrMovement> computeMovements(const MrrSeries& series, FirstMonthRule rule)
{
    std::vector<MrrMovement> out(series.total.size());
    for (size_t i = 0; i < out.size(); ++i) {
        out[i].month = series.firstMonth + int(i);
        out[i].starting = i ? series.total[i - 1] : 0;
        out[i].ending = series.total[i];
    }
    visitTransitions(series, rule, [&](const MrrTransition& t) {
        MrrMovement& mv = out[size_t(t.month - series.firstMonth)];
        switch (t.kind) {
        case MovementKind::New: mv.newMrr += t.current; break;
        case MovementKind::Opening: mv.opening += t.current; break;
        case MovementKind::Reactivation: mv.reactivation += t.current; break;
        case MovementKind::Expansion: mv.expansion += t.current - t.previous; break;
        case MovementKind::Contraction: mv.contraction += t.previous - t.current; break;
        case MovementKind::Churn: mv.churned += t.previous; break;
        case MovementKind::None: break;
        }
    });
    return out;
}

} // namespace ul
