// SPDX-License-Identifier: MIT
#include "RankLabels.h"

#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>

#include <algorithm>
#include <cmath>

namespace ul {

namespace {
constexpr qreal kGap = 4;              // between a label and the axis line
constexpr qreal kMaxWidthShare = 0.38; // of the chart's width, so the bars keep most of it
constexpr qreal kMinTextWidth = 48;    // eliding further would leave only dots
} // namespace

RankLabels::RankLabels(QChart* chart, const QStringList& texts, bool onlyScaled)
    : QObject(chart)
    , m_chart(chart)
    , m_texts(texts)
    , m_onlyScaled(onlyScaled)
{
    QBrush brush(Qt::black);
    const QList<QAbstractAxis*> vertical = chart->axes(Qt::Vertical);
    if (!vertical.isEmpty()) {
        brush = vertical.first()->labelsBrush();
        m_font = vertical.first()->labelsFont();
        vertical.first()->setLabelsVisible(false);
    }
    m_baseLeftMargin = chart->margins().left();
    m_font.setPixelSize(kMaxPixelSize);
    for (const QString& text : texts) {
        auto* item = new QGraphicsSimpleTextItem(chart);
        item->setBrush(brush);
        item->setFont(m_font);
        item->setText(text);
        m_items.push_back(item);
    }
    m_shown = int(texts.size());
    m_more = new QGraphicsSimpleTextItem(chart);
    m_more->setBrush(brush);
    m_more->setVisible(false);
    connect(chart, &QChart::plotAreaChanged, this, &RankLabels::relayout);
    relayout();
}

RankLabels* RankLabels::of(const QChart* chart)
{
    return chart ? chart->findChild<RankLabels*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QStringList RankLabels::shownTexts() const
{
    QStringList shown;
    for (const QGraphicsSimpleTextItem* item : m_items)
        if (item->isVisible())
            shown << item->text();
    return shown;
}

void RankLabels::showTop(int shown)
{
    const int n = int(m_items.size());
    QBarCategoryAxis* axis = nullptr;
    for (QAbstractAxis* a : m_chart->axes(Qt::Vertical))
        if (auto* bars = qobject_cast<QBarCategoryAxis*>(a))
            axis = bars;
    if (!axis || axis->count() != n)
        shown = n;
    if (shown == m_shown)
        return;
    m_shown = shown;
    // Bottom bar first: the top bars are the last categories.
    if (axis)
        axis->setRange(axis->at(n - shown), axis->at(n - 1));
    for (int i = 0; i < n; ++i)
        m_items[size_t(i)]->setVisible(i >= n - shown);
    m_more->setVisible(shown < n);
    m_more->setText(tr("+%n more", nullptr, n - shown));
}

QRectF RankLabels::box(int index) const
{
    const QGraphicsSimpleTextItem* item = m_items.at(size_t(index));
    return item->mapRectToParent(item->boundingRect());
}

void RankLabels::relayout()
{
    const QRectF plot = m_chart->plotArea();
    const QList<QAbstractSeries*> series = m_chart->series();
    if (m_items.empty() || plot.height() <= 0 || series.isEmpty() || m_relayingOut)
        return;
    const QVariant minimum = m_chart->property(ChartStyle::kMinTextProperty);
    if (m_onlyScaled) {
        // Off the slide the axis names the bars, and the chart keeps its own margin.
        const bool active = minimum.isValid();
        for (QAbstractAxis* axis : m_chart->axes(Qt::Vertical))
            axis->setLabelsVisible(!active);
        if (!active) {
            showTop(int(m_items.size()));
            for (QGraphicsSimpleTextItem* item : m_items)
                item->setVisible(false);
            m_more->setVisible(false);
            if (m_reservedWidth >= 0) {
                m_reservedWidth = -1;
                QMargins margins = m_chart->margins();
                margins.setLeft(m_baseLeftMargin);
                m_chart->setMargins(margins);
            }
            return;
        }
        if (m_shown == int(m_items.size()))
            for (QGraphicsSimpleTextItem* item : m_items)
                item->setVisible(true);
    }
    m_relayingOut = true;
    const int n = int(m_items.size());
    // A slide asks for larger text than the window: rather fewer bars than unreadable names.
    const int minPixels = std::max(kMinPixelSize,
                                   int(std::ceil(m_chart->property(ChartStyle::kMinTextProperty).toReal())));
    int shown = n;
    if (plot.height() / n * 0.85 < minPixels)
        shown = std::clamp(int(plot.height() * 0.85 / minPixels) - 1, 1, n); // a line for "+N more"
    showTop(shown);
    const qreal perBar = plot.height() / qreal(m_shown);
    const qreal room = std::max(kMinTextWidth, m_chart->size().width() * kMaxWidthShare);
    // Larger on a big chart (a full-screen slide), never above what the bars allow; then smaller,
    // down to the minimum, before any name is shortened.
    const int largest = std::clamp(int(m_chart->size().height() / 40), kMaxPixelSize, 2 * kMaxPixelSize);
    int pixels = std::clamp(int(std::floor(perBar * 0.85)), minPixels, std::max(minPixels, largest));
    for (; pixels > minPixels; --pixels) {
        m_font.setPixelSize(pixels);
        const QFontMetricsF trial(m_font);
        qreal widestFull = 0;
        for (const QString& text : m_texts)
            widestFull = std::max(widestFull, trial.horizontalAdvance(text));
        if (widestFull <= room)
            break;
    }
    m_font.setPixelSize(pixels);
    m_more->setFont(m_font);
    const QFontMetricsF metrics(m_font);
    qreal widest = m_more->isVisible() ? metrics.horizontalAdvance(m_more->text()) : 0;
    for (size_t i = 0; i < m_items.size(); ++i) {
        const QString& full = m_texts.at(qsizetype(i));
        const QString shownText = metrics.elidedText(full, Qt::ElideMiddle, room);
        m_items[i]->setFont(m_font);
        m_items[i]->setText(shownText);
        m_items[i]->setToolTip(shownText == full ? QString() : full);
        if (m_items[i]->isVisible())
            widest = std::max(widest, metrics.horizontalAdvance(shownText));
    }
    // Make room on the left. The new margin lays the chart out again later (too late for a snapshot
    // taken now), but it only moves the plot's left edge by the change, so place the labels for that.
    const int reserve = int(std::ceil(widest + kGap));
    qreal left = plot.left();
    if (reserve != m_reservedWidth) {
        left += reserve - std::max(0, m_reservedWidth);
        m_reservedWidth = reserve;
        QMargins margins = m_chart->margins();
        margins.setLeft(m_baseLeftMargin + reserve);
        m_chart->setMargins(margins);
        m_relayingOut = false;
        if (QGraphicsLayout* layout = m_chart->layout())
            layout->activate(); // now, not on a later event: a snapshot may be taken before
        return;                 // the layout above called us back with the final plot area
    }
    for (size_t i = 0; i < m_items.size(); ++i) {
        const qreal centre = m_chart->mapToPosition(QPointF(0, qreal(i)), series.first()).y();
        const QRectF box = m_items[i]->boundingRect();
        m_items[i]->setPos(left - kGap - box.width(), centre - box.height() / 2);
    }
    // Below the lowest bar shown, where the first of those left out would be.
    const QRectF moreBox = m_more->boundingRect();
    m_more->setPos(left - kGap - moreBox.width(), plot.bottom() + 1);
    m_relayingOut = false;
}

} // namespace ul
