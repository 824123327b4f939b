// SPDX-License-Identifier: MIT
#include "SparklineDelegate.h"

#include "Sparkline.h"

#include <QApplication>
#include <QPainter>

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
    const QColor color = option.state & QStyle::State_Selected ? option.palette.highlightedText().color() : m_color;
    drawSparkline(painter, QRectF(option.rect).adjusted(4, 4, -6, -4), {values.begin(), values.end()}, color, 1.5, 2.2);
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(90, 22));
}

} // namespace ul
