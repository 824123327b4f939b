// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"
#include "core/ReportTable.h"
#include "report/ReportRequest.h"

#include <QString>

#include <optional>

namespace ul {

/// Who changed a period (the contributors view for `request.period`, optionally one cohort), as
/// the window's drill-down dialog shows it; a plain value computed on a worker.
struct ContributorsResult {
    ReportTable table;
    QString error;
    std::optional<DateRange> data; ///< what the metric's data covers, for the partial note

    /// Runs the contributors view on the worker's connection to `workspacePath` (any thread).
    static ContributorsResult load(const QString& workspacePath, const ReportRequest& request);
};

} // namespace ul
