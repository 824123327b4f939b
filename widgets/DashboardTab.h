// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "report/ReportTable.h"

#include <QWidget>

#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace ul {

/// What every tab of the main window offers, so MainWindow wires tabs without knowing their kind.
/// GUI thread only. refreshed() fires after a result was applied; customerRequested() when the
/// user clicks a customer (MainWindow opens its view).
class DashboardTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void setFilters(const FilterState& filters) = 0;
    virtual void setDark(bool dark) = 0;
    /// Runs queries inline (snapshot command): the tab is complete when setFilters() returns.
    virtual void setSynchronous(bool synchronous) = 0;
    virtual bool isPending() const = 0;

    // What exports (PDF, workbook, presentation) take from a tab. Tabs that do not implement
    // them yet export as a picture of the widget (see ReportSection).
    /// The tab's tables with typed cells, named for sheets ("totals", "top", ...).
    virtual std::vector<ReportTable> tables() const { return {}; }
    /// The charts on display (owned by the tab; valid until its next refresh).
    virtual std::vector<QChart*> charts() const { return {}; }
    /// Headline numbers as shown: caption and value text.
    virtual std::vector<std::pair<QString, QString>> kpis() const { return {}; }

signals:
    void customerRequested(const QString& externalId);
    void refreshed();
};

} // namespace ul
