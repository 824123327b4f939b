// SPDX-License-Identifier: MIT
#pragma once

#include "store/FactStore.h"

#include <functional>
#include <vector>

namespace ul {

// Helpers of the stores that merge facts of several sources (sliced copies, sub-accounts):
// what the stored rollups would hold, computed from merged day cells.

/// Sums equal (customer, day) cells of `cells`, which must be sorted by (customer, day).
bool sumAdjacentCells(std::vector<DayCell>& cells, const Precision& p, QString* error);

/// Every customer's month from the month's merged cells (sorted by customer and day), in customer
/// order: value, rows, active days, first and last day, as month_summaries holds them.
bool visitMonthTotals(const std::vector<DayCell>& cells, Day month, const Precision& p,
                      const std::function<void(Day, const CustomerMonthTotal&)>& visit, QString* error);

/// Per period, the customers' sum and rows and the number of customers active, from aggregates
/// ordered by period (FactStore::customerPeriods()).
bool periodAggregatesOf(const std::vector<CustomerPeriod>& periods, const Precision& p,
                        std::vector<PeriodAggregate>* out, QString* error);

} // namespace ul
