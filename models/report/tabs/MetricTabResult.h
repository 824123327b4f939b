// SPDX-License-Identifier: MIT
#pragma once

#include "query/ActivityMovements.h"
#include "query/UsageViews.h"
#include "report/Breakdown.h"
#include "report/TabResults.h"

#include <QString>

#include <vector>

namespace ul {

/// Everything one metric tab shows (a plain value, computed on a worker): the results of the
/// metric views (the registry's tables, exported as they are) and typed copies of them for the
/// charts.
struct MetricTabResult {
    TabResults results;
    std::vector<PeriodTotal> totals;
    std::vector<PeriodTotal> cumulative;
    std::vector<std::optional<double>> change;
    std::vector<HistogramBin> histogram;
    std::vector<RankedCustomer> top;
    std::vector<RankedCustomer> topNew;
    UsageKpis kpis;
    /// With a breakdown column: the totals split by that column's values, largest first.
    std::vector<BreakdownSeries> breakdown;
    /// With `withActivity`: customers by activity per period and cohorts by first active month.
    std::vector<ActivityPeriod> movements;
    std::vector<ActivityCohort> cohorts;
    bool hasActivity = false;
    /// With a comparison: the compared value and period of each period of `totals`.
    std::vector<std::optional<double>> compared;
    QStringList comparedLabels;
    Comparison comparison; ///< what `compared` compares with (the request's)
    QString error;
    qint64 elapsedMs = 0;

    /// Runs the views of `request.metric` (`which` of them) on the worker's connection to
    /// `workspacePath` (any thread). Nothing without a range. `breakdown`: the per-row column
    /// the totals are split by for the chart (not request.by: the totals table stays whole).
    static MetricTabResult load(const QString& workspacePath, const ReportRequest& request,
                                TabResults::Views which = TabResults::Views::All, bool withActivity = false,
                                const QString& breakdown = {});
};

} // namespace ul
