// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"
#include "query/RowFilter.h"
#include "store/FactStore.h"

#include <map>
#include <optional>
#include <vector>

namespace ul {

/// The facts of the rows that pass a row filter (`--where`): every summed or distinct metric is
/// read from its sliced copies of the slices the filter keeps (schema.sql, `dimensions`). One
/// copy is read as it is, stored totals included; several are merged (day cells summed,
/// distinct sets united), so a filter is exact for every view. Ratios are composed on the
/// filtered metrics they divide. Same thread rules as the store it wraps.
class FilteredFactStore final : public FactStore {
public:
    /// `within` (optional) narrows the filter further to these slices (one value of a breakdown).
    FilteredFactStore(FactStore& inner, Connection& db, std::vector<DatasetInfo> datasets,
                      std::vector<RowCondition> where, std::optional<std::vector<qint64>> within = std::nullopt)
        : m_inner(inner)
        , m_db(db)
        , m_datasets(std::move(datasets))
        , m_where(std::move(where))
        , m_within(std::move(within))
    {}

    std::optional<Precision> precision(qint64 metricId, QString* error) override
    {
        return m_inner.precision(metricId, error);
    }
    std::optional<MetricKind> metricKind(qint64 metricId, QString* error) override
    {
        return m_inner.metricKind(metricId, error);
    }
    /// The data's range unfiltered: partial periods are those of the data, not of a filter.
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
    /// The sliced copies of a metric the filter keeps (cached).
    const std::vector<qint64>* copies(qint64 metricId, QString* error);
    /// The merged cells of several copies in one month's part of `range`, sorted.
    bool mergedMonth(qint64 metricId, const std::vector<qint64>& ids, const DateRange& range,
                     std::optional<quint32> customer, std::vector<DayCell>* out, QString* error);

    FactStore& m_inner;
    Connection& m_db;
    std::vector<DatasetInfo> m_datasets;
    std::vector<RowCondition> m_where;
    std::optional<std::vector<qint64>> m_within;
    std::map<qint64, std::vector<qint64>> m_slices; ///< per dataset: the slices kept
    std::map<qint64, std::vector<qint64>> m_copies; ///< per metric
    /// Merged months of all customers (several slices), per metric and month, up to a budget.
    std::map<std::pair<qint64, Day>, std::vector<CustomerMonthTotal>> m_months;
    size_t m_cachedMonths = 0;
    static constexpr size_t kMaxCachedMonths = size_t(1) << 21; ///< about 80 MB of customer-months
};

} // namespace ul
