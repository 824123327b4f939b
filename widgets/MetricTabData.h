// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "query/UsageViews.h"

#include <QString>

#include <vector>

namespace ul {

/// Everything one metric tab shows, computed off the GUI thread (a plain value).
struct MetricTabData {
    FilterState filters;
    std::vector<PeriodTotal> totals;
    std::vector<PeriodTotal> cumulative;
    std::vector<std::optional<double>> change;
    std::vector<HistogramBin> histogram;
    std::vector<RankedCustomer> top;
    std::vector<RankedCustomer> topNew;
    UsageKpis kpis;
    QString error;
    qint64 elapsedMs = 0;

    /// Runs every view of a metric on a fresh connection to `workspacePath` (any thread).
    static MetricTabData load(const QString& workspacePath, qint64 metricId, const FilterState& filters);
};

} // namespace ul
