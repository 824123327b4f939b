// SPDX-License-Identifier: MIT
#include "query/RollupFactStore.h"

#include "store/MergedFacts.h"

#include <algorithm>

namespace ul {

bool RollupFactStore::distinctEntries(qint64 metricId, Day firstMonth, Day lastMonth, std::optional<quint32> customer,
                                      const std::function<void(Day, const DistinctEntry&)>& visit, QString* error)
{
    // Entries of several sub-accounts unite downstream as entries of several imports do.
    const auto asOwner = [&](Day month, const DistinctEntry& e) {
        DistinctEntry owned = e;
        owned.customer = m_rollup.ownerOf(e.customer);
        visit(month, owned);
    };
    if (!customer)
        return m_inner.distinctEntries(metricId, firstMonth, lastMonth, std::nullopt, asOwner, error);
    for (const quint32 member : m_rollup.membersOf(*customer))
        if (!m_inner.distinctEntries(metricId, firstMonth, lastMonth, member, asOwner, error))
            return false;
    return true;
}

bool RollupFactStore::ownerCells(qint64 metricId, const DateRange& range, std::optional<quint32> owner,
                                 std::vector<DayCell>* out, QString* error)
{
    out->clear();
    const auto add = [&](const DayCell& c) {
        DayCell owned = c;
        owned.customer = m_rollup.ownerOf(c.customer);
        out->push_back(owned);
    };
    if (!owner) {
        if (!m_inner.dayCells(metricId, range, std::nullopt, add, error))
            return false;
    } else {
        for (const quint32 member : m_rollup.membersOf(*owner))
            if (!m_inner.dayCells(metricId, range, member, add, error))
                return false;
    }
    std::sort(out->begin(), out->end(), [](const DayCell& a, const DayCell& b) {
        return a.customer != b.customer ? a.customer < b.customer : a.day < b.day;
    });
    const std::optional<Precision> p = precision(metricId, error);
    return p && sumAdjacentCells(*out, *p, error);
}

bool RollupFactStore::dayCells(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                               const std::function<void(const DayCell&)>& visit, QString* error)
{
    std::vector<DayCell> cells;
    for (Day month = periodStart(range.from, Granularity::Month); month <= range.to;
         month = nextPeriodStart(month, Granularity::Month)) {
        const DateRange part{std::max(month, range.from),
                             std::min(nextPeriodStart(month, Granularity::Month) - 1, range.to)};
        if (!ownerCells(metricId, part, customer, &cells, error))
            return false;
        for (const DayCell& c : cells)
            visit(c);
    }
    return true;
}

bool RollupFactStore::monthSummaries(qint64 metricId, Day firstMonth, Day lastMonth, std::optional<quint32> customer,
                                     const std::function<void(Day, const CustomerMonthTotal&)>& visit, QString* error)
{
    const std::optional<Precision> p = precision(metricId, error);
    if (!p)
        return false;
    std::vector<DayCell> cells;
    for (Day month = firstMonth; month <= lastMonth; month = nextPeriodStart(month, Granularity::Month)) {
        if (!ownerCells(metricId, DateRange{month, nextPeriodStart(month, Granularity::Month) - 1}, customer, &cells,
                        error)
            || !visitMonthTotals(cells, month, *p, visit, error))
            return false;
    }
    return true;
}

bool RollupFactStore::storedPeriodTotals(qint64 metricId, Granularity g, Day firstStart, Day lastStart,
                                         std::vector<PeriodAggregate>* out, QString* error)
{
    // Values are the stored ones, but active customers are owners now: counted again.
    const std::optional<Precision> p = precision(metricId, error);
    std::vector<CustomerPeriod> periods;
    return p
           && customerPeriods(metricId, g, DateRange{firstStart, nextPeriodStart(lastStart, g) - 1}, std::nullopt,
                              &periods, error)
           && periodAggregatesOf(periods, *p, out, error);
}

} // namespace ul
