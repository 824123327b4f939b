// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"
#include "query/UsageViews.h"

#include <optional>
#include <vector>

namespace ul {

// Typed readers of the usage views' tables (views/UsageReportViews.cpp), for code that draws
// them: the table stays the one definition, these only read its documented columns back.

/// "totals" or "cumulative": period, value[, active_customers]. Period starts are not in the
/// table; `starts` (from the request) is used when given.
std::vector<PeriodTotal> periodTotalsOf(const ReportTable& table);
/// "change": change_pct per period (unset for the first period or a zero previous value).
std::vector<std::optional<double>> changesOf(const ReportTable& table);
/// "histogram": bin_start, bin_end, count.
std::vector<HistogramBin> histogramOf(const ReportTable& table);
/// "top" / "top-new": rank, customer, value, share_pct.
std::vector<RankedCustomer> rankingOf(const ReportTable& table);
/// "kpis": kpi, value.
UsageKpis usageKpisOf(const ReportTable& table);

} // namespace ul
