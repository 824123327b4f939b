// SPDX-License-Identifier: MIT
#include "ChartComparison.h"

#include "ChartStyle.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace ul {

namespace {

/// The range of what the chart's own series plot (bars and points), for a shared axis.
void plottedRange(QChart* chart, double* lo, double* hi)
{
    for (QAbstractSeries* s : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            for (QBarSet* set : bars->barSets())
                for (int i = 0; i < set->count(); ++i) {
                    *lo = std::min(*lo, set->at(i));
                    *hi = std::max(*hi, set->at(i));
                }
        } else if (auto* xy = qobject_cast<QXYSeries*>(s)) {
            for (const QPointF& p : xy->points()) {
                *lo = std::min(*lo, p.y());
                *hi = std::max(*hi, p.y());
            }
        }
    }
}

} // namespace

void addComparison(QChart* chart, const ComparedSeries& compared, bool ownAxis, bool dark)
{
    const QList<QAbstractAxis*> horizontal = chart->axes(Qt::Horizontal);
    const QList<QAbstractAxis*> vertical = chart->axes(Qt::Vertical);
    auto* y = vertical.isEmpty() ? nullptr : qobject_cast<QCategoryAxis*>(vertical.first());
    if (horizontal.isEmpty() || !y)
        return;
    double lo = 0, hi = 0;
    for (const auto& v : compared.values)
        if (v) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    QCategoryAxis* axis = y;
    if (ownAxis) {
        axis = new QCategoryAxis;
        ChartStyle::niceValueAxis(axis, lo, hi, 5);
        axis->setLabelsFont(y->labelsFont());
        axis->setGridLineVisible(false);
        chart->addAxis(axis, Qt::AlignRight);
    } else {
        plottedRange(chart, &lo, &hi);
        ChartStyle::niceValueAxis(y, lo, hi, 5);
    }
    // A neutral grey for the same metric at other times; a palette colour for another metric.
    const QColor color = ownAxis ? ChartStyle::seriesColor(1)
                                 : (dark ? QColor(0xD1, 0xD5, 0xDB) : QColor(0x4B, 0x55, 0x63));
    if (ownAxis)
        axis->setLabelsBrush(color); // which axis is whose
    auto* line = new QLineSeries;
    auto* points = new QScatterSeries;
    points->setName(compared.name);
    points->setMarkerSize(compared.values.size() > 60 ? 0.1 : 5);
    for (size_t i = 0; i < compared.values.size(); ++i)
        if (compared.values[i]) {
            line->append(double(i), *compared.values[i]);
            points->append(double(i), *compared.values[i]);
        }
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{line, points}) {
        chart->addSeries(s);
        s->attachAxis(horizontal.first());
        s->attachAxis(axis);
    }
    line->setPen(QPen(color, 2, Qt::DashLine));
    points->setColor(color);
    points->setBorderColor(color);
    chart->legend()->markers(line).value(0)->setVisible(false);
    chart->legend()->setVisible(true);
    const ComparedSeries c = compared;
    QObject::connect(points, &QScatterSeries::hovered, points, [c](const QPointF& p, bool on) {
        const size_t i = size_t(std::lround(p.x()));
        if (!on || i >= c.values.size() || !c.values[i])
            return;
        QToolTip::showText(QCursor::pos(),
                           QStringLiteral("%1 — %2: %3")
                               .arg(c.periodLabels.value(qsizetype(i)), c.name, ChartStyle::exact(*c.values[i])));
    });
}

} // namespace ul
