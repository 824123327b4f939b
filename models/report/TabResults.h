// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"
#include "report/DatasetTabs.h"
#include "report/ReportContext.h"
#include "report/ReportRequest.h"

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

    /// Which of a group's views to run: a tab draws its charts from the summaries and fetches
    /// the one-row-per-customer tables (ViewSpec::perCustomer, e.g. the Pareto table) after,
    /// so a filter change redraws the charts without waiting for 20,000 rows.
    enum class Views { All, Summaries, PerCustomer };

    /// Opens its own connection to `workspacePath` (any thread) and runs the group's views.
    static TabResults load(const QString& workspacePath, const ReportRequest& request, TabGroup group,
                           Views which = Views::All);
    /// Runs the group's views in an existing context (tabs that also read typed inputs from it).
    static TabResults run(ReportContext& context, const ReportRequest& request, TabGroup group,
                          Views which = Views::All);
    /// Adds the tables of `more` (other views of the same group and request), keeping the
    /// group's order; its error, if any, becomes this one's.
    void merge(TabResults more, TabGroup group);
};

} // namespace ul
