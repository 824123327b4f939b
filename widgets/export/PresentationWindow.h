// SPDX-License-Identifier: MIT
#pragma once

#include "export/ReportSection.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
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

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Slide {
        QString title;
        std::vector<std::pair<QString, QString>> kpis;
        std::vector<QPointer<QChart>> charts;
        QPixmap picture;
    };

    std::vector<Slide> m_slides;
    QString m_footer;
    bool m_dark = false;
    int m_current = 0;
};

} // namespace ul
