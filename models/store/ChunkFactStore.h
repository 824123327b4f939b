// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"
#include "store/FactStore.h"

#include <optional>
#include <unordered_map>

namespace ul {

/// The fact store of a workspace, on either backend: reads the packed day chunks, month summaries
/// and period totals (schema.sql, schema-postgresql.sql) through the connection; its SQL is the
/// same on both. One per connection (thread); statements are prepared once.
class ChunkFactStore final : public FactStore {
public:
    explicit ChunkFactStore(Connection& db)
        : m_db(db)
    {}

    std::optional<Precision> precision(qint64 metricId, QString* error) override;
    std::optional<MetricKind> metricKind(qint64 metricId, QString* error) override;
    bool distinctEntries(qint64 metricId, Day firstMonth, Day lastMonth, std::optional<quint32> customer,
                         const std::function<void(Day, const DistinctEntry&)>& visit, QString* error) override;
    std::optional<DateRange> dataRange(qint64 metricId, QString* error) override;
    bool storedPeriodTotals(qint64 metricId, Granularity g, Day firstStart, Day lastStart,
                            std::vector<PeriodAggregate>* out, QString* error) override;
    bool monthSummaries(qint64 metricId, Day firstMonth, Day lastMonth, std::optional<quint32> customer,
                        const std::function<void(Day month, const CustomerMonthTotal&)>& visit,
                        QString* error) override;
    bool dayCells(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                  const std::function<void(const DayCell&)>& visit, QString* error) override;
    /// All customers over a range holding all of a summed metric's data are read from the
    /// customers' kept lifetimes (format 8, store/DerivedTables.h) instead of every month;
    /// otherwise (and on format 7) the composition of FactStore.
    bool customerTotals(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                        std::vector<CustomerTotal>* out, QString* error) override;
    bool keptCohorts(qint64 metricId, std::vector<CohortCell>* out, bool* kept, QString* error) override;
    bool keptActivity(qint64 metricId, Granularity g, Day firstStart, Day lastStart, std::vector<PeriodActivity>* out,
                      bool* kept, QString* error) override;

    /// The number of source rows of a metric (all imports).
    qint64 rowCount(qint64 metricId, QString* error);

private:
    /// A summed metric on a workspace that keeps the format-8 tables.
    bool keepsDerived(qint64 metricId, bool* kept, QString* error);

    Connection& m_db;
    std::optional<bool> m_derived;
    std::unordered_map<qint64, Precision> m_precision;
    std::unordered_map<qint64, MetricKind> m_kinds;
};

/// Period totals are stored per granularity under these numbers (period_totals.granularity).
int granularityCode(Granularity g);

/// Merges the cells of several imports for one month and bucket: sorted by (customer, day),
/// equal keys summed. False when an exact sum overflows.
bool mergeDayCells(std::vector<DayCell>& cells, const Precision& precision);

} // namespace ul
