// SPDX-License-Identifier: MIT
#pragma once

#include "revenue/MrrSeries.h"

#include <functional>
#include <vector>

namespace ul {

/// How one customer's MRR changed from the previous month to this one.
enum class MovementKind {
    None,         ///< unchanged (including 0 -> 0)
    New,          ///< 0 -> > 0, first revenue ever
    Expansion,    ///< > 0 -> more
    Reactivation, ///< 0 -> > 0 after having paid before (returns after a gap)
    Contraction,  ///< > 0 -> less, still > 0
    Churn,        ///< > 0 -> 0
};

MovementKind classifyMovement(Micros previous, Micros current, bool hadRevenueBefore);

/// One customer's change into `month`.
struct MrrTransition {
    int month = 0;
    qint64 customer = 0;
    Micros previous = 0;
    Micros current = 0;
    MovementKind kind = MovementKind::None;
};

/// Calls `visit` for every customer and every month of the series in which it has or just had
/// MRR (its covered months plus the month after), in month order per customer.
void visitTransitions(const MrrSeries& series, const std::function<void(const MrrTransition&)>& visit);

/// The MRR bridge of one month. All amounts are positive; the identity
/// ending == starting + newMrr + expansion + reactivation - contraction - churned holds exactly.
struct MrrMovement {
    int month = 0;
    Micros starting = 0; ///< MRR of the previous month (0 for the first month)
    Micros newMrr = 0;
    Micros expansion = 0;
    Micros reactivation = 0;
    Micros contraction = 0;
    Micros churned = 0;
    Micros ending = 0; ///< MRR of this month
};

/// One entry per month of the series.
std::vector<MrrMovement> computeMovements(const MrrSeries& series);

} // namespace ul
