// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"
#include "report/ReportContext.h"

namespace ul {

/// The customer × period matrix of one metric (the pivot view, Power BI's matrix): rows are
/// customers (sub-accounts rolled up under --customer-key) or the values of a per-row column,
/// columns the periods of the range, cells the metric as every other view computes it — sums,
/// unique counts united per row and period, ratios of sums. The total column is the row over
/// the whole range and the total row the column over all rows, each computed (not added up), so
/// a unique count's total is distinct over the row or the column. Rows by total, largest first;
/// `top` > 0 keeps that many and folds the rest into one "Other" row, itself computed over those
/// rows' facts. Table: the row kind ("customer" or the column's key), one column per period
/// label, "total"; the last row is "Total". Meta "partial_periods" lists the labels of the periods
/// the range or the data covers only in part.
bool pivotTable(ReportContext& context, const MetricInfo& metric, const ReportRequest& request, ReportTable* out,
                ReportError* error);

} // namespace ul
