// SPDX-License-Identifier: MIT
#include "export/ReportSection.h"

#include "DashboardTab.h"

namespace ul {

ReportSection ReportSection::fromTab(DashboardTab* tab, const QString& title, bool picture)
{
    ReportSection s;
    s.title = title;
    s.kpis = tab->kpis();
    s.charts = tab->charts();
    s.tables = tab->tables();
    if (s.isEmpty() && picture) {
        // Tabs that do not describe themselves yet still appear, as they look on screen.
        if (tab->size().width() < 400)
            tab->resize(1400, 860);
        s.picture = tab->grab();
    }
    return s;
}

} // namespace ul
