// SPDX-License-Identifier: MIT
#pragma once

#include "store/FactStore.h"

namespace ul {

/// The running total of a metric at the end of each period of the range: the cumulative sum,
/// the distinct values seen so far, or the cumulative sum over the cumulative sum for a ratio
/// (0 while the denominator is still 0). Periods as FactStore::periodTotals gives them.
bool runningTotals(FactStore& store, qint64 metricId, Granularity g, const DateRange& range,
                   std::optional<quint32> customer, std::vector<PeriodAggregate>* out, QString* error);

} // namespace ul
