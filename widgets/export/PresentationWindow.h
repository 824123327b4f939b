// SPDX-License-Identifier: MIT
#pragma once

#include "export/ReportSection.h"
#include "export/SlidePainter.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QScreen;
QT_END_NAMESPACE

namespace ul {

/// Full-screen presentation: one slide per tab (KPIs and charts) or one per chart, large fonts
/// and thick lines, the filter summary in the footer. Right/Down/Page Down/Space go forward,
/// Left/Up/Page Up back, Home/End jump, Esc closes. Charts stay owned by their tabs (guarded).
/// GUI thread only.
class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    enum class Mode { PerTab, PerChart };

    PresentationWindow(const std::vector<ReportSection>& sections, const QString& footer, bool dark, Mode mode,
                       QWidget* parent = nullptr);
    int slideCount() const { return int(m_slides.size()); }
    int currentSlide() const { return m_current; }
    void setCurrentSlide(int index);
    /// The first slide of section `section` (a tab); the last slide when out of range.
    int firstSlideOf(int section) const;
    QString slideTitle(int index) const;
    /// Full screen on `screen` (the main window's). The geometry is set first: without a window
    /// manager, showFullScreen() alone leaves the widget at its tiny default size.
    void present(QScreen* screen);
    /// Paints slide `index` into `area` of any painter (the window paints the current one).
    void paintSlide(QPainter& p, const QRectF& area, int index) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    std::vector<Slide> m_slides;
    std::vector<int> m_sectionStarts; ///< [section]: index of its first slide
    QString m_footer;
    bool m_dark = false;
    int m_current = 0;
};

} // namespace ul
