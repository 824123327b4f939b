// SPDX-License-Identifier: MIT
#include "RankLabels.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
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

RankLabels::RankLabels(QChart* chart, const QStringList& texts)
    : QObject(chart)
    , m_chart(chart)
    , m_texts(texts)
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
        shown << item->text();
    return shown;
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
    if (m_items.empty() || plot.height() <= 0 || series.isEmpty())
        return;
    const qreal perBar = plot.height() / qreal(m_items.size());
    const qreal room = std::max(kMinTextWidth, m_chart->size().width() * kMaxWidthShare);
    // Larger on a big chart (a full-screen slide), never above what the bars allow; then smaller,
    // down to the minimum, before any name is shortened.
    const int largest = std::clamp(int(m_chart->size().height() / 40), kMaxPixelSize, 2 * kMaxPixelSize);
    int pixels = std::clamp(int(std::floor(perBar * 0.85)), kMinPixelSize, largest);
    for (; pixels > kMinPixelSize; --pixels) {
        m_font.setPixelSize(pixels);
        const QFontMetricsF trial(m_font);
        qreal widestFull = 0;
        for (const QString& text : m_texts)
            widestFull = std::max(widestFull, trial.horizontalAdvance(text));
        if (widestFull <= room)
            break;
    }
    m_font.setPixelSize(pixels);
    const QFontMetricsF metrics(m_font);
    qreal widest = 0;
    for (size_t i = 0; i < m_items.size(); ++i) {
        const QString& full = m_texts.at(qsizetype(i));
        const QString shown = metrics.elidedText(full, Qt::ElideMiddle, room);
        m_items[i]->setFont(m_font);
        m_items[i]->setText(shown);
        m_items[i]->setToolTip(shown == full ? QString() : full);
        widest = std::max(widest, metrics.horizontalAdvance(shown));
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
        if (QGraphicsLayout* layout = m_chart->layout())
            layout->activate(); // now, not on a later event: a snapshot may be taken before
        return;                 // the layout above called us back with the final plot area
    }
    for (size_t i = 0; i < m_items.size(); ++i) {
        const qreal centre = m_chart->mapToPosition(QPointF(0, qreal(i)), series.first()).y();
        const QRectF box = m_items[i]->boundingRect();
        m_items[i]->setPos(left - kGap - box.width(), centre - box.height() / 2);
    }
}

} // namespace ul
