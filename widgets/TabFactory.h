// SPDX-License-Identifier: MIT
#pragma once

#include "report/DatasetTabs.h"

#include <QString>

class QWidget;

namespace ul {

class DashboardTab;

/// The widget of one of a dataset's tabs (report/DatasetTabs.h decides which tabs there are).
/// Customer tabs are opened by MainWindow::openCustomer() instead. GUI thread only.
DashboardTab* createDashboardTab(const QString& workspacePath, const DatasetInfo& dataset, const TabSpec& tab,
                                 QWidget* parent);

} // namespace ul
