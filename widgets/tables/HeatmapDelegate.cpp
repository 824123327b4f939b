// SPDX-License-Identifier: MIT
#include "tables/HeatmapDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace ul {

bool HeatmapDelegate::textFits(const QString& text, const QFontMetrics& metrics, int width)
{
    constexpr int kPadding = 4;
    return metrics.horizontalAdvance(text) + kPadding <= width;
}

void HeatmapDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (!textFits(cell.text, cell.fontMetrics, cell.rect.width()))
        cell.text.clear();
    // Draw through the style as QStyledItemDelegate does, with the text possibly removed.
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
}

} // namespace ul
