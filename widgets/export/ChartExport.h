// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace ul {

class ChartPanel;

/// Renders a live QChart anywhere: images, SVG, PDF pages, presentation slides. Charts are
/// drawn through their scene, so a vector device (PDF, SVG) receives vector graphics.
/// GUI thread only; the chart is laid out at the requested size for the duration of the call
/// and restored afterwards.
class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    /// Draws `chart` laid out at `layoutSize` (logical pixels) into `target` on `painter`.
    /// `emphasis` > 1 enlarges fonts and line widths (presentation mode). `minTextPixels` > 0:
    /// text drawn by the chart's own helpers (RankLabels) stays at least that tall in `target`.
    static void render(QChart* chart, QPainter* painter, const QRectF& target, const QSizeF& layoutSize,
                       qreal emphasis = 1.0, qreal minTextPixels = 0);

    /// The size to lay a chart out at for drawing it into `target`: at least about 480 x 300
    /// logical pixels (smaller, Qt Charts elides category labels), at most `maxEnlarge` times
    /// smaller than the target (so text and lines grow with it, up to that factor).
    /// `minHeight` lowers the 300 for short cells whose text would otherwise shrink (slides).
    static QSizeF layoutSizeFor(const QSizeF& target, qreal maxEnlarge, qreal minHeight = 300);
    /// An image of `logicalSize` * `scale` pixels with device pixel ratio `scale`.
    static QImage image(QChart* chart, const QSize& logicalSize, qreal scale);
    static bool savePng(QChart* chart, const QString& path, const QSize& logicalSize, qreal scale, QString* error);
    /// Writes a PNG through OutputFile (only a regular file is replaced; one error line).
    static bool writePng(const QImage& image, const QString& path, QString* error);
    static bool saveSvg(QChart* chart, const QString& path, const QSize& size, const QString& title, QString* error);
    /// Series points in long form: series, category (or x), value.
    static ReportTable seriesData(QChart* chart);
    /// Tab-separated text for the clipboard (spreadsheets paste it into cells), neutralised.
    static QString toTsv(const ReportTable& table);
    /// The right-click menu of a chart panel; runs the chosen action.
    static void execMenu(ChartPanel* panel, const QPoint& globalPos);
};

} // namespace ul
