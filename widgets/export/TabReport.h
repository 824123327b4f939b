// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "export/ReportSection.h"

#include <QCoreApplication>
#include <QStringList>

class QTabWidget;

namespace ul {

/// Gathers report sections from the main window's tabs for the PDF, print, workbook and
/// presentation exports. GUI thread only.
class TabReport {
    Q_DECLARE_TR_FUNCTIONS(TabReport)
public:
    /// Stable key of a tab (DashboardTab::key()).
    static QString tabKey(QTabWidget* tabs, int index);
    /// The keys of every dashboard tab, in tab order.
    static QStringList tabKeys(QTabWidget* tabs);
    /// Sections of the tabs whose keys are in `keys` (all when empty), in tab order. Tabs are
    /// brought up to date with `filters` synchronously first: hidden tabs refresh lazily otherwise.
    /// `pictures`: grab tabs without export support as pictures (not needed for a workbook).
    static std::vector<ReportSection> sections(QTabWidget* tabs, const FilterState& filters,
                                               const QStringList& keys = {}, bool pictures = true);
    /// One table per sheet, named "<tab key> <view>" as the core workbook (report/Workbook.h).
    static std::vector<ReportTable> workbookTables(const std::vector<ReportSection>& sections);
    /// "2024-01-01 – 2024-12-31 · month · top 10" (+ the customer when one is selected).
    static QString filterSummary(const FilterState& filters);
};

} // namespace ul
