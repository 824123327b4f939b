// SPDX-License-Identifier: MIT
#pragma once

#include "report/ReportContext.h"

#include <QString>

#include <vector>

namespace ul {

/// A value of a per-row column with the number of source rows holding it.
struct DimensionValueCount {
    QString value; ///< empty: blank cells
    qint64 rows = 0;
};

/// Every value of `dimension` in the request's dataset, with its rows in the request's range
/// under the request's conditions on the other columns (those on `dimension` itself are dropped,
/// so a filter's list always offers every value). Most rows first.
bool dimensionValueCounts(ReportContext& context, const ReportRequest& request, const QString& dimension,
                          std::vector<DimensionValueCount>* out, ReportError* error);
/// The same on this thread's connection to the workspace at `workspacePath` (any thread).
bool loadDimensionValueCounts(const QString& workspacePath, const ReportRequest& request, const QString& dimension,
                              std::vector<DimensionValueCount>* out, ReportError* error);

} // namespace ul
