// SPDX-License-Identifier: MIT
#pragma once

#include "query/YearOverYear.h"
#include "report/ReportContext.h"

namespace ul {

/// The year-to-date comparison of a metric as of the query's range end, for the query's
/// customer and the context's row filter: month by month (the chart), and the three sums over
/// their spans (yearToDateSpans()), so a unique count is distinct over the span and a ratio the
/// ratio of its span, never months added up. Shared by the customer views and the window.
std::optional<YearOverYear> yearOverYearOf(ReportContext& ctx, const MetricInfo& metric, const UsageQuery& q,
                                           ReportError* error);

} // namespace ul
