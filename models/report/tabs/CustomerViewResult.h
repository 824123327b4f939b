// SPDX-License-Identifier: MIT
#pragma once

#include "query/DatasetCatalog.h"
#include "query/UsageViews.h"
#include "query/YearOverYear.h"
#include "report/TabResults.h"

#include <vector>

namespace ul {

/// One customer's (or all customers') trends for every metric of a dataset (a plain value,
/// computed on a worker). The typed trends feed the charts; `results` holds the customer views'
/// tables (report/views/CustomerReportViews.cpp), computed from the same totals.
struct CustomerViewResult {
    struct MetricTrend {
        MetricInfo metric;
        std::vector<PeriodTotal> totals;  ///< at the request's granularity
        std::vector<PeriodTotal> monthly; ///< month totals of the range
        std::vector<std::optional<double>> monthChange;
        YearOverYear yoy; ///< year to date against the same span a year before
    };

    std::vector<MetricTrend> metrics;
    TabResults results;
    QString error;

    /// The trends of `request.customer` (empty: all customers) in `dataset`, on the worker's
    /// connection to `workspacePath`. Nothing without a range.
    static CustomerViewResult load(const QString& workspacePath, const DatasetInfo& dataset, ReportRequest request);
};

} // namespace ul
