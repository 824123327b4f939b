// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QRectF>

#include <vector>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace ul {

/// A small line of `values` (oldest first) across `box`, from zero or the lowest value to the
/// highest, the last point marked: a trend at a glance, in a table cell on screen or on paper.
/// Nothing is drawn for fewer than two values.
void drawSparkline(QPainter* painter, const QRectF& box, const std::vector<double>& values, const QColor& color,
                   qreal lineWidth, qreal dotRadius);

} // namespace ul
