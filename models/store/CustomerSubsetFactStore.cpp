// SPDX-License-Identifier: MIT
#include "store/CustomerSubsetFactStore.h"

#include "store/MergedFacts.h"

namespace ul {

bool CustomerSubsetFactStore::distinctEntries(qint64 metricId, Day firstMonth, Day lastMonth,
                                              std::optional<quint32> customer,
                                              const std::function<void(Day, const DistinctEntry&)>& visit,
                                              QString* error)
{
    if (customer && !kept(*customer))
        return true;
    return m_inner.distinctEntries(
        metricId, firstMonth, lastMonth, customer,
        [&](Day month, const DistinctEntry& e) {
            if (kept(e.customer))
                visit(month, e);
        },
        error);
}

bool CustomerSubsetFactStore::storedPeriodTotals(qint64 metricId, Granularity g, Day firstStart, Day lastStart,
                                                 std::vector<PeriodAggregate>* out, QString* error)
{
    const std::optional<Precision> p = precision(metricId, error);
    std::vector<CustomerPeriod> periods;
    return p
           && customerPeriods(metricId, g, DateRange{firstStart, nextPeriodStart(lastStart, g) - 1}, std::nullopt,
                              &periods, error)
           && periodAggregatesOf(periods, *p, out, error);
}

bool CustomerSubsetFactStore::monthSummaries(qint64 metricId, Day firstMonth, Day lastMonth,
                                             std::optional<quint32> customer,
                                             const std::function<void(Day, const CustomerMonthTotal&)>& visit,
                                             QString* error)
{
    if (customer && !kept(*customer))
        return true;
    return m_inner.monthSummaries(
        metricId, firstMonth, lastMonth, customer,
        [&](Day month, const CustomerMonthTotal& t) {
            if (kept(t.customer))
                visit(month, t);
        },
        error);
}

bool CustomerSubsetFactStore::dayCells(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                                       const std::function<void(const DayCell&)>& visit, QString* error)
{
    if (customer && !kept(*customer))
        return true;
    return m_inner.dayCells(
        metricId, range, customer,
        [&](const DayCell& c) {
            if (kept(c.customer))
                visit(c);
        },
        error);
}

} // namespace ul
