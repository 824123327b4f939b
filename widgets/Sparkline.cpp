// SPDX-License-Identifier: MIT
#include "Sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ul {

void drawSparkline(QPainter* painter, const QRectF& box, const std::vector<double>& values, const QColor& color,
                   qreal lineWidth, qreal dotRadius)
{
    if (values.size() < 2)
        return;
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    const double low = std::min(0.0, *lo);
    const double span = *hi - low > 0 ? *hi - low : 1.0;
    QPainterPath path;
    QPointF last;
    for (size_t i = 0; i < values.size(); ++i) {
        last = QPointF(box.left() + box.width() * double(i) / double(values.size() - 1),
                       box.bottom() - box.height() * (values[i] - low) / span);
        if (i == 0)
            path.moveTo(last);
        else
            path.lineTo(last);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, lineWidth));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setBrush(color);
    painter->drawEllipse(last, dotRadius, dotRadius);
    painter->restore();
}

} // namespace ul
