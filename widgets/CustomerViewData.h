// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "query/DatasetCatalog.h"
#include "query/UsageViews.h"

#include <array>
#include <optional>
#include <vector>

namespace ul {

/// One customer's (or all customers') trends for every metric of a dataset; a plain value
/// computed off the GUI thread.
struct CustomerViewData {
    struct MetricTrend {
        MetricInfo metric;
        std::vector<PeriodTotal> totals;             ///< at the filter granularity
        std::vector<PeriodTotal> monthly;            ///< month totals of the range
        std::vector<std::optional<double>> monthChange;
        int year = 0;                                ///< year of the range end
        std::array<std::optional<double>, 12> currentYear{};  ///< up to the range end's month
        std::array<std::optional<double>, 12> previousYear{};
        double currentYtd = 0;
        double previousYtd = 0;
        std::optional<double> yoyPct;                ///< same span of the previous year
    };

    FilterState filters;
    std::vector<MetricTrend> metrics;
    QString error;

    static CustomerViewData load(const QString& workspacePath, const DatasetInfo& dataset,
                                 std::optional<qint64> customer, const FilterState& filters);
};

} // namespace ul
