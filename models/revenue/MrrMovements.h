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
    Opening,      ///< paying in the first month of the data: the base it starts with, not growth
};

/// Whether the customers paying in the first month of the data are new revenue. The data rarely
/// starts with the business, so by default they are the opening base (Opening) and only later
/// arrivals count as New; CountAsNew is for data that does start at the first sale.
enum class FirstMonthRule { OpeningBase, CountAsNew };

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
/// MRR (its covered months plus the month after), in month order per customer. A New transition
/// into the series' first month is reported as Opening unless `rule` is CountAsNew.
void visitTransitions(const MrrSeries& series, FirstMonthRule rule,
                      const std::function<void(const MrrTransition&)>& visit);

/// The MRR bridge of one month. All amounts are positive; the identity
/// ending == starting + opening + newMrr + expansion + reactivation - contraction - churned holds
/// exactly.
struct MrrMovement {
    int month = 0;
    Micros starting = 0; ///< MRR of the previous month (0 for the first month)
    Micros opening = 0;  ///< first month only (FirstMonthRule::OpeningBase): the MRR the data starts with
    Micros newMrr = 0;
    Micros expansion = 0;
    Micros reactivation = 0;
    Micros contraction = 0;
    Micros churned = 0;
    Micros ending = 0; ///< MRR of this month
};

/// One entry per month of the series.
std::vector<MrrMovement> computeMovements(const MrrSeries& series, FirstMonthRule rule);

} // namespace ul
