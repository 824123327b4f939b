// SPDX-License-Identifier: MIT
#pragma once

#include "revenue/CoreProfile.h"
#include "revenue/MrrMovements.h"

#include <QStringList>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace ul {

/// The revenue charts that UsageCharts has no shape for. They build on UsageCharts' period
/// charts so axes, colours and tooltips match the other tabs.
class RevenueCharts {
public:
    /// Stacked bars per month (new, expansion, reactivation up; contraction, churned down)
    /// with the net change as a line on top. `labels` and `movements` have the same length.
    static QChart* movements(const QStringList& labels, const std::vector<MrrMovement>& movements,
                             const QString& currency, bool dark, const QStringList& partialNotes = {});
    /// Horizontal bars of the top decile's median divided by the rest's, per attribute
    /// (attributes without a ratio are left out); nullptr when no attribute has one.
    static QChart* profileRatios(const CoreProfile& profile, bool dark);
};

} // namespace ul
