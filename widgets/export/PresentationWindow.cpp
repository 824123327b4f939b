// SPDX-License-Identifier: MIT
#include "export/PresentationWindow.h"

#include "ChartStyle.h"
#include "export/ChartExport.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>

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

/// Draws `text` in one line of `box`: at `pixels`, or smaller down to `minPixels` until it fits,
/// and only then shortened at the end.
void drawFitted(QPainter& p, const QRectF& box, const QString& text, qreal pixels, qreal minPixels)
{
    QFont f = slideFont(pixels);
    for (qreal px = pixels; px > minPixels; px -= 0.5) {
        f = slideFont(px);
        if (QFontMetricsF(f).horizontalAdvance(text) <= box.width())
            break;
    }
    p.setFont(f);
    p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(text, Qt::ElideRight, int(box.width())));
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
        m_sectionStarts.push_back(int(m_slides.size()));
        if (mode == Mode::PerChart && !s.charts.empty()) {
            // The tab's KPIs open its run of slides; then each chart alone.
            if (!s.kpis.empty())
                m_slides.push_back({s.title, s.kpis, {}, {}, s.kpiNote});
            for (QChart* c : s.charts)
                m_slides.push_back({s.title, {}, {QPointer<QChart>(c)}, {}}); // the chart brings its title
            continue;
        }
        // More than four charts on one slide are too small to read from the back of a room: the
        // tab continues on a second slide.
        constexpr size_t kChartsPerSlide = 4;
        const size_t parts = std::max<size_t>(1, (s.charts.size() + kChartsPerSlide - 1) / kChartsPerSlide);
        for (size_t part = 0; part < parts; ++part) {
            Slide slide{parts > 1 ? tr("%1 (%2 of %3)").arg(s.title).arg(part + 1).arg(parts) : s.title,
                        part == 0 ? s.kpis : std::vector<std::pair<QString, QString>>{},
                        {},
                        part == 0 ? s.picture : QPixmap(),
                        part == 0 ? s.kpiNote : QString()};
            for (size_t i = part * kChartsPerSlide; i < std::min(s.charts.size(), (part + 1) * kChartsPerSlide); ++i)
                slide.charts.emplace_back(s.charts[i]);
            m_slides.push_back(std::move(slide));
        }
    }
}

int PresentationWindow::firstSlideOf(int section) const
{
    if (section >= 0 && section < int(m_sectionStarts.size()))
        return m_sectionStarts[size_t(section)];
    return std::max(0, slideCount() - 1);
}

QString PresentationWindow::slideTitle(int index) const
{
    return index >= 0 && index < slideCount() ? m_slides[size_t(index)].title : QString();
}

void PresentationWindow::present(QScreen* screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen)
        setGeometry(screen->geometry());
    showFullScreen();
    setFocus();
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
            drawFitted(p, QRectF(inner.left(), inner.top(), inner.width(), 3 * u), slide.kpis[size_t(i)].first, 2.2 * u,
                       1.5 * u);
            p.setPen(ink);
            p.setFont(slideFont((slide.charts.empty() ? 8 : 5.5) * u, true));
            p.drawText(QRectF(inner.left(), inner.top() + 3 * u, inner.width(), inner.height() - 6.5 * u),
                       Qt::AlignLeft | Qt::AlignVCenter, lines.value(0));
            p.setPen(muted);
            drawFitted(p, QRectF(inner.left(), inner.bottom() - 3 * u, inner.width(), 3 * u),
                       lines.mid(1).join(QLatin1Char(' ')), 2 * u, 1.4 * u);
        }
        free.setTop(free.top() + h + 2 * u);
        if (!slide.note.isEmpty()) {
            p.setPen(muted);
            drawFitted(p, QRectF(free.left(), free.top() - u, free.width(), 3 * u), slide.note, 2 * u, 1.4 * u);
            free.setTop(free.top() + 3 * u);
        }
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
            // Axis text grows with the slide like the KPI text: on a large screen the chart may be
            // enlarged beyond 1.7x, until its labels are about as tall as the KPI captions.
            const QList<QAbstractAxis*> axes = charts[size_t(i)]->axes();
            const QFont axisFont = axes.isEmpty() ? QFont() : axes.first()->labelsFont();
            const qreal axisPixels = QFontInfo(axisFont).pixelSize() * emphasis;
            const qreal enlarge = std::max(1.7, 2.0 * u / std::max<qreal>(1, axisPixels));
            // Short cells are laid out no taller than 220 px, so their text does not shrink below
            // what the window shows.
            ChartExport::render(charts[size_t(i)], &p, cell, ChartExport::layoutSizeFor(cell.size(), enlarge, 220),
                                emphasis);
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
