// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace ul {

/// Paints a small line of the QList<double> found under `role` instead of text, the last
/// point marked, so a list of customers shows each one's trend at a glance.
class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    SparklineDelegate(int role, QObject* parent = nullptr);
    void setColor(const QColor& color) { m_color = color; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
    QColor m_color;
};

} // namespace ul
