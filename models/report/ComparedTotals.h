// SPDX-License-Identifier: MIT
#pragma once

#include "report/ReportContext.h"

#include <vector>

namespace ul {

/// What `request.compare` puts beside the totals of `q` (one per period of `q`): the same
/// periods of another metric of the dataset, or the periods of the compared range
/// (comparedRange). A compared period the data does not reach has coveredTo < coveredFrom.
bool comparedTotals(ReportContext& ctx, const ReportRequest& request, const UsageQuery& q, size_t periods,
                    std::vector<PeriodTotal>* out, ReportError* error);

/// The compared metric of a Kind::Metric request (a usage error when the dataset has none).
std::optional<MetricInfo> comparedMetric(ReportContext& ctx, const ReportRequest& request, ReportError* error);

} // namespace ul
