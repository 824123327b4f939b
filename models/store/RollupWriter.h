// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"
#include "store/ActivityChain.h"
#include "store/ChunkCodec.h"
#include "store/LifetimePass.h"

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace ul {

/// Writes the derived rows of one metric (month_summaries, period_totals) for the months an
/// import, forget-import or migration touched, from their merged day cells (all imports).
/// Months are given in order; finish() then completes the weeks that reach into untouched
/// months (reading those days from the chunks) and the quarters and years from the month
/// summaries. On a workspace of format 8 it also keeps the tables derived from all months
/// (store/DerivedTables.h): the customers' lifetimes and the cohorts, from one pass over every
/// month (the untouched ones read from their summaries), and each period's continuing customers
/// and newcomers. Inside the caller's transaction, on the thread owning `db`.
/// What one month's merged cells add up to: its summary row, its days and its customers. Pure,
/// so an import computes it on a worker while the previous month is written.
struct MonthRollup {
    struct DaySum {
        RawValue value = 0;
        qint64 rows = 0;
        qint64 active = 0;
    };
    Day month = 0;
    std::vector<DaySum> days; ///< one per day of the month
    RawValue value = 0;
    qint64 rows = 0;
    std::vector<quint32> customers;         ///< ascending
    std::vector<CustomerMonthTotal> totals; ///< the summary's customers, ascending
    std::string summary;                    ///< the encoded month_summaries blob (empty: no customer)
    bool overflow = false;
};
MonthRollup summarizeMonth(Day month, const std::vector<DayCell>& cells, const Precision& precision);

class RollupWriter {
public:
    RollupWriter(Connection& db, qint64 metricId, const Precision& precision);

    /// `cells`: every customer's cells of the month, merged (one per customer and day), sorted
    /// by customer and day. An empty month removes the month's derived rows.
    bool addMonth(Day month, const std::vector<DayCell>& cells, QString* error);
    /// The same, with `rollup` = summarizeMonth(month, cells) computed beforehand.
    bool addMonth(const MonthRollup& rollup, const std::vector<DayCell>& cells, QString* error);
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
    /// A quarter or a year being summed from the months added (customers kept ascending and
    /// distinct); the months of it that were not added are read from their summaries at close.
    struct OpenPeriod {
        RawValue value = 0;
        qint64 rows = 0;
        std::vector<quint32> customers;
        std::set<Day> months; ///< months added
    };
    bool writeTotal(int granularity, Day start, RawValue value, qint64 rows, qint64 active, QString* error);
    bool writeTotal(int granularity, Day start, const PeriodSum& sum, QString* error);
    bool deleteTotals(int granularity, Day from, Day to, QString* error);
    bool flushWeeks(Day before, QString* error);
    /// Adds a month's customers (ascending) and sums to its quarter and year.
    bool addToOpenPeriods(Day month, const std::vector<quint32>& customers, RawValue value, qint64 rows,
                          QString* error);
    /// Writes the quarters and years that end before `before`.
    bool closePeriods(Day before, QString* error);

    Connection& m_db;
    qint64 m_metric;
    Precision m_precision;
    std::set<Day> m_months;                              ///< months added
    std::map<Day, PeriodSum> m_weeks;                    ///< open weeks (start -> sum)
    std::map<std::pair<int, Day>, OpenPeriod> m_periods; ///< (granularity, start) -> open quarter or year
    /// period_totals are written at finish(): the range deletes (merged where adjacent), then
    /// the rows in bulk, instead of two statements per period (a server is a network hop away).
    struct TotalRow {
        RawValue value = 0;
        qint64 rows = 0;
        qint64 active = 0;
    };
    std::map<std::pair<int, Day>, TotalRow> m_pendingTotals;
    /// month_summaries rows, likewise (customers 0: the month has none any more).
    struct PendingSummary {
        qint64 customers = 0;
        std::string data;
    };
    std::map<Day, PendingSummary> m_pendingSummaries;
    bool writePendingSummaries(QString* error);
    std::map<int, std::vector<std::pair<Day, Day>>> m_pendingDeletes; ///< granularity -> [from, to]
    bool writePendingTotals(QString* error);

    // Format 8 (DerivedTables.h): set up on the first month or at finish().
    bool beginDerived(QString* error);
    /// Feeds the lifetime pass the untouched months before `before`.
    bool advanceDerived(Day before, QString* error);
    bool writeDerived(QString* error);
    /// An untouched month's summary (cached: the pass and the chains' neighbours read the same).
    bool storedSummary(Day month, const std::vector<CustomerMonthTotal>** out, QString* error);
    /// The active customers of an untouched period at granularity code `g`, ascending.
    bool untouchedSet(int g, Day start, std::vector<quint32>* out, QString* error);
    std::optional<bool> m_derived; ///< the workspace keeps the format-8 tables
    std::optional<LifetimePass> m_pass;
    bool m_passOverflow = false;                            ///< a lifetime sum overflows: lifetimes not kept
    std::vector<Day> m_storedMonths;                        ///< months with a summary before this writer
    size_t m_nextStored = 0;                                ///< the first of them the pass has not visited
    std::array<std::unique_ptr<ActivityChain>, 5> m_chains; ///< per granularity code
    std::map<Day, std::vector<CustomerMonthTotal>> m_summaryCache;
};

/// Rebuilds the derived rows of a metric for `months` from its chunks (after forget-import or
/// a replaced import). Months without chunks lose their derived rows.
bool rebuildMonths(Connection& db, qint64 metricId, const Precision& precision, const std::set<Day>& months,
                   QString* error);

/// Every import's cells of one metric and month, merged; false when a chunk is damaged.
bool loadMonthCells(Connection& db, qint64 metricId, const Precision& precision, Day month, std::vector<DayCell>* out,
                    QString* error);

} // namespace ul
