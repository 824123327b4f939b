// SPDX-License-Identifier: MIT
#pragma once

#include "report/DatasetTabs.h"
#include "report/ReportContext.h"
#include "report/ReportRequest.h"
#include "report/ReportTable.h"

#include <vector>

namespace ul {

/// The results of every view of one tab, as the window shows them and the PDF, workbook and
/// slides export them. A plain value: computed on a worker, applied on the GUI thread.
struct TabResults {
    ReportRequest request;
    std::vector<ReportTable> tables; ///< viewsOfGroup() order, each named after its view
    ReportError error;               ///< message empty when every view answered
    qint64 elapsedMs = 0;

    bool ok() const { return error.message.isEmpty(); }
    /// The table of a view, or nullptr when it did not run.
    const ReportTable* table(const QString& view) const;

    /// Opens its own connection to `workspacePath` (any thread) and runs the group's views.
    static TabResults load(const QString& workspacePath, const ReportRequest& request, TabGroup group);
    /// Runs the group's views in an existing context (tabs that also read typed inputs from it).
    static TabResults run(ReportContext& context, const ReportRequest& request, TabGroup group);
};

} // namespace ul
