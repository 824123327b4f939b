// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"

#include <QPixmap>
#include <QString>

#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace ul {

class DashboardTab;

/// What one tab contributes to a report or a presentation. The charts stay owned by the tab,
/// so a section is only valid until that tab refreshes. GUI thread only.
struct ReportSection {
    QString key; ///< the tab's key (DashboardTab::key())
    QString title;
    std::vector<std::pair<QString, QString>> kpis; ///< caption, value ("\n" before a note)
    QString kpiNote;                               ///< printed under the KPIs (DashboardTab::kpiNote())
    QString kpiScope;                              ///< under the title (DashboardTab::kpiScope())
    ReportTable lead;                              ///< with the KPIs (DashboardTab::leadTable())
    QString leadTitle;
    std::vector<QChart*> charts;
    std::vector<ReportTable> tables;
    QPixmap picture; ///< tabs without export support: a picture of the widget instead

    bool isEmpty() const { return kpis.empty() && charts.empty() && tables.empty() && picture.isNull(); }
    /// Takes the tab's kpis(), charts() and tables(); falls back to a picture of the tab
    /// when `picture` is set.
    static ReportSection fromTab(DashboardTab* tab, const QString& title, bool picture = true);
};

} // namespace ul
