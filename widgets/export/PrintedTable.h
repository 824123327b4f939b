// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"

#include <QFont>
#include <QStringList>

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QColor;
class QPaintDevice;
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace ul {

/// Rows in the order a reader wants them on paper: the health list by status (at risk first)
/// and then by the size of the change. Other tables keep their order.
void orderForReading(ReportTable* table);

/// A report table typeset for paper: display headers, cells formatted in the locale by their
/// column's kind, numbers right-aligned.
struct PrintedTable {
    QString title;
    QStringList headers;
    std::vector<bool> numeric; ///< per column: right-aligned
    std::vector<QStringList> rows;
    /// The column drawn as a small line (a `trend`: its cells hold the values, space-separated),
    /// or -1.
    int sparklineColumn = -1;

    static PrintedTable from(const ReportTable& table);
};

/// Where and how large a printed table goes: half a page wide when it fits there (two flow side
/// by side), else the full width; the font shrinks (down to 5.5 pt) before text columns are
/// shortened; a header wider than its column wraps onto a second line.
struct PrintedTableLayout {
    bool fullWidth = false;
    qreal points = 7;
    std::vector<qreal> widths; ///< device pixels per column
    int headerLines = 1;

    /// `px` converts points to device pixels.
    static PrintedTableLayout fit(const PrintedTable& table, qreal halfWidth, qreal fullWidth, QPaintDevice* device,
                                  const std::function<qreal(qreal)>& px);
    qreal width() const;
};

/// Draws the values of a sparkline cell ("3 5 4") as a line in `box`, the last point marked.
void drawPrintedSparkline(QPainter* painter, const QRectF& box, const QString& values, const QColor& color);

/// The font of printed tables at `points`.
QFont printedTableFont(qreal points, bool bold = false);

} // namespace ul
