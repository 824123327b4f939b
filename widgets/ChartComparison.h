// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace ul {

/// What a period chart is compared with: one value per period (none where the compared data
/// does not reach) and the label of the period each value comes from ("2021-10").
struct ComparedSeries {
    QString name;
    std::vector<std::optional<double>> values;
    QStringList periodLabels;
};

/// Draws `compared` over a chart of UsageCharts (x = period index): a dashed line with points,
/// on the chart's value axis, rescaled to hold both, or on an axis of its own at the right when
/// `ownAxis` (another metric, in other units). Shows the legend, so both series are named.
void addComparison(QChart* chart, const ComparedSeries& compared, bool ownAxis, bool dark);

} // namespace ul
