// SPDX-License-Identifier: MIT
#pragma once

#include "store/FactStore.h"

namespace ul {

// The queries of a ratio metric (sum of the numerator over sum of the denominator, in each
// period and per customer), composed on the two metrics' own queries. Values are floating point;
// where the denominator's sum is zero or missing the ratio is undefined: a customer or cell is
// left out, a period shows 0 with no rows (as a period without data). Rows, active days and
// first/last days are the numerator's. Same contracts as the FactStore methods.

bool ratioCustomerTotals(FactStore& store, const MetricKind& kind, const DateRange& range,
                         std::optional<quint32> customer, std::vector<CustomerTotal>* out, QString* error);
/// Sum over sum across the range; *defined is false (and the value 0) when the denominator is 0.
bool ratioRangeTotal(FactStore& store, const MetricKind& kind, const DateRange& range, std::optional<quint32> customer,
                     PeriodAggregate* out, bool* defined, QString* error);
bool ratioPeriodTotals(FactStore& store, const MetricKind& kind, Granularity g, const DateRange& range,
                       std::optional<quint32> customer, std::vector<PeriodAggregate>* out, QString* error);
bool ratioCustomerPeriods(FactStore& store, const MetricKind& kind, Granularity g, const DateRange& range,
                          std::optional<quint32> customer, std::vector<CustomerPeriod>* out, QString* error);
bool ratioMonthSummaries(FactStore& store, const MetricKind& kind, Day firstMonth, Day lastMonth,
                         std::optional<quint32> customer,
                         const std::function<void(Day month, const CustomerMonthTotal&)>& visit, QString* error);
bool ratioDayCells(FactStore& store, const MetricKind& kind, const DateRange& range, std::optional<quint32> customer,
                   const std::function<void(const DayCell&)>& visit, QString* error);

} // namespace ul
