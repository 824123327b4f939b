// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "query/ActivityMovements.h"
#include "query/UsageViews.h"
#include "report/Breakdown.h"
#include "report/TabResults.h"

#include <QString>

#include <vector>

namespace ul {

/// Everything one metric tab shows, computed off the GUI thread (a plain value): the results of
/// the metric views (the registry's tables, exported as they are) and typed copies of them for
/// the charts.
struct MetricTabData {
    FilterState filters;
    TabResults results;
    std::vector<PeriodTotal> totals;
    std::vector<PeriodTotal> cumulative;
    std::vector<std::optional<double>> change;
    std::vector<HistogramBin> histogram;
    std::vector<RankedCustomer> top;
    std::vector<RankedCustomer> topNew;
    UsageKpis kpis;
    /// filters.breakdown set: the totals split by that column's values, largest first.
    std::vector<BreakdownSeries> breakdown;
    /// With `withActivity`: customers by activity per period and cohorts by first active month.
    std::vector<ActivityPeriod> movements;
    std::vector<ActivityCohort> cohorts;
    bool hasActivity = false;
    /// With a comparison: the compared value and period of each period of `totals`.
    std::vector<std::optional<double>> compared;
    QStringList comparedLabels;
    Comparison comparison; ///< what `compared` compares with
    QString error;
    qint64 elapsedMs = 0;

    /// Runs the metric's views (`which` of them) on the worker's connection to `workspacePath`
    /// (any thread).
    static MetricTabData load(const QString& workspacePath, const QString& metricKey, const FilterState& filters,
                              TabResults::Views which = TabResults::Views::All, bool withActivity = false,
                              const Comparison& compare = {});
};

} // namespace ul
