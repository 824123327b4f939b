// SPDX-License-Identifier: MIT
#pragma once

#include "store/FactStore.h"

#include <unordered_set>

namespace ul {

/// The facts of every customer but some (a pivot's "Other" row: everyone below its top rows),
/// or of only some (the pivot's top rows, read in one pass),
/// so every composed query (totals per period, over the range, distinct counts, ratios) comes
/// out as it would for those customers alone. Whole-period totals are summed from the
/// customers' periods instead of read from the stored rollups, which hold everyone. Same thread
/// rules as the store it wraps.
class CustomerSubsetFactStore final : public FactStore {
public:
    enum class Mode { Excluding, Only };
    CustomerSubsetFactStore(FactStore& inner, std::unordered_set<quint32> customers, Mode mode = Mode::Excluding)
        : m_inner(inner)
        , m_excluded(std::move(customers))
        , m_only(mode == Mode::Only)
    {}

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
    bool kept(quint32 customer) const { return m_only == bool(m_excluded.count(customer)); }

    FactStore& m_inner;
    std::unordered_set<quint32> m_excluded; ///< with m_only: the customers kept
    bool m_only = false;
};

} // namespace ul
