// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"

#include <QWidget>

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

signals:
    void customerRequested(const QString& externalId);
    void refreshed();
};

} // namespace ul
