// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"
#include "store/ChunkCodec.h"
#include "store/DistinctCodec.h"
#include "store/Precision.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace ul {

/// A customer's aggregate of a metric over a range of days.
struct CustomerTotal {
    quint32 customer = 0;
    RawValue value = 0;
    qint64 rows = 0;
    int activeDays = 0;
    Day firstDay = 0;
    Day lastDay = 0;
};

/// All customers' aggregate of a metric in one period; `active` counts distinct customers.
struct PeriodAggregate {
    Day start = 0;
    RawValue value = 0;
    qint64 rows = 0;
    qint64 active = 0;
    bool partial = false; ///< the range cuts the period: computed over the days inside only
};

/// A customer's aggregate in one period.
struct CustomerPeriod {
    Day period = 0;
    quint32 customer = 0;
    RawValue value = 0;
    qint64 rows = 0;
    int activeDays = 0;
};

/// One monthly cohort's month: the customers first active in `cohort` that are active in
/// `month`, and their total there, summed in doubles customers ascending (as the cohorts view
/// sums it, so its digits stay the same).
struct CohortCell {
    Day cohort = 0;
    Day month = 0;
    qint64 customers = 0;
    double value = 0;
};

/// One whole period's activity beyond its active count: customers also active in the period
/// before, and customers active for the first time ever. continuing -1: not known.
struct PeriodActivity {
    Day start = 0;
    qint64 continuing = -1;
    qint64 newcomers = 0;
};

/// How a metric's values come about: summed facts, the number of distinct values of a column,
/// or the ratio of two summed metrics of the same dataset (sum over sum, at query time).
struct MetricKind {
    enum Kind { Sum, Distinct, Ratio };
    Kind kind = Sum;
    qint64 numerator = 0; ///< Ratio: metric ids
    qint64 denominator = 0;
};

/// What the usage engine reads facts through, so the views do not depend on how a backend keeps
/// them. The primitives are what a backend must provide; the composed queries have a default
/// built on them (the SQLite store uses it) and a backend that aggregates better itself (a
/// server) overrides them. Every method runs on the thread owning the store's connection;
/// values are RawValue at the metric's Precision; errors set *error and return false.
class FactStore {
public:
    virtual ~FactStore() = default;

    // Primitives.
    virtual std::optional<Precision> precision(qint64 metricId, QString* error) = 0;
    virtual std::optional<MetricKind> metricKind(qint64 metricId, QString* error) = 0;
    /// A distinct-count metric's entries (each import's, not merged) of the months in
    /// [firstMonth, lastMonth], month by month.
    virtual bool distinctEntries(qint64 metricId, Day firstMonth, Day lastMonth, std::optional<quint32> customer,
                                 const std::function<void(Day month, const DistinctEntry&)>& visit, QString* error) = 0;
    /// First and last day with a value; nullopt when the metric has no facts.
    virtual std::optional<DateRange> dataRange(qint64 metricId, QString* error) = 0;
    /// Stored totals of whole periods whose start lies in [firstStart, lastStart], in order.
    virtual bool storedPeriodTotals(qint64 metricId, Granularity g, Day firstStart, Day lastStart,
                                    std::vector<PeriodAggregate>* out, QString* error) = 0;
    /// Every customer's month (all imports merged) for months in [firstMonth, lastMonth],
    /// month by month, customers ascending.
    virtual bool monthSummaries(qint64 metricId, Day firstMonth, Day lastMonth, std::optional<quint32> customer,
                                const std::function<void(Day month, const CustomerMonthTotal&)>& visit,
                                QString* error) = 0;
    /// Every day cell in the range (all imports merged, one per customer and day), month by
    /// month and within a month by customer and day.
    virtual bool dayCells(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                          const std::function<void(const DayCell&)>& visit, QString* error) = 0;

    // Composed queries. Distinct-count and ratio metrics are composed by store/DistinctCounts.h
    // and store/RatioMetrics.h on the primitives; a backend's override must keep that dispatch.
    /// Every customer with a value in the range, ascending by customer.
    virtual bool customerTotals(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                                std::vector<CustomerTotal>* out, QString* error);
    /// Every period intersecting the range (0 where nothing happened), oldest first; periods the
    /// range cuts are computed over the days inside and flagged partial. With a customer, the
    /// totals of that customer only.
    virtual bool periodTotals(qint64 metricId, Granularity g, const DateRange& range, std::optional<quint32> customer,
                              std::vector<PeriodAggregate>* out, QString* error);
    /// Each customer's aggregate per period (periods cut by the range over the days inside),
    /// ordered by period, then customer.
    virtual bool customerPeriods(qint64 metricId, Granularity g, const DateRange& range,
                                 std::optional<quint32> customer, std::vector<CustomerPeriod>* out, QString* error);
    /// The aggregate over the whole range as one period (`start` is range.from): the sum of the
    /// customers' totals, the distinct values over the range, or sum over sum. `defined` is
    /// false for a ratio whose denominator sums to zero.
    virtual bool rangeTotal(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                            PeriodAggregate* out, bool* defined, QString* error);

    // Answers kept ready over all of a summed metric's data (format 8, store/DerivedTables.h).
    // None by default: a wrapper that changes who the customers are (roll-up, row filter) must
    // not read them. *kept false: compute it from the facts.
    /// Every monthly cohort's months, cohorts ascending, then months.
    virtual bool keptCohorts(qint64 metricId, std::vector<CohortCell>* out, bool* kept, QString* error);
    /// The activity of the whole periods at `g` with data whose start is in [firstStart, lastStart].
    virtual bool keptActivity(qint64 metricId, Granularity g, Day firstStart, Day lastStart,
                              std::vector<PeriodActivity>* out, bool* kept, QString* error);
};

/// The whole months inside a range as [first, last] month starts; nullopt when there are none.
std::optional<std::pair<Day, Day>> wholeMonthsOf(const DateRange& range);

} // namespace ul
