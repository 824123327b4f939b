// SPDX-License-Identifier: MIT
#pragma once

#include "query/DatasetCatalog.h"

#include <QWidget>

#include <vector>

namespace ul {

class DashboardTab;

/// Tabs beyond the per-metric ones (revenue, segments, health) for a dataset, with their titles.
struct ExtraTab {
    DashboardTab* tab = nullptr;
    QString title;
};

/// Called by MainWindow after the metric tabs; each feature decides whether it applies.
std::vector<ExtraTab> createExtraTabs(const QString& workspacePath, const DatasetInfo& dataset, QWidget* parent);

/// Revenue tab when the dataset has an amount column (widgets/revenue/).
std::vector<ExtraTab> createRevenueTabs(const QString& workspacePath, const DatasetInfo& dataset, QWidget* parent);
/// Segments and Health tabs (widgets/segments/).
std::vector<ExtraTab> createSegmentTabs(const QString& workspacePath, const DatasetInfo& dataset, QWidget* parent);

} // namespace ul
