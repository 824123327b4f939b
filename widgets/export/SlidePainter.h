// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QPointer>
#include <QRectF>

#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace ul {

/// What one slide shows. The charts stay owned by their tabs (guarded).
struct Slide {
    QString title;
    std::vector<std::pair<QString, QString>> kpis; ///< caption, value ("\n" before a note)
    std::vector<QPointer<QChart>> charts;
    QPixmap picture;
    QString note;      ///< under the KPIs
    QString scope;     ///< under the title: what the numbers judge (metric, time window)
    ReportTable lead;  ///< a short list under the KPIs (Health: the customers at risk)
    QString leadTitle; ///< above `lead`
};

/// Paints one slide into any painter (the presentation window, a test's recording device).
/// Everything scales with the height, and no text goes below kMinTextPixels: text wraps, lists
/// show fewer rows, and charts are laid out so their text stays at least that tall.
/// GUI thread only (charts are live scene items).
class SlidePainter {
    Q_DECLARE_TR_FUNCTIONS(SlidePainter)
public:
    static constexpr qreal kMinTextPixels = 10; ///< below this, text is not readable on a projector

    static void paint(QPainter& p, const QRectF& area, const Slide& slide, const QString& footer,
                      const QString& pageText, bool dark);
};

} // namespace ul
