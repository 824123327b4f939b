// SPDX-License-Identifier: MIT
#pragma once

#include "segments/KMeansAuto.h"
#include "tables/GroupStatsModel.h"

#include <QColor>
#include <QPointF>
#include <QStringList>

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace ul {

/// Builds the Segments tab's charts from plain values, styled with ChartStyle (GUI thread).
class SegmentCharts {
public:
    /// Customers of one segment or cluster in the scatter: x = frequency, y = monetary (raw).
    struct ScatterGroup {
        QString name;
        QColor color;
        std::vector<QPointF> points;
        QStringList customers; ///< parallel to points (external ids)
    };

    /// "% of customers" against "% of value" per group, first group on top.
    static QChart* shareBars(const std::vector<GroupStatsModel::Row>& rows, bool dark);
    /// Frequency on a log axis against log10(1 + monetary); hover names the customer and a
    /// click passes its id to `onClick`.
    static QChart* customerScatter(const std::vector<ScatterGroup>& groups, const QString& frequencyTitle, bool dark,
                                   const std::function<void(const QString&)>& onClick);
    /// Inertia (left axis) and silhouette (right axis) per k; `chosenK` is marked when > 0.
    static QChart* elbow(const std::vector<KScore>& scores, int chosenK, bool dark);
    /// The sorted k-distance curve with a horizontal line at `eps`.
    static QChart* kDistance(const std::vector<double>& curve, int k, double eps, bool dark);
};

} // namespace ul
