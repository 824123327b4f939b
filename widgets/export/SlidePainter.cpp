// SPDX-License-Identifier: MIT
#include "export/SlidePainter.h"

#include "ChartStyle.h"
#include "export/ChartExport.h"
#include "export/PrintedTable.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace ul {

namespace {

struct Palette {
    QColor ink, muted, card;
};

QFont slideFont(qreal pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(std::max(int(SlidePainter::kMinTextPixels), int(pixels)));
    f.setBold(bold);
    return f;
}

qreal wrappedHeight(const QString& text, const QFont& font, qreal width)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

/// The largest font from `pixels` down to the minimum at which `text`, wrapped, fits `box`.
QFont fittingFont(const QString& text, const QSizeF& box, qreal pixels, bool bold = false)
{
    for (qreal px = pixels; px > SlidePainter::kMinTextPixels; px -= 0.5)
        if (wrappedHeight(text, slideFont(px, bold), box.width()) <= box.height())
            return slideFont(px, bold);
    return slideFont(SlidePainter::kMinTextPixels, bold);
}

/// Draws `text` wrapped into `box` (never shortened), shrinking it first as far as the minimum.
void drawWrapped(QPainter& p, const QRectF& box, const QString& text, qreal pixels, Qt::Alignment align)
{
    p.setFont(fittingFont(text, box.size(), pixels));
    p.drawText(box, int(align) | Qt::TextWordWrap, text);
}

/// The KPI cards; returns the height they took. Cards grow for a note that needs more lines.
qreal paintKpis(QPainter& p, const QRectF& free, const Slide& slide, qreal u, const Palette& c)
{
    const int n = int(slide.kpis.size());
    const qreal gap = 1.5 * u;
    const qreal w = (free.width() - gap * (n - 1)) / n;
    const qreal innerW = w - 3 * u;
    const bool alone = slide.charts.empty() && slide.lead.rows.empty();
    const qreal valuePx = (alone ? 8 : 5.5) * u;
    const QFont captionFont = slideFont(2.2 * u);
    const QFont noteFont = slideFont(2 * u);
    qreal captionH = 0, noteH = 0;
    for (const auto& [caption, value] : slide.kpis) {
        captionH = std::max(captionH, wrappedHeight(caption, captionFont, innerW));
        noteH = std::max(noteH, wrappedHeight(value.section(QLatin1Char('\n'), 1).simplified(), noteFont, innerW));
    }
    const qreal h = std::max(alone ? 22 * u : 14 * u, captionH + valuePx * 1.3 + noteH + 2.4 * u);
    for (int i = 0; i < n; ++i) {
        const QRectF box(free.left() + i * (w + gap), free.top(), w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(c.card);
        p.drawRoundedRect(box, u, u);
        const auto& [caption, value] = slide.kpis[size_t(i)];
        const QRectF inner = box.adjusted(1.5 * u, 1.2 * u, -1.5 * u, -1.2 * u);
        p.setPen(c.muted);
        p.setFont(captionFont);
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), captionH), Qt::AlignLeft | Qt::TextWordWrap,
                   caption);
        const QString note = value.section(QLatin1Char('\n'), 1).simplified();
        const QRectF valueBox(inner.left(), inner.top() + captionH, inner.width(), inner.height() - captionH - noteH);
        p.setPen(c.ink);
        p.setFont(fittingFont(value.section(QLatin1Char('\n'), 0, 0), valueBox.size(), valuePx, true));
        p.drawText(valueBox, Qt::AlignLeft | Qt::AlignVCenter, value.section(QLatin1Char('\n'), 0, 0));
        p.setPen(c.muted);
        p.setFont(noteFont);
        p.drawText(QRectF(inner.left(), inner.bottom() - noteH, inner.width(), noteH), Qt::AlignLeft | Qt::TextWordWrap,
                   note);
    }
    return h;
}

/// The lead list: as many rows as the room holds at a readable size, then "+N more".
void paintLead(QPainter& p, const QRectF& free, const Slide& slide, qreal u, const Palette& c, bool dark)
{
    const PrintedTable table = PrintedTable::from(slide.lead);
    const int cols = int(table.headers.size());
    QFont font = slideFont(2.4 * u);
    const qreal sparkW = 14 * u;
    const qreal pad = 2 * u;
    std::vector<qreal> widths;
    // Smaller text before a wide list: the names must be whole.
    for (qreal px = 2.4 * u;; px -= 0.5) {
        font = slideFont(px);
        const QFontMetricsF fm(font);
        const QFontMetricsF bold(slideFont(px, true));
        widths.assign(size_t(cols), 0);
        for (int col = 0; col < cols; ++col) {
            widths[size_t(col)] = col == table.sparklineColumn ? sparkW : bold.horizontalAdvance(table.headers[col]);
            for (const QStringList& row : table.rows)
                if (col != table.sparklineColumn && col < row.size())
                    widths[size_t(col)] = std::max(widths[size_t(col)], fm.horizontalAdvance(row[col]));
            widths[size_t(col)] += pad;
        }
        const qreal total = std::accumulate(widths.begin(), widths.end(), qreal(0));
        if (total <= free.width() || px <= SlidePainter::kMinTextPixels) {
            widths[0] += std::max<qreal>(0, free.width() - total); // the names take what is left
            break;
        }
    }
    const qreal rowH = QFontMetricsF(font).height() * 1.45;
    qreal y = free.top();
    p.setPen(c.ink);
    p.setFont(slideFont(2.6 * u, true));
    const qreal titleH = wrappedHeight(slide.leadTitle, p.font(), free.width()) + 0.8 * u;
    p.drawText(QRectF(free.left(), y, free.width(), titleH), Qt::AlignLeft | Qt::TextWordWrap, slide.leadTitle);
    y += titleH;
    if (table.rows.empty())
        return;
    // The list may hold fewer than there are (meta "at_risk" counts them all).
    const int all = std::max(int(table.rows.size()), slide.lead.metaText(QStringLiteral("at_risk")).toInt());
    const int room = int((free.bottom() - y) / rowH) - 1; // the header row
    int shown = std::min(int(table.rows.size()), room);
    if (shown < all)
        shown = std::min(shown, std::max(0, room - 1)); // the last line says how many are left out
    const auto cells = [&](const QStringList& texts, bool header) {
        qreal x = free.left();
        for (int col = 0; col < cols && col < texts.size(); ++col) {
            const QRectF r(x + pad / 2, y, widths[size_t(col)] - pad, rowH);
            const Qt::Alignment align = table.numeric[size_t(col)] ? Qt::AlignRight : Qt::AlignLeft;
            if (!header && col == table.sparklineColumn)
                drawPrintedSparkline(&p, r, texts[col], ChartStyle::downColor(dark));
            else
                p.drawText(r, align | Qt::AlignVCenter, texts[col]);
            x += widths[size_t(col)];
        }
        y += rowH;
    };
    p.setPen(c.muted);
    p.setFont(slideFont(font.pixelSize(), true));
    cells(table.headers, true);
    p.setFont(font);
    for (int r = 0; r < shown; ++r) {
        if (r % 2 == 0)
            p.fillRect(QRectF(free.left(), y, free.width(), rowH), c.card);
        p.setPen(c.ink);
        cells(table.rows[size_t(r)], false);
    }
    if (shown < all) {
        p.setPen(c.muted);
        p.drawText(QRectF(free.left() + pad / 2, y, free.width(), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   SlidePainter::tr("+%n more in the PDF and the workbook", nullptr, all - shown));
    }
}

void paintCharts(QPainter& p, const QRectF& free, const std::vector<QChart*>& charts, qreal u)
{
    const int n = int(charts.size());
    const int cols = n == 1 ? 1 : n <= 4 ? 2 : 3;
    const int rows = (n + cols - 1) / cols;
    const qreal gap = 1.5 * u;
    const qreal w = (free.width() - gap * (cols - 1)) / cols;
    const qreal h = (free.height() - gap * (rows - 1)) / rows;
    // Charts are laid out smaller than drawn, so fonts and lines scale up (readable from the
    // back of a room) while axis labels keep the room they have on screen; a chart alone on
    // its slide also gets larger fonts and thicker lines.
    const qreal emphasis = n == 1 ? 1.25 : 1.0;
    for (int i = 0; i < n; ++i) {
        const QRectF cell(free.left() + (i % cols) * (w + gap), free.top() + (i / cols) * (h + gap), w, h);
        // Axis text grows with the slide like the KPI text: on a large screen the chart may be
        // enlarged beyond 1.7x, until its labels are about as tall as the KPI captions.
        const QList<QAbstractAxis*> axes = charts[size_t(i)]->axes();
        const QFont axisFont = axes.isEmpty() ? QFont() : axes.first()->labelsFont();
        const qreal axisPixels = QFontInfo(axisFont).pixelSize() * emphasis;
        const qreal enlarge = std::max(1.7, 2.0 * u / std::max<qreal>(1, axisPixels));
        // Short cells are laid out no taller than 220 px, so their text does not shrink below
        // what the window shows.
        ChartExport::render(charts[size_t(i)], &p, cell, ChartExport::layoutSizeFor(cell.size(), enlarge, 220),
                            emphasis, SlidePainter::kMinTextPixels);
    }
}

} // namespace

void SlidePainter::paint(QPainter& p, const QRectF& area, const Slide& slide, const QString& footer,
                         const QString& pageText, bool dark)
{
    p.setRenderHint(QPainter::Antialiasing);
    const Palette c{dark ? QColor(0xF3, 0xF4, 0xF6) : QColor(0x11, 0x18, 0x27),
                    dark ? QColor(0x9C, 0xA3, 0xAF) : QColor(0x4B, 0x55, 0x63),
                    dark ? QColor(0x23, 0x26, 0x2E) : QColor(0xF3, 0xF4, 0xF6)};
    p.fillRect(area, dark ? QColor(0x1A, 0x1C, 0x22) : QColor(Qt::white));
    // Everything scales with the height so a projector at any resolution reads alike.
    const qreal u = area.height() / 100.0;
    const QRectF page = area.adjusted(3 * u, 2.5 * u, -3 * u, -2 * u);
    p.setPen(c.ink);
    p.setFont(slideFont(5 * u, true));
    p.drawText(QRectF(page.left(), page.top(), page.width(), 7 * u), Qt::AlignLeft | Qt::AlignVCenter, slide.title);
    QRectF free = page.adjusted(0, 9 * u, 0, -6 * u);
    if (!slide.scope.isEmpty()) {
        p.setPen(c.muted);
        const QRectF box(free.left(), free.top() - 1.5 * u, free.width(), 6 * u);
        drawWrapped(p, box, slide.scope, 2.4 * u, Qt::AlignLeft | Qt::AlignTop);
        free.setTop(free.top() - 1.5 * u
                    + wrappedHeight(slide.scope, fittingFont(slide.scope, box.size(), 2.4 * u), box.width()) + 1.5 * u);
    }

    if (!slide.kpis.empty()) {
        free.setTop(free.top() + paintKpis(p, free, slide, u, c) + 2 * u);
        if (!slide.note.isEmpty()) {
            p.setPen(c.muted);
            const QFont noteFont = fittingFont(slide.note, QSizeF(free.width(), 6 * u), 2 * u);
            const qreal noteH = wrappedHeight(slide.note, noteFont, free.width());
            p.setFont(noteFont);
            p.drawText(QRectF(free.left(), free.top() - u, free.width(), noteH), Qt::AlignLeft | Qt::TextWordWrap,
                       slide.note);
            free.setTop(free.top() - u + noteH + 1.5 * u);
        }
    }

    std::vector<QChart*> charts;
    for (const auto& chart : slide.charts)
        if (chart)
            charts.push_back(chart);
    if (!charts.empty()) {
        paintCharts(p, free, charts, u);
    } else if (!slide.lead.columns.isEmpty()) {
        paintLead(p, free, slide, u, c, dark);
    } else if (!slide.picture.isNull()) {
        const QSizeF fit = QSizeF(slide.picture.size()).scaled(free.size(), Qt::KeepAspectRatio);
        p.drawPixmap(QRectF(QPointF(free.center().x() - fit.width() / 2, free.top()), fit), slide.picture,
                     QRectF(slide.picture.rect()));
    }

    const QRectF footerBox(page.left(), page.bottom() - 4 * u, page.width(), 4 * u);
    p.setPen(c.muted);
    p.setFont(slideFont(2.2 * u));
    const qreal pageW = QFontMetricsF(p.font()).horizontalAdvance(pageText) + 3 * u;
    drawWrapped(p, footerBox.adjusted(0, 0, -pageW, 0), footer, 2.2 * u, Qt::AlignLeft | Qt::AlignVCenter);
    p.setFont(slideFont(2.2 * u));
    p.drawText(footerBox, Qt::AlignRight | Qt::AlignVCenter, pageText);
}

} // namespace ul
