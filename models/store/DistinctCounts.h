// SPDX-License-Identifier: MIT
#pragma once

#include "store/FactStore.h"

namespace ul {

// The queries of a distinct-count metric, composed on FactStore::distinctEntries: every count is
// the size of a union of sets over the period (a user seen on 20 days of a month counts once in
// that month and once in its quarter; seen in two imports, once). Values are counts (exact,
// scale 0); `rows` counts value-days (a value seen on a day), so it is positive exactly when the
// customer was active. Same contracts as the FactStore methods of the same names.

std::optional<DateRange> distinctDataRange(FactStore& store, qint64 metricId, Day firstMonth, Day lastMonth,
                                           QString* error);
bool distinctCustomerTotals(FactStore& store, qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                            std::vector<CustomerTotal>* out, QString* error);
/// The distinct values over the whole range (all customers' values united).
bool distinctRangeTotal(FactStore& store, qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                        PeriodAggregate* out, QString* error);
/// Per period, the distinct values from the range start to the period's end (a running count):
/// each value counts in the period it was first seen in.
bool distinctRunningTotals(FactStore& store, qint64 metricId, Granularity g, const DateRange& range,
                           std::optional<quint32> customer, std::vector<PeriodAggregate>* out, QString* error);
bool distinctPeriodTotals(FactStore& store, qint64 metricId, Granularity g, const DateRange& range,
                          std::optional<quint32> customer, std::vector<PeriodAggregate>* out, QString* error);
bool distinctCustomerPeriods(FactStore& store, qint64 metricId, Granularity g, const DateRange& range,
                             std::optional<quint32> customer, std::vector<CustomerPeriod>* out, QString* error);
bool distinctMonthSummaries(FactStore& store, qint64 metricId, Day firstMonth, Day lastMonth,
                            std::optional<quint32> customer,
                            const std::function<void(Day month, const CustomerMonthTotal&)>& visit, QString* error);
bool distinctDayCells(FactStore& store, qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                      const std::function<void(const DayCell&)>& visit, QString* error);

} // namespace ul
