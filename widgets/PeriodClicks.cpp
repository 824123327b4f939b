// SPDX-License-Identifier: MIT
#include "PeriodClicks.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QXYSeries>

#include <cmath>

namespace ul {

void connectPeriodClicks(QChart* chart, int periods, std::function<void(int period)> onPeriod)
{
    const auto inRange = [periods, onPeriod](int i) {
        if (i >= 0 && i < periods)
            onPeriod(i);
    };
    const auto atX = [inRange](const QPointF& point) { inRange(int(std::lround(point.x()))); };
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                QObject::connect(set, &QBarSet::clicked, set, inRange);
        } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            QObject::connect(xy, &QXYSeries::clicked, xy, atX);
        } else if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            QObject::connect(area, &QAreaSeries::clicked, area, atX);
        }
    }
}

} // namespace ul
