// SPDX-License-Identifier: MIT
#pragma once

#include "db/SqliteConnection.h"
#include "store/ChunkCodec.h"

#include <map>
#include <set>
#include <vector>

namespace ul {

/// Writes the derived rows of one metric (month_summaries, period_totals) for the months an
/// import, forget-import or migration touched, from their merged day cells (all imports).
/// Months are given in order; finish() then completes the weeks that reach into untouched
/// months (reading those days from the chunks) and the quarters and years from the month
/// summaries. Inside the caller's transaction, on the thread owning `db`.
class RollupWriter {
public:
    RollupWriter(SqliteConnection& db, qint64 metricId, const Precision& precision);

    /// `cells`: every customer's cells of the month, merged (one per customer and day), sorted
    /// by customer and day. An empty month removes the month's derived rows.
    bool addMonth(Day month, const std::vector<DayCell>& cells, QString* error);
    bool finish(QString* error);

private:
    struct PeriodSum {
        RawValue value = 0;
        qint64 rows = 0;
        std::vector<quint32> customers; ///< ascending runs (one per source month), distinct at flush
        std::vector<size_t> runStarts;  ///< where each run begins in `customers`
        /// Starts a new ascending run of customers.
        void beginRun()
        {
            if (runStarts.empty() || runStarts.back() != customers.size())
                runStarts.push_back(customers.size());
        }
        /// Merges the runs into one ascending list without repeats.
        void settleCustomers();
    };
    bool writeTotal(int granularity, Day start, const PeriodSum& sum, QString* error);
    bool deleteTotals(int granularity, Day from, Day to, QString* error);
    bool flushWeeks(Day before, QString* error);

    SqliteConnection& m_db;
    qint64 m_metric;
    Precision m_precision;
    std::set<Day> m_months;           ///< months added
    std::map<Day, PeriodSum> m_weeks; ///< open weeks (start -> sum)
    std::set<Day> m_weeksWritten;
    Statement m_insertTotal;
    Statement m_deleteTotals;
};

/// Rebuilds the derived rows of a metric for `months` from its chunks (after forget-import or
/// a replaced import). Months without chunks lose their derived rows.
bool rebuildMonths(SqliteConnection& db, qint64 metricId, const Precision& precision, const std::set<Day>& months,
                   QString* error);

/// Every import's cells of one metric and month, merged; false when a chunk is damaged.
bool loadMonthCells(SqliteConnection& db, qint64 metricId, const Precision& precision, Day month,
                    std::vector<DayCell>* out, QString* error);

} // namespace ul
