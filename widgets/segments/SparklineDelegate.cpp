// SPDX-License-Identifier: MIT
#include "SparklineDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ul {

SparklineDelegate::SparklineDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
    , m_color(0x3B, 0x82, 0xC4)
{}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Background and selection as for any cell, without the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QList<double> values = index.data(m_role).value<QList<double>>();
    if (values.size() < 2)
        return;
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    const double low = std::min(0.0, *lo);
    const double span = *hi - low > 0 ? *hi - low : 1.0;
    const QRectF r = QRectF(option.rect).adjusted(4, 4, -6, -4);
    QPainterPath path;
    QPointF last;
    for (int i = 0; i < values.size(); ++i) {
        last = QPointF(r.left() + r.width() * i / (values.size() - 1),
                       r.bottom() - r.height() * (values[i] - low) / span);
        if (i == 0)
            path.moveTo(last);
        else
            path.lineTo(last);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = option.state & QStyle::State_Selected ? option.palette.highlightedText().color() : m_color;
    painter->setPen(QPen(color, 1.5));
    painter->drawPath(path);
    painter->setBrush(color);
    painter->drawEllipse(last, 2.2, 2.2);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(90, 22));
}

} // namespace ul
