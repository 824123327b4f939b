// SPDX-License-Identifier: MIT
#pragma once

#include "db/SqliteConnection.h"
#include "query/Granularity.h"

#include <optional>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace ul {

/// The sum of a metric for one customer in one period.
struct PeriodCustomerValue {
    Day period = 0; ///< first day of the period
    qint64 customer = 0;
    double value = 0;
};

/// Reads facts summed per (period, customer) for a metric over a range. Whole months inside the
/// range come from the monthly rollup; partial months at the edges and day/week periods come
/// from the daily facts, so results are exact for any range. Call on the thread owning `db`.
class FactReader {
public:
    explicit FactReader(SqliteConnection& db)
        : m_db(db)
    {}

    bool read(qint64 metricId, const DateRange& range, Granularity g, std::optional<qint64> customer,
              std::vector<PeriodCustomerValue>* out, QString* error);
    /// Total per customer over the range (period granularity does not matter).
    bool customerTotals(qint64 metricId, const DateRange& range, std::optional<qint64> customer,
                        std::unordered_map<qint64, double>* out, QString* error);

    /// Sum and number of customers per whole month, aggregated inside SQLite from the rollup
    /// (no per-customer rows cross into C++): the fast path of month totals over long ranges.
    bool monthTotals(qint64 metricId, Day firstMonth, Day lastMonth, std::vector<std::tuple<Day, double, qint64>>* out,
                     QString* error);
    /// The whole months inside a range as [first, last] month starts; nullopt when there are none.
    static std::optional<std::pair<Day, Day>> wholeMonths(const DateRange& range);

private:
    bool readDaily(qint64 metricId, const DateRange& range, Granularity g, std::optional<qint64> customer,
                   std::unordered_map<Day, std::unordered_map<qint64, double>>& cells, QString* error);
    bool readMonthly(qint64 metricId, Day firstMonth, Day lastMonth, Granularity g, std::optional<qint64> customer,
                     std::unordered_map<Day, std::unordered_map<qint64, double>>& cells, QString* error);

    SqliteConnection& m_db;
};

} // namespace ul
