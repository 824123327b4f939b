// SPDX-License-Identifier: MIT
#include "export/PresentationWindow.h"

#include "ChartStyle.h"
#include "export/ChartExport.h"

#include <QChart>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace ul {

namespace {
QFont slideFont(qreal pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(std::max(8, int(pixels)));
    f.setBold(bold);
    return f;
}
} // namespace

PresentationWindow::PresentationWindow(const std::vector<ReportSection>& sections, const QString& footer, bool dark,
                                       Mode mode, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_footer(footer)
    , m_dark(dark)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("UsageLens presentation"));
    setFocusPolicy(Qt::StrongFocus);
    for (const ReportSection& s : sections) {
        if (mode == Mode::PerChart && !s.charts.empty()) {
            // The tab's KPIs open its run of slides; then each chart alone.
            if (!s.kpis.empty())
                m_slides.push_back({s.title, s.kpis, {}, {}});
            for (QChart* c : s.charts)
                m_slides.push_back({s.title + QStringLiteral(" — ") + c->title(), {}, {QPointer<QChart>(c)}, {}});
            continue;
        }
        Slide slide{s.title, s.kpis, {}, s.picture};
        for (QChart* c : s.charts)
            slide.charts.emplace_back(c);
        m_slides.push_back(std::move(slide));
    }
}

void PresentationWindow::setCurrentSlide(int index)
{
    const int clamped = std::clamp(index, 0, std::max(0, slideCount() - 1));
    if (clamped != m_current) {
        m_current = clamped;
        update();
    }
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space: setCurrentSlide(m_current + 1); break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace: setCurrentSlide(m_current - 1); break;
    case Qt::Key_Home: setCurrentSlide(0); break;
    case Qt::Key_End: setCurrentSlide(slideCount() - 1); break;
    case Qt::Key_Escape: close(); break;
    default: QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::mousePressEvent(QMouseEvent* event)
{
    setCurrentSlide(m_current + (event->button() == Qt::RightButton ? -1 : 1));
}

void PresentationWindow::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor bg = m_dark ? QColor(0x1A, 0x1C, 0x22) : QColor(Qt::white);
    const QColor ink = m_dark ? QColor(0xF3, 0xF4, 0xF6) : QColor(0x11, 0x18, 0x27);
    const QColor muted = m_dark ? QColor(0x9C, 0xA3, 0xAF) : QColor(0x4B, 0x55, 0x63);
    const QColor card = m_dark ? QColor(0x23, 0x26, 0x2E) : QColor(0xF3, 0xF4, 0xF6);
    p.fillRect(rect(), bg);
    // Everything scales with the window height so a projector at any resolution reads alike.
    const qreal u = height() / 100.0;
    const QRectF page = QRectF(rect()).adjusted(3 * u, 2.5 * u, -3 * u, -2 * u);
    if (m_slides.empty()) {
        p.setPen(muted);
        p.setFont(slideFont(4 * u));
        p.drawText(page, Qt::AlignCenter, tr("Nothing to present"));
        return;
    }
    const Slide& slide = m_slides[size_t(m_current)];
    p.setPen(ink);
    p.setFont(slideFont(5 * u, true));
    p.drawText(QRectF(page.left(), page.top(), page.width(), 7 * u), Qt::AlignLeft | Qt::AlignVCenter, slide.title);
    QRectF free = page.adjusted(0, 9 * u, 0, -6 * u);

    if (!slide.kpis.empty()) {
        const int n = int(slide.kpis.size());
        const qreal gap = 1.5 * u;
        const qreal w = (free.width() - gap * (n - 1)) / n;
        const qreal h = slide.charts.empty() ? 22 * u : 14 * u;
        for (int i = 0; i < n; ++i) {
            const QRectF box(free.left() + i * (w + gap), free.top(), w, h);
            p.setPen(Qt::NoPen);
            p.setBrush(card);
            p.drawRoundedRect(box, u, u);
            const QStringList lines = slide.kpis[size_t(i)].second.split(QLatin1Char('\n'));
            const QRectF inner = box.adjusted(1.5 * u, 1.2 * u, -1.5 * u, -u);
            p.setPen(muted);
            p.setFont(slideFont(2.2 * u));
            p.drawText(QRectF(inner.left(), inner.top(), inner.width(), 3 * u), Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(slide.kpis[size_t(i)].first, Qt::ElideRight, int(inner.width())));
            p.setPen(ink);
            p.setFont(slideFont((slide.charts.empty() ? 8 : 5.5) * u, true));
            p.drawText(QRectF(inner.left(), inner.top() + 3 * u, inner.width(), inner.height() - 6.5 * u),
                       Qt::AlignLeft | Qt::AlignVCenter, lines.value(0));
            p.setPen(muted);
            p.setFont(slideFont(2 * u));
            p.drawText(
                QRectF(inner.left(), inner.bottom() - 3 * u, inner.width(), 3 * u), Qt::AlignLeft | Qt::AlignVCenter,
                p.fontMetrics().elidedText(lines.mid(1).join(QLatin1Char(' ')), Qt::ElideRight, int(inner.width())));
        }
        free.setTop(free.top() + h + 2 * u);
    }

    std::vector<QChart*> charts;
    for (const auto& c : slide.charts)
        if (c)
            charts.push_back(c);
    if (!charts.empty()) {
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
            ChartExport::render(charts[size_t(i)], &p, cell, ChartExport::layoutSizeFor(cell.size(), 1.7), emphasis);
        }
    } else if (!slide.picture.isNull()) {
        const QSizeF fit = QSizeF(slide.picture.size()).scaled(free.size(), Qt::KeepAspectRatio);
        p.drawPixmap(QRectF(QPointF(free.center().x() - fit.width() / 2, free.top()), fit), slide.picture,
                     QRectF(slide.picture.rect()));
    }

    const QRectF footer(page.left(), page.bottom() - 4 * u, page.width(), 4 * u);
    p.setPen(muted);
    p.setFont(slideFont(2.2 * u));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("%1 / %2").arg(m_current + 1).arg(slideCount()));
}

} // namespace ul
