// SPDX-License-Identifier: MIT
#pragma once

#include "churn/ChurnOptions.h"
#include "core/Granularity.h"
#include "query/PeriodShift.h"
#include "query/RowFilter.h"
#include "revenue/FxRates.h"
#include "revenue/Invoice.h"
#include "segments/ClusterRun.h"
#include "segments/CustomerHealth.h"
#include "segments/SegmentRules.h"

#include <QString>

#include <optional>
#include <vector>

namespace ul {

/// Everything any report view may need to know: which data (dataset, metric, range, customer),
/// how to cut it (granularity, ranking size) and the parameters of the analysis views. A plain
/// value: the command line, the window and the exports fill one in and hand it to the registry.
struct ReportRequest {
    QString dataset;         ///< dataset name; empty: the dataset of the metric, else defaultDataset()
    QString metric;          ///< key or original header; empty: the view's default metric
    std::optional<Day> from; ///< first day, inclusive; unset: the first day with data
    std::optional<Day> to;   ///< last day, inclusive; unset: the last day with data
    Granularity granularity = Granularity::Day;
    int top = 10;
    int newWithinDays = 90;
    QString customer; ///< external id; empty = all customers
    /// --period: the period a drill-down asks about ("2022-10", "2022-Q4", "2022-10-17", "2022");
    /// empty: the last whole period at `granularity`.
    QString period;
    /// --cohort: contributors only of the customers whose first active month is this ("2022-10"):
    /// a cell of a cohort table.
    QString cohort;
    /// --where: only the rows passing these conditions count, in every view.
    std::vector<RowCondition> where;
    /// --by: the totals view split by the values of this per-row column.
    QString by;
    /// --compare: the totals view adds the compared periods or metric (compare_* columns).
    Comparison compare;
    /// --customer-key: sub-accounts count as the customer named by this attribute (CustomerRollup).
    QString customerKey;
    int bins = 24;
    bool logBins = true; ///< customer totals are heavy-tailed: log bins by default
    /// --first-period-new: the customers of the data's first period (month for revenue) are new,
    /// not the opening base. Sets revenue.firstMonthIsNew too.
    bool firstPeriodIsNew = false;
    RevenueSettings revenue;
    /// --currency: revenue views read only the invoices in this currency (any case); empty: the
    /// data's one currency (several without --fx are a usage error: never a sum). On data
    /// without currencies it only names the money (revenue.currency).
    QString currency;
    /// --fx: every invoice converted into the reporting currency with these rates first.
    std::optional<FxRates> fx;
    ClusterParams cluster;
    HealthOptions health;
    /// --horizon: periods a forecast looks ahead; 0: the granularity's default
    /// (forecast/ForecastPeriods.h).
    int horizon = 0;
    /// --as-of, --within, --top of the churn-risk views.
    ChurnOptions churn;
    /// --rows: the pivot's rows, "customer" (or empty) or a per-row column of the dataset.
    QString pivotRows;
    /// --of: what the distribution view describes, each customer's total over the range
    /// (false) or each whole period's total (true).
    bool distributionOfPeriods = false;
    /// --min-total / --max-total: only the customers whose total over the range lies within
    /// take part (the distribution of customers, segmentation and clustering).
    std::optional<double> minTotal;
    std::optional<double> maxTotal;
    /// --cohort-by: customers by activity and cohorts group customers by their first active
    /// month (false, the default) or by the month their account was created (true).
    bool cohortByCreated = false;
    /// Segment rules of the Segments tab; unset: defaultSegmentRules().
    std::optional<std::vector<SegmentRule>> segmentRules;
};

/// Why a view could not answer: a bad request (exit 2 on the command line) or a runtime problem
/// such as an unknown metric or an unreadable workspace (exit 1).
struct ReportError {
    enum class Kind { Usage, Runtime };
    Kind kind = Kind::Runtime;
    QString message;

    static ReportError usage(const QString& message) { return {Kind::Usage, message}; }
    static ReportError runtime(const QString& message) { return {Kind::Runtime, message}; }
};

} // namespace ul
