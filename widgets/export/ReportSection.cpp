// SPDX-License-Identifier: MIT
#include "export/ReportSection.h"

#include "DashboardTab.h"
#include "export/PrintedTable.h"
#include "report/ViewRegistry.h"

#include <QCoreApplication>

namespace ul {

ReportSection ReportSection::fromTab(DashboardTab* tab, const QString& title, bool picture)
{
    ReportSection s;
    s.title = title;
    s.kpis = tab->kpis();
    s.kpiNote = tab->kpiNote();
    s.kpiScope = tab->kpiScope();
    s.lead = tab->leadTable();
    s.leadTitle = tab->leadTitle();
    s.charts = tab->charts();
    s.tables = tab->tables();
    // One row per customer belongs in the workbook; a printed report shows the first rows.
    constexpr size_t kPrintedCustomers = 10;
    for (ReportTable& t : s.tables) {
        orderForReading(&t);
        const ViewSpec* spec = findReportView(t.name);
        if (!spec || !spec->perCustomer || t.rows.size() <= kPrintedCustomers)
            continue;
        const size_t more = t.rows.size() - kPrintedCustomers;
        t.rows.resize(kPrintedCustomers);
        std::vector<ReportCell> note(size_t(t.columns.size()));
        note[0] = QCoreApplication::translate("ReportSection", "+%n more in the workbook", nullptr, int(more));
        t.rows.push_back(std::move(note));
    }
    if (s.isEmpty() && picture) {
        // Tabs that do not describe themselves yet still appear, as they look on screen.
        if (tab->size().width() < 400)
            tab->resize(1400, 860);
        s.picture = tab->grab();
    }
    return s;
}

} // namespace ul
