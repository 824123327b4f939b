// SPDX-License-Identifier: MIT
#include "export/ReportDocument.h"

#include "ChartStyle.h"
#include "core/NumberFormat.h"
#include "export/ChartExport.h"
#include "export/PrintedTable.h"

#include "export/OutputFile.h"
#include <QBuffer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ul {

namespace {
const QColor kInk(0x1F, 0x29, 0x37);
const QColor kMuted(0x6B, 0x72, 0x80);
const QColor kRule(0xD1, 0xD5, 0xDB);
const QColor kBand(0xF3, 0xF4, 0xF6);
const QColor kAccent(0x00, 0x72, 0xB2);

QFont font(qreal points, bool bold = false)
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

/// Text in `box`: on one line at `points` or smaller down to `minPoints` until it fits; wrapped
/// onto the lines below when even that is too wide (never shortened).
void drawFitted(QPainter* p, QPaintDevice* device, const QRectF& box, const QString& text, qreal points,
                qreal minPoints)
{
    QFont f = font(points);
    for (qreal pt = points; pt > minPoints; pt -= 0.25) {
        f = font(pt);
        if (QFontMetricsF(f, device).horizontalAdvance(text) <= box.width())
            break;
    }
    p->setFont(f);
    if (QFontMetricsF(f, device).horizontalAdvance(text) <= box.width())
        p->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
    else
        p->drawText(QRectF(box.left(), box.top(), box.width(), box.height() * 3), Qt::AlignLeft | Qt::TextWordWrap,
                    text);
}

/// The height `text` takes wrapped to `width` at `points`.
qreal wrappedHeight(QPaintDevice* device, const QString& text, qreal points, qreal width)
{
    return QFontMetricsF(font(points), device).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

/// A section's lead list (Health: the customers at risk) across `box`: the rows that fit, then
/// how many more the tables pages hold.
void drawLead(QPainter* p, QPaintDevice* device, const QRectF& box, const ReportTable& lead, const QString& title,
              const std::function<qreal(qreal)>& px)
{
    const PrintedTable table = PrintedTable::from(lead);
    const PrintedTableLayout layout = PrintedTableLayout::fit(table, box.width(), box.width(), device, px);
    const QFontMetricsF fm(printedTableFont(layout.points + 1.5), device);
    const qreal rowH = fm.height() * 1.4;
    qreal y = box.top();
    p->setPen(kInk);
    p->setFont(font(11, true));
    p->drawText(QRectF(box.left(), y, box.width(), px(18)), Qt::AlignLeft | Qt::AlignVCenter, title);
    y += px(20);
    if (table.rows.empty())
        return;
    // The layout's widths are for its font; the lead is printed larger, so widths grow alike.
    const qreal grow = box.width() / std::max<qreal>(1, layout.width());
    const auto draw = [&](const QStringList& cells, bool header) {
        qreal x = box.left();
        for (int c = 0; c < cells.size() && c < table.headers.size(); ++c) {
            const qreal w = layout.widths[size_t(c)] * grow;
            const QRectF r(x + px(4), y, w - px(8), rowH);
            if (!header && c == table.sparklineColumn)
                drawPrintedSparkline(p, r, cells[c], ChartStyle::downColor(false));
            else
                p->drawText(r, (table.numeric[size_t(c)] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                            cells[c]);
            x += w;
        }
        y += rowH;
    };
    p->fillRect(QRectF(box.left(), y, box.width(), rowH), kBand);
    p->setFont(printedTableFont(layout.points + 1.5, true));
    draw(table.headers, true);
    const int all = std::max(int(table.rows.size()), lead.metaText(QStringLiteral("at_risk")).toInt());
    const int room = int((box.bottom() - y) / rowH);
    int shown = std::min(int(table.rows.size()), room);
    if (shown < all)
        shown = std::min(shown, std::max(0, room - 1)); // the last line says how many are left out
    p->setFont(printedTableFont(layout.points + 1.5));
    for (int r = 0; r < shown; ++r) {
        p->setPen(kInk);
        draw(table.rows[size_t(r)], false);
        p->setPen(kRule);
        p->drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
    }
    if (shown < all) {
        p->setPen(kMuted);
        p->drawText(QRectF(box.left() + px(4), y, box.width(), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                    ReportDocument::tr("+%n more on the tables pages", nullptr, all - shown));
    }
}

int screenDpi()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? int(std::lround(screen->logicalDotsPerInch())) : 96;
}
} // namespace

/// Page bookkeeping shared by the counting pass (no painter) and the painting pass.
class ReportDocument::Pager {
public:
    Pager(QPagedPaintDevice* device, QPainter* painter, int total, const Info& info)
        : m_device(device)
        , m_painter(painter)
        , m_total(total)
        , m_info(info)
    {
        m_page = QRectF(device->pageLayout().paintRectPixels(device->logicalDpiX()));
        m_page.moveTo(0, 0);
        m_dpi = device->logicalDpiX();
    }
    QPainter* painter() const { return m_painter; }
    QPagedPaintDevice* device() const { return m_device; }
    /// The area between the header band and the footer of the current page.
    QRectF body() const { return m_page.adjusted(0, 0, 0, -px(22)); }
    qreal px(qreal points) const { return points * m_dpi / 72.0; }
    int pages() const { return m_count; }
    void newPage()
    {
        if (m_count > 0) {
            finishPage();
            if (m_painter)
                m_device->newPage();
        }
        ++m_count;
    }
    void finish()
    {
        if (m_count > 0)
            finishPage();
    }

private:
    void finishPage()
    {
        if (!m_painter)
            return;
        QPainter& p = *m_painter;
        const QRectF footer(m_page.left(), m_page.bottom() - px(14), m_page.width(), px(14));
        p.setPen(kRule);
        p.drawLine(footer.topLeft(), footer.topRight());
        p.setPen(kMuted);
        p.setFont(font(7.5));
        p.drawText(
            footer, Qt::AlignLeft | Qt::AlignBottom,
            ReportDocument::tr("UsageLens · %1 · %2").arg(QFileInfo(m_info.workspace).fileName(), m_info.dataset));
        p.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                   ReportDocument::tr("Page %1 of %2").arg(m_count).arg(m_total));
    }

    QPagedPaintDevice* m_device;
    QPainter* m_painter;
    int m_total;
    const Info& m_info;
    QRectF m_page;
    int m_dpi = 96;
    int m_count = 0;
};

ReportDocument::ReportDocument(Info info, std::vector<ReportSection> sections)
    : m_info(std::move(info))
    , m_sections(std::move(sections))
{}

int ReportDocument::paint(QPagedPaintDevice* device) const
{
    // Two passes: the first only counts pages so every footer can say "of N".
    Pager counter(device, nullptr, 0, m_info);
    paintAll(counter);
    QPainter painter;
    // A device that cannot be painted on (its file could not be opened) paints nothing at all,
    // rather than printing a warning per drawing call.
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Pager pager(device, &painter, counter.pages(), m_info);
    paintAll(pager);
    return pager.pages();
}

void ReportDocument::paintAll(Pager& pager) const
{
    QPainter* p = pager.painter();
    const auto px = [&](qreal pt) { return pager.px(pt); };

    // Title page: a dataset of invoices gets a revenue report.
    const bool revenueFirst = !m_sections.empty() && m_sections.front().key == QLatin1String("revenue");
    pager.newPage();
    const QRectF body = pager.body();
    if (p) {
        p->fillRect(QRectF(body.left(), body.top(), body.width(), px(6)), kAccent);
        p->setPen(kInk);
        p->setFont(font(28, true));
        p->drawText(QRectF(body.left(), body.top() + px(60), body.width(), px(40)), Qt::AlignLeft | Qt::AlignVCenter,
                    revenueFirst ? tr("Revenue report") : tr("Usage report"));
        p->setFont(font(16));
        p->drawText(QRectF(body.left(), body.top() + px(104), body.width(), px(26)), Qt::AlignLeft, m_info.dataset);
        const QList<std::pair<QString, QString>> facts{
            {tr("Workspace"), QFileInfo(m_info.workspace).fileName()},
            {tr("Dataset"), m_info.dataset},
            {tr("Filters"), m_info.filters},
            {tr("Produced"), QLocale().toString(m_info.produced, QLocale::LongFormat)},
        };
        qreal y = body.top() + px(160);
        for (const auto& [label, value] : facts) {
            p->setFont(font(10, true));
            p->setPen(kMuted);
            p->drawText(QRectF(body.left(), y, px(90), px(18)), Qt::AlignLeft | Qt::AlignVCenter, label);
            p->setFont(font(10));
            p->setPen(kInk);
            p->drawText(QRectF(body.left() + px(95), y, body.width() - px(95), px(18)),
                        Qt::AlignLeft | Qt::AlignVCenter, value);
            y += px(22);
        }
        y += px(20);
        p->setFont(font(12, true));
        p->drawText(QRectF(body.left(), y, body.width(), px(20)), Qt::AlignLeft, tr("Contents"));
        y += px(24);
        p->setFont(font(10));
        for (const ReportSection& s : m_sections) {
            if (y > body.bottom() - px(20))
                break;
            p->drawText(QRectF(body.left() + px(12), y, body.width(), px(16)), Qt::AlignLeft,
                        QStringLiteral("• ") + s.title);
            y += px(16);
        }
    }

    for (const ReportSection& section : m_sections) {
        pager.newPage();
        QRectF area = pager.body();
        const auto header = [&](const QString& suffix) {
            if (p) {
                p->setPen(kInk);
                p->setFont(font(16, true));
                p->drawText(QRectF(area.left(), area.top(), area.width() * 0.6, px(24)),
                            Qt::AlignLeft | Qt::AlignVCenter, section.title + suffix);
                p->setPen(kMuted);
                p->setFont(font(8));
                p->drawText(QRectF(area.left() + area.width() * 0.4, area.top(), area.width() * 0.6, px(24)),
                            Qt::AlignRight | Qt::AlignVCenter, m_info.filters);
                p->setPen(kRule);
                p->drawLine(QPointF(area.left(), area.top() + px(28)), QPointF(area.right(), area.top() + px(28)));
            }
            return area.adjusted(0, px(36), 0, 0);
        };
        QRectF free = header(QString());
        if (!section.kpiScope.isEmpty()) {
            const qreal h = wrappedHeight(pager.device(), section.kpiScope, 9, free.width());
            if (p) {
                p->setPen(kMuted);
                p->setFont(font(9));
                p->drawText(QRectF(free.left(), free.top() - px(4), free.width(), h), Qt::AlignLeft | Qt::TextWordWrap,
                            section.kpiScope);
            }
            free.setTop(free.top() - px(4) + h + px(8));
        }

        if (!section.kpis.empty()) {
            const qreal gap = px(8);
            const int n = int(section.kpis.size());
            const int perRow = std::min(n, 6);
            const qreal w = (free.width() - gap * (perRow - 1)) / perRow;
            const qreal h = px(62); // room for a note on two lines
            for (int i = 0; i < n; ++i) {
                const QRectF card(free.left() + (i % perRow) * (w + gap), free.top() + (i / perRow) * (h + gap), w, h);
                if (!p)
                    continue;
                p->setPen(kRule);
                p->setBrush(kBand);
                p->drawRoundedRect(card, px(4), px(4));
                const QStringList lines = section.kpis[size_t(i)].second.split(QLatin1Char('\n'));
                const QRectF inner = card.adjusted(px(8), px(5), -px(8), -px(4));
                p->setPen(kMuted);
                drawFitted(p, pager.device(), QRectF(inner.left(), inner.top(), inner.width(), px(11)),
                           section.kpis[size_t(i)].first, 7.5, 5.5);
                p->setPen(kInk);
                p->setFont(font(15, true));
                p->drawText(QRectF(inner.left(), inner.top() + px(12), inner.width(), px(22)),
                            Qt::AlignLeft | Qt::AlignVCenter, lines.value(0));
                p->setPen(kMuted);
                drawFitted(p, pager.device(), QRectF(inner.left(), inner.top() + px(35), inner.width(), px(10)),
                           lines.mid(1).join(QLatin1Char(' ')), 7, 6);
            }
            const int rows = (n + perRow - 1) / perRow;
            free.setTop(free.top() + rows * (h + gap) + px(4));
            if (!section.kpiNote.isEmpty()) {
                const qreal h = wrappedHeight(pager.device(), section.kpiNote, 8, free.width());
                if (p) {
                    p->setPen(kMuted);
                    p->setFont(font(8));
                    p->drawText(QRectF(free.left(), free.top(), free.width(), h), Qt::AlignLeft | Qt::TextWordWrap,
                                section.kpiNote);
                }
                free.setTop(free.top() + h + px(8));
            }
        }
        if (!section.lead.columns.isEmpty() && section.charts.empty() && p)
            drawLead(p, pager.device(), free, section.lead, section.leadTitle, px);

        // Charts: up to 3 x 3 per page, as vector graphics through the chart's scene.
        size_t next = 0;
        while (next < section.charts.size()) {
            const size_t left = section.charts.size() - next;
            const int onPage = int(std::min<size_t>(left, 9));
            const int cols = onPage == 1 ? 1 : onPage <= 4 ? 2 : 3;
            const int rows = (onPage + cols - 1) / cols;
            const qreal gap = px(8);
            const qreal w = (free.width() - gap * (cols - 1)) / cols;
            const qreal h = std::min((free.height() - gap * (rows - 1)) / rows, w * 0.75);
            for (int i = 0; i < onPage; ++i) {
                const QRectF cell(free.left() + (i % cols) * (w + gap), free.top() + (i / cols) * (h + gap), w, h);
                if (p) {
                    p->setPen(kRule);
                    p->setBrush(Qt::NoBrush);
                    ChartExport::render(section.charts[next + size_t(i)], p, cell,
                                        ChartExport::layoutSizeFor(cell.size(), 1.0));
                    p->drawRect(cell);
                }
            }
            next += size_t(onPage);
            if (next < section.charts.size()) {
                pager.newPage();
                area = pager.body();
                free = header(tr(" (continued)"));
            }
        }

        if (!section.picture.isNull() && p) {
            const QSizeF fit = QSizeF(section.picture.size()).scaled(free.size(), Qt::KeepAspectRatio);
            p->drawPixmap(QRectF(QPointF(free.center().x() - fit.width() / 2, free.top()), fit), section.picture,
                          QRectF(section.picture.rect()));
        }

        // Tables: typeset (display headers, locale numbers right-aligned); narrow ones flow through
        // two columns, wide ones take the page width; headers repeat after every break.
        if (section.tables.empty())
            continue;
        pager.newPage();
        area = pager.body();
        free = header(tr(" — tables"));
        const qreal colGap = px(16);
        const qreal half = (free.width() - colGap) / 2;
        qreal bandTop = free.top(); // where the current pair of columns starts
        int column = 0;             // 0 left, 1 right (half-width tables)
        qreal columnEnd[2] = {bandTop, bandTop};
        const auto freshPage = [&] {
            pager.newPage();
            area = pager.body();
            free = header(tr(" — tables (continued)"));
            bandTop = free.top();
            column = 0;
            columnEnd[0] = columnEnd[1] = bandTop;
        };
        for (const ReportTable& source : section.tables) {
            if (source.columns.isEmpty())
                continue;
            const PrintedTable table = PrintedTable::from(source);
            const PrintedTableLayout layout = PrintedTableLayout::fit(table, half, free.width(), pager.device(),
                                                                      [&](qreal pt) { return px(pt); });
            const QFontMetricsF fm(printedTableFont(layout.points), pager.device());
            const qreal rowH = fm.height() * 1.35;
            const qreal headH = rowH * layout.headerLines;
            const qreal titleH = px(15);
            qreal x0 = 0, y = 0;
            const auto place = [&](bool continuing) {
                if (layout.fullWidth) {
                    // Below whatever both columns hold.
                    y = std::max(columnEnd[0], columnEnd[1]);
                    if (y + titleH + headH + rowH * (continuing ? 1 : 3) > free.bottom()) {
                        freshPage();
                        y = bandTop;
                    }
                    x0 = free.left();
                    return;
                }
                // The shorter column first, so two narrow tables stand side by side.
                const qreal need = titleH + headH + rowH * (continuing ? 1 : 3);
                const int first = columnEnd[1] < columnEnd[0] ? 1 : 0;
                bool placed = false;
                for (const int c : {first, 1 - first}) {
                    if (columnEnd[c] + need <= free.bottom()) {
                        column = c;
                        placed = true;
                        break;
                    }
                }
                if (!placed)
                    freshPage();
                y = columnEnd[column];
                x0 = free.left() + column * (half + colGap);
            };
            const auto finishPart = [&] {
                if (layout.fullWidth) {
                    bandTop = y;
                    column = 0;
                    columnEnd[0] = columnEnd[1] = y;
                } else {
                    columnEnd[column] = y;
                }
            };
            const auto drawHead = [&](bool continued) {
                if (p) {
                    p->setPen(kInk);
                    p->setFont(font(9, true));
                    p->drawText(QRectF(x0, y, layout.fullWidth ? free.width() : half, titleH),
                                Qt::AlignLeft | Qt::AlignVCenter,
                                continued ? tr("%1 (continued)").arg(table.title) : table.title);
                    p->fillRect(QRectF(x0, y + titleH, layout.width(), headH), kBand);
                    p->setFont(printedTableFont(layout.points, true));
                    qreal x = x0;
                    for (int c = 0; c < table.headers.size(); ++c) {
                        const qreal w = layout.widths[size_t(c)];
                        const Qt::Alignment align = table.numeric[size_t(c)] ? Qt::AlignRight : Qt::AlignLeft;
                        p->drawText(QRectF(x + px(3), y + titleH, w - px(6), headH),
                                    align | Qt::AlignVCenter | Qt::TextWordWrap, table.headers[c]);
                        x += w;
                    }
                }
                y += titleH + headH;
            };
            place(false);
            drawHead(false);
            for (const QStringList& row : table.rows) {
                if (y + rowH > free.bottom()) {
                    // Continue in the other column when it has room, else on a new page.
                    y = free.bottom();
                    finishPart();
                    if (layout.fullWidth)
                        freshPage();
                    place(true);
                    drawHead(true);
                }
                if (p) {
                    p->setFont(printedTableFont(layout.points));
                    p->setPen(kInk);
                    qreal x = x0;
                    for (int c = 0; c < row.size() && c < table.headers.size(); ++c) {
                        const qreal w = layout.widths[size_t(c)];
                        const QRectF r(x + px(3), y, w - px(6), rowH);
                        if (c == table.sparklineColumn)
                            drawPrintedSparkline(p, r, row[c], ChartStyle::seriesColor(0));
                        else
                            p->drawText(r,
                                        (table.numeric[size_t(c)] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                                        fm.elidedText(row[c], Qt::ElideMiddle, r.width()));
                        x += w;
                    }
                    p->setPen(kBand);
                    p->drawLine(QPointF(x0, y + rowH), QPointF(x0 + layout.width(), y + rowH));
                }
                y += rowH;
            }
            y += px(12);
            finishPart();
        }
    }
    pager.finish();
}

bool ReportDocument::writePdf(const QString& path, QPageSize::PageSizeId pageSize, int* pages, QString* error) const
{
    // Into memory first, then through OutputFile: the PDF engine does not report a write that
    // failed half-way (a full disk gave a cut file and success), OutputFile does; and only a
    // regular file is replaced, after the document is complete.
    if (!OutputFile::checkTarget(path, error))
        return false;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !writePdf(&buffer, pageSize, pages)) {
        *error = tr("Cannot write %1").arg(path);
        return false;
    }
    buffer.close();
    return OutputFile::writeAll(path, bytes, error);
}

bool ReportDocument::writePdf(QIODevice* device, QPageSize::PageSizeId pageSize, int* pages) const
{
    QPdfWriter writer(device);
    // The screen's DPI: chart fonts are laid out for it, so text and plot areas stay in proportion.
    writer.setResolution(screenDpi());
    writer.setPageLayout(
        QPageLayout(QPageSize(pageSize), QPageLayout::Landscape, QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter));
    writer.setTitle(tr("UsageLens report — %1").arg(m_info.dataset));
    writer.setCreator(QStringLiteral("UsageLens"));
    const int n = paint(&writer);
    if (pages)
        *pages = n;
    return n > 0;
}

} // namespace ul
