// SPDX-License-Identifier: MIT
#pragma once

#include "store/FactStore.h"

#include <map>
#include <tuple>

namespace ul {

/// A FactStore that remembers the customers' totals it computed, so the views of one batch
/// (a tab's ranking, histogram, KPIs and Pareto read the same range) compute them once. Forwards
/// everything else to the store it wraps. Same thread rules as that store.
class CachingFactStore final : public FactStore {
public:
    explicit CachingFactStore(FactStore& inner)
        : m_inner(inner)
    {}

    std::optional<Precision> precision(qint64 metricId, QString* error) override
    {
        return m_inner.precision(metricId, error);
    }
    std::optional<MetricKind> metricKind(qint64 metricId, QString* error) override
    {
        return m_inner.metricKind(metricId, error);
    }
    bool distinctEntries(qint64 metricId, Day firstMonth, Day lastMonth, std::optional<quint32> customer,
                         const std::function<void(Day, const DistinctEntry&)>& visit, QString* error) override
    {
        return m_inner.distinctEntries(metricId, firstMonth, lastMonth, customer, visit, error);
    }
    std::optional<DateRange> dataRange(qint64 metricId, QString* error) override
    {
        return m_inner.dataRange(metricId, error);
    }
    bool storedPeriodTotals(qint64 metricId, Granularity g, Day firstStart, Day lastStart,
                            std::vector<PeriodAggregate>* out, QString* error) override
    {
        return m_inner.storedPeriodTotals(metricId, g, firstStart, lastStart, out, error);
    }
    bool monthSummaries(qint64 metricId, Day firstMonth, Day lastMonth, std::optional<quint32> customer,
                        const std::function<void(Day, const CustomerMonthTotal&)>& visit, QString* error) override
    {
        return m_inner.monthSummaries(metricId, firstMonth, lastMonth, customer, visit, error);
    }
    bool dayCells(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                  const std::function<void(const DayCell&)>& visit, QString* error) override
    {
        return m_inner.dayCells(metricId, range, customer, visit, error);
    }

    bool customerTotals(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                        std::vector<CustomerTotal>* out, QString* error) override
    {
        const auto key = std::make_tuple(metricId, range.from, range.to, customer ? qint64(*customer) : -1);
        if (auto it = m_totals.find(key); it != m_totals.end()) {
            *out = it->second;
            return true;
        }
        // The inner store's own composition (or a server's override) does the work.
        if (!m_inner.customerTotals(metricId, range, customer, out, error))
            return false;
        m_totals.emplace(key, *out);
        return true;
    }

    // The same customers as the inner store: its kept answers are this store's.
    bool keptCohorts(qint64 metricId, std::vector<CohortCell>* out, bool* kept, QString* error) override
    {
        return m_inner.keptCohorts(metricId, out, kept, error);
    }
    bool keptActivity(qint64 metricId, Granularity g, Day firstStart, Day lastStart, std::vector<PeriodActivity>* out,
                      bool* kept, QString* error) override
    {
        return m_inner.keptActivity(metricId, g, firstStart, lastStart, out, kept, error);
    }

private:
    FactStore& m_inner;
    std::map<std::tuple<qint64, Day, Day, qint64>, std::vector<CustomerTotal>> m_totals;
};

} // namespace ul
