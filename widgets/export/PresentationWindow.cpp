// SPDX-License-Identifier: MIT
#include "export/PresentationWindow.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>

#include <algorithm>

namespace ul {

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
                m_slides.push_back({s.title, s.kpis, {}, {}, s.kpiNote, s.kpiScope, s.lead, s.leadTitle});
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
                        part == 0 ? s.kpiNote : QString(),
                        part == 0 ? s.kpiScope : QString(),
                        part == 0 ? s.lead : ReportTable(),
                        s.leadTitle};
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
    paintSlide(p, QRectF(rect()), m_current);
}

void PresentationWindow::paintSlide(QPainter& p, const QRectF& area, int index) const
{
    if (index < 0 || index >= slideCount()) {
        p.fillRect(area, m_dark ? QColor(0x1A, 0x1C, 0x22) : QColor(Qt::white));
        p.setPen(m_dark ? QColor(0x9C, 0xA3, 0xAF) : QColor(0x4B, 0x55, 0x63));
        QFont f;
        f.setPixelSize(int(std::max<qreal>(SlidePainter::kMinTextPixels, area.height() / 25)));
        p.setFont(f);
        p.drawText(area, Qt::AlignCenter, tr("Nothing to present"));
        return;
    }
    SlidePainter::paint(p, area, m_slides[size_t(index)], m_footer, tr("%1 / %2").arg(index + 1).arg(slideCount()),
                        m_dark);
}

} // namespace ul
