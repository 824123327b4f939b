// SPDX-License-Identifier: MIT
#pragma once

#include "query/UsageViews.h"
#include "report/ReportContext.h"

#include <QString>

#include <vector>

namespace ul {

/// The totals of one value of a breakdown (`--by`, "Break down by").
struct BreakdownSeries {
    QString value; ///< as stored; empty: rows where the column is blank
    std::vector<PeriodTotal> totals;
    double total = 0; ///< over the range, to order the values
};

/// The request's totals per period split by the values of the per-row column `by`, under the
/// request's filters: one series per value the dataset holds, largest total first. False with
/// *error when the metric's dataset does not keep `by` per row. Leaves the context's row filter
/// as the request's.
bool totalsByDimension(ReportContext& context, const MetricInfo& metric, const ReportRequest& request,
                       const QString& by, std::vector<BreakdownSeries>* out, QString* columnKey, ReportError* error);

/// The top `keep` series and the rest summed as one series named `otherName` (activity is not
/// summed: a customer in two values is one customer, so Other's active count is left at 0).
std::vector<BreakdownSeries> foldSmallSeries(std::vector<BreakdownSeries> series, size_t keep,
                                             const QString& otherName);

} // namespace ul
