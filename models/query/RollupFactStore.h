// SPDX-License-Identifier: MIT
#pragma once

#include "query/CustomerRollup.h"
#include "store/FactStore.h"

namespace ul {

/// The facts with sub-accounts counted as their owners (CustomerRollup): every cell, month and
/// distinct value of a sub-account is its owner's, so rankings, KPIs, segments and activity see
/// one customer per owner. Months are summed again from the merged days (an owner's two
/// sub-accounts on one day are one active day), and totals count owners. Same thread rules as
/// the store it wraps.
class RollupFactStore final : public FactStore {
public:
    RollupFactStore(FactStore& inner, CustomerRollup rollup)
        : m_inner(inner)
        , m_rollup(std::move(rollup))
    {}
    const CustomerRollup& rollup() const { return m_rollup; }

    std::optional<Precision> precision(qint64 metricId, QString* error) override
    {
        return m_inner.precision(metricId, error);
    }
    std::optional<MetricKind> metricKind(qint64 metricId, QString* error) override
    {
        return m_inner.metricKind(metricId, error);
    }
    std::optional<DateRange> dataRange(qint64 metricId, QString* error) override
    {
        return m_inner.dataRange(metricId, error);
    }
    bool distinctEntries(qint64 metricId, Day firstMonth, Day lastMonth, std::optional<quint32> customer,
                         const std::function<void(Day, const DistinctEntry&)>& visit, QString* error) override;
    bool storedPeriodTotals(qint64 metricId, Granularity g, Day firstStart, Day lastStart,
                            std::vector<PeriodAggregate>* out, QString* error) override;
    bool monthSummaries(qint64 metricId, Day firstMonth, Day lastMonth, std::optional<quint32> customer,
                        const std::function<void(Day, const CustomerMonthTotal&)>& visit, QString* error) override;
    bool dayCells(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                  const std::function<void(const DayCell&)>& visit, QString* error) override;

private:
    /// One month's part of `range`: the cells of the owner (or of everyone), as owners, merged.
    bool ownerCells(qint64 metricId, const DateRange& range, std::optional<quint32> owner, std::vector<DayCell>* out,
                    QString* error);

    FactStore& m_inner;
    CustomerRollup m_rollup;
};

} // namespace ul
