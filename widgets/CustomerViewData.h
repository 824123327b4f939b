// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "query/DatasetCatalog.h"
#include "query/UsageViews.h"
#include "query/YearOverYear.h"
#include "report/TabResults.h"

#include <optional>
#include <vector>

namespace ul {

/// One customer's (or all customers') trends for every metric of a dataset; a plain value
/// computed off the GUI thread. The typed trends feed the charts; `results` holds the customer
/// views' tables (report/views/CustomerReportViews.cpp), computed from the same totals.
struct CustomerViewData {
    struct MetricTrend {
        MetricInfo metric;
        std::vector<PeriodTotal> totals;  ///< at the filter granularity
        std::vector<PeriodTotal> monthly; ///< month totals of the range
        std::vector<std::optional<double>> monthChange;
        YearOverYear yoy; ///< year to date against the same span a year before
    };

    FilterState filters;
    std::vector<MetricTrend> metrics;
    TabResults results;
    QString error;

    /// `externalId` empty: all customers.
    static CustomerViewData load(const QString& workspacePath, const DatasetInfo& dataset, const QString& externalId,
                                 const FilterState& filters);
};

} // namespace ul
