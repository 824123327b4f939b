// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace ul {

/// Paints a heatmap cell's colour always and its number only when the number fits the cell;
/// a cell too narrow for "100%" shows its colour and keeps the number in its tooltip, instead
/// of a row of "…".
class HeatmapDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// Whether `text` fits a cell `width` pixels wide in `metrics` with a little padding.
    static bool textFits(const QString& text, const QFontMetrics& metrics, int width);
};

} // namespace ul
