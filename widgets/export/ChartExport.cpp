// SPDX-License-Identifier: MIT
#include "export/ChartExport.h"

#include "export/OutputFile.h"

#include "ChartPanel.h"
#include "ChartStyle.h"
#include "core/NumberFormat.h"
#include "export/CellSafety.h"
#include "export/CsvExport.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QSvgGenerator>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ul {

namespace {

QFont scaled(QFont f, qreal factor)
{
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else if (f.pixelSize() > 0)
        f.setPixelSize(int(f.pixelSize() * factor));
    return f;
}

/// Fonts and pens changed for emphasis, restored on destruction.
class EmphasisScope {
public:
    EmphasisScope(QChart* chart, qreal factor, qreal minPixels)
        : m_chart(chart)
    {
        if (factor == 1.0 && minPixels <= 0)
            return;
        m_active = true;
        // Scaled, then raised to the minimum: a small legend must not drop below what a slide allows.
        const auto grown = [factor, minPixels](const QFont& f) {
            QFont out = scaled(f, factor);
            if (minPixels > 0 && QFontInfo(out).pixelSize() < minPixels)
                out.setPixelSize(int(std::ceil(minPixels)));
            return out;
        };
        m_title = chart->titleFont();
        m_legend = chart->legend()->font();
        chart->setTitleFont(grown(m_title));
        chart->legend()->setFont(grown(m_legend));
        const auto axes = chart->axes();
        for (QAbstractAxis* a : axes) {
            m_axes.emplace_back(a, a->labelsFont(), a->titleFont());
            a->setLabelsFont(grown(a->labelsFont()));
            a->setTitleFont(grown(a->titleFont()));
        }
        const auto series = chart->series();
        for (QAbstractSeries* s : series) {
            if (auto* xy = qobject_cast<QXYSeries*>(s)) {
                m_pens.emplace_back(xy, xy->pen());
                QPen pen = xy->pen();
                pen.setWidthF(std::max(1.0, pen.widthF()) * factor);
                xy->setPen(pen);
            }
        }
    }
    ~EmphasisScope()
    {
        if (!m_active)
            return;
        m_chart->setTitleFont(m_title);
        m_chart->legend()->setFont(m_legend);
        for (auto& [axis, labels, title] : m_axes) {
            axis->setLabelsFont(labels);
            axis->setTitleFont(title);
        }
        for (auto& [series, pen] : m_pens)
            series->setPen(pen);
    }

private:
    QChart* m_chart;
    bool m_active = false;
    QFont m_title;
    QFont m_legend;
    std::vector<std::tuple<QAbstractAxis*, QFont, QFont>> m_axes;
    std::vector<std::pair<QXYSeries*, QPen>> m_pens;
};

// Lay out now: the chart otherwise re-lays out on the next event loop turn, too late for a
// painter. Twice: axis label widths found in the first pass change the size hints of the second
// (with one pass, category labels come out elided).
void relayout(QChart* chart)
{
    if (QGraphicsLayout* layout = chart->layout()) {
        for (int pass = 0; pass < 2; ++pass) {
            layout->invalidate();
            layout->activate();
        }
    }
}

QString defaultName(const QString& title, const QString& suffix) { return CsvExport::fileNameFor(title) + suffix; }

} // namespace

void ChartExport::render(QChart* chart, QPainter* painter, const QRectF& target, const QSizeF& layoutSize,
                         qreal emphasis, qreal minTextPixels)
{
    if (!chart || !chart->scene() || target.isEmpty())
        return;
    const QSizeF oldSize = chart->size();
    {
        // The chart is drawn scaled: a minimum on the target is a different one in layout pixels.
        const qreal scale = std::min(target.width() / layoutSize.width(), target.height() / layoutSize.height());
        const qreal minLayoutPixels = minTextPixels > 0 && scale > 0 ? minTextPixels / scale : 0;
        EmphasisScope emphasised(chart, emphasis, minLayoutPixels);
        if (minLayoutPixels > 0)
            chart->setProperty(ChartStyle::kMinTextProperty, minLayoutPixels);
        chart->resize(layoutSize);
        relayout(chart);
        const bool oldAnimation = chart->animationOptions() != QChart::NoAnimation;
        const auto animations = chart->animationOptions();
        if (oldAnimation)
            chart->setAnimationOptions(QChart::NoAnimation);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        chart->scene()->render(painter, target, QRectF(chart->pos(), layoutSize), Qt::IgnoreAspectRatio);
        painter->restore();
        if (oldAnimation)
            chart->setAnimationOptions(animations);
    }
    chart->setProperty(ChartStyle::kMinTextProperty, QVariant());
    chart->resize(oldSize);
    relayout(chart);
}

QSizeF ChartExport::layoutSizeFor(const QSizeF& target, qreal maxEnlarge, qreal minHeight)
{
    const qreal factor = std::clamp(std::min(target.width() / 480.0, target.height() / minHeight), 0.3, maxEnlarge);
    return target / factor;
}

QImage ChartExport::image(QChart* chart, const QSize& logicalSize, qreal scale)
{
    QImage img((QSizeF(logicalSize) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    img.fill(chart->backgroundBrush().color().isValid() ? chart->backgroundBrush().color() : QColor(Qt::white));
    {
        QPainter p(&img);
        render(chart, &p, QRectF(QPointF(0, 0), QSizeF(img.size())), logicalSize);
    }
    img.setDevicePixelRatio(scale);
    return img;
}

bool ChartExport::savePng(QChart* chart, const QString& path, const QSize& logicalSize, qreal scale, QString* error)
{
    QImage img = image(chart, logicalSize, scale);
    img.setDevicePixelRatio(1.0);
    return writePng(img, path, error);
}

bool ChartExport::writePng(const QImage& image, const QString& path, QString* error)
{
    // Encoded in memory first: the file is then written (and its errors reported) by us, once,
    // instead of by the image library line by line.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG")) {
        *error = tr("Cannot write %1: the image could not be encoded").arg(path);
        return false;
    }
    return OutputFile::writeAll(path, bytes, error);
}

bool ChartExport::saveSvg(QChart* chart, const QString& path, const QSize& size, const QString& title, QString* error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(tr("Exported from UsageLens"));
        QPainter p;
        if (!p.begin(&svg)) {
            *error = tr("Cannot write %1").arg(path);
            return false;
        }
        p.fillRect(QRect(QPoint(0, 0), size), chart->backgroundBrush());
        render(chart, &p, QRectF(QPointF(0, 0), QSizeF(size)), size);
        p.end();
    }
    return OutputFile::writeAll(path, bytes, error);
}

ReportTable ChartExport::seriesData(QChart* chart)
{
    ReportTable t;
    if (!chart)
        return t;
    t.columns = {Column("series", ColumnKind::Id, nullptr), Column("category", ColumnKind::Text, nullptr),
                 Column("value", ColumnKind::Amount, nullptr)};
    const auto series = chart->series();
    for (QAbstractSeries* s : series) {
        if (auto* xy = qobject_cast<QXYSeries*>(s)) {
            const auto points = xy->points();
            for (const QPointF& p : points)
                t.addRow({xy->name(), p.x(), p.y()});
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            QStringList categories;
            const auto axes = chart->axes(Qt::Horizontal | Qt::Vertical, bars);
            for (QAbstractAxis* a : axes)
                if (auto* cat = qobject_cast<QBarCategoryAxis*>(a))
                    categories = cat->categories();
            const auto sets = bars->barSets();
            for (QBarSet* set : sets)
                for (int i = 0; i < set->count(); ++i)
                    t.addRow({set->label(),
                              i < categories.size() ? ReportCell(categories.at(i)) : ReportCell(double(i)),
                              set->at(i)});
        }
    }
    return t;
}

QString ChartExport::toTsv(const ReportTable& table)
{
    const ReportTable safe = CellSafety::neutralized(table);
    const auto clean = [](QString s) {
        s.replace(QLatin1Char('\t'), QLatin1Char(' '));
        s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        s.replace(QLatin1Char('\r'), QLatin1Char(' '));
        return s;
    };
    QStringList lines;
    QStringList header;
    for (const Column& c : safe.columns)
        header << clean(c.key);
    lines << header.join(QLatin1Char('\t'));
    for (const auto& row : safe.rows) {
        QStringList cells;
        for (const ReportCell& cell : row) {
            if (std::holds_alternative<double>(cell) || std::holds_alternative<Decimal>(cell))
                cells << cellText(cell);
            else if (const auto* s = std::get_if<QString>(&cell))
                cells << clean(*s);
            else
                cells << QString();
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ChartExport::execMenu(ChartPanel* panel, const QPoint& globalPos)
{
    QChart* chart = panel->chart();
    if (!chart)
        return;
    QSize logical = panel->view()->size();
    if (logical.width() < 100 || logical.height() < 80)
        logical = QSize(800, 500);
    QMenu menu(panel);
    QAction* copyImage = menu.addAction(tr("Copy image"));
    QMenu* png = menu.addMenu(tr("Save as PNG"));
    QAction* png1 = png->addAction(tr("1x (%1 × %2)").arg(logical.width()).arg(logical.height()));
    QAction* png2 = png->addAction(tr("2x (%1 × %2)").arg(logical.width() * 2).arg(logical.height() * 2));
    QAction* png3 = png->addAction(tr("3x (%1 × %2)").arg(logical.width() * 3).arg(logical.height() * 3));
    QAction* svg = menu.addAction(tr("Save as SVG…"));
    menu.addSeparator();
    QAction* copyData = menu.addAction(tr("Copy data"));
    QAction* csv = menu.addAction(tr("Save data as CSV…"));
    QAction* chosen = menu.exec(globalPos);
    if (!chosen)
        return;

    QString error;
    bool ok = true;
    if (chosen == copyImage) {
        QApplication::clipboard()->setImage(image(chart, logical, panel->devicePixelRatioF()));
    } else if (chosen == png1 || chosen == png2 || chosen == png3) {
        const qreal scale = chosen == png1 ? 1 : chosen == png2 ? 2 : 3;
        const QString path = QFileDialog::getSaveFileName(panel, tr("Save chart as PNG"),
                                                          defaultName(panel->title(), QStringLiteral(".png")),
                                                          tr("PNG images (*.png)"));
        ok = path.isEmpty() || savePng(chart, path, logical, scale, &error);
    } else if (chosen == svg) {
        const QString path = QFileDialog::getSaveFileName(panel, tr("Save chart as SVG"),
                                                          defaultName(panel->title(), QStringLiteral(".svg")),
                                                          tr("SVG images (*.svg)"));
        ok = path.isEmpty() || saveSvg(chart, path, logical, panel->title(), &error);
    } else if (chosen == copyData) {
        auto* mime = new QMimeData;
        mime->setText(toTsv(panel->data()));
        QApplication::clipboard()->setMimeData(mime);
    } else if (chosen == csv) {
        const QString path = QFileDialog::getSaveFileName(panel, tr("Save chart data as CSV"),
                                                          defaultName(panel->title(), QStringLiteral(".csv")),
                                                          tr("CSV files (*.csv)"));
        ok = path.isEmpty() || CsvExport::writeFile(panel->data(), path, &error);
    }
    if (!ok)
        QMessageBox::warning(panel, tr("Export chart"), error);
}

} // namespace ul
