// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"
#include "report/DatasetTabs.h"
#include "report/ReportContext.h"
#include "report/ReportRequest.h"

#include <QStringList>

#include <vector>

namespace ul {

/// A view: one function from a request to a table. It reads through the context (which shares
/// results between views of one batch) and fills `out`, or sets `error` and returns false.
using ViewFn = bool (*)(ReportContext& context, const ReportRequest& request, ReportTable* out, ReportError* error);

/// One report view, registered once (ViewRegistry.cpp). The command line's `report --view KEY`,
/// the window's tables, the PDF, the workbook and the slides all read it from here.
struct ViewSpec {
    QString key;       ///< `report --view KEY`, sheet and file names
    TabGroup group;    ///< the tab it belongs to
    const char* title; ///< display title, QT_TRANSLATE_NOOP("ReportViews", ...)
    ViewFn run;
    /// One row per customer (membership lists): printed in full everywhere but the PDF, which
    /// shows the first rows and points to the workbook.
    bool perCustomer = false;
};

/// Every view in menu order.
const std::vector<ViewSpec>& reportViews();
const ViewSpec* findReportView(const QString& key);
QStringList reportViewKeys();
/// The views a tab shows, in order.
std::vector<const ViewSpec*> viewsOfGroup(TabGroup group);
/// The translated title of a view.
QString viewTitle(const ViewSpec& spec);

/// Runs one view by key; an unknown key is a usage error. The table is named after the view.
bool runReportView(ReportContext& context, const QString& key, const ReportRequest& request, ReportTable* out,
                   ReportError* error);

} // namespace ul
