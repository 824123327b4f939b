// SPDX-License-Identifier: MIT
#include "ChartNotes.h"

#include "ChartStyle.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>
#include <array>
#include <cmath>

namespace ul {

namespace {
constexpr int kRows = 3;          // texts stack at most this deep below the plot's top edge
constexpr qreal kPad = 3;         // between a line and its text, and around the text
constexpr qreal kZ = 100;         // above the series and grid
constexpr qreal kMaxShare = 0.45; // of the plot's width one text may take
} // namespace

std::vector<ChartNotes::Marker> ChartNotes::markersFor(const std::vector<Day>& starts, Granularity g,
                                                       const std::vector<Annotation>& notes)
{
    std::vector<Marker> markers;
    if (starts.empty())
        return markers;
    std::vector<Annotation> sorted = notes;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Annotation& a, const Annotation& b) { return a.day < b.day; });
    const Day end = nextPeriodStart(starts.back(), g);
    for (const Annotation& note : sorted) {
        if (note.day < starts.front() || note.day >= end)
            continue;
        const int period = int(std::upper_bound(starts.begin(), starts.end(), note.day) - starts.begin()) - 1;
        const QString line = QStringLiteral("%1 — %2").arg(isoDate(note.day), note.text);
        if (!markers.empty() && markers.back().period == period) {
            markers.back().text += QStringLiteral(" · ") + note.text;
            markers.back().tooltip += QLatin1Char('\n') + line;
        } else {
            markers.push_back({period, note.text, line});
        }
    }
    return markers;
}

ChartNotes* ChartNotes::attach(QChart* chart, const std::vector<Day>& starts, Granularity g,
                               const std::vector<Annotation>& notes, bool dark)
{
    if (!chart || chart->series().isEmpty())
        return nullptr;
    std::vector<Marker> markers = markersFor(starts, g, notes);
    if (markers.empty())
        return nullptr;
    return new ChartNotes(chart, std::move(markers), dark);
}

ChartNotes* ChartNotes::of(const QChart* chart)
{
    return chart ? chart->findChild<ChartNotes*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

ChartNotes::ChartNotes(QChart* chart, std::vector<Marker> markers, bool dark)
    : QObject(chart)
    , m_chart(chart)
    , m_markers(std::move(markers))
{
    const QColor color = ChartStyle::noteColor(dark);
    QColor backing = chart->backgroundBrush().color();
    backing.setAlpha(215);
    for (const Marker& m : m_markers) {
        auto* line = new QGraphicsLineItem(chart);
        line->setPen(QPen(color, 1.5, Qt::DashLine));
        line->setZValue(kZ);
        line->setToolTip(m.tooltip);
        auto* box = new QGraphicsRectItem(chart);
        box->setBrush(backing);
        box->setPen(Qt::NoPen);
        box->setZValue(kZ + 1);
        box->setToolTip(m.tooltip);
        auto* text = new QGraphicsSimpleTextItem(box);
        text->setBrush(color);
        m_lines.push_back(line);
        m_labels.push_back(box);
        m_texts.push_back(text);
    }
    connect(chart, &QChart::plotAreaChanged, this, &ChartNotes::relayout);
    relayout();
}

QString ChartNotes::shownText(int i) const
{
    return m_labels.at(size_t(i))->isVisible() ? m_texts.at(size_t(i))->text() : QString();
}

QRectF ChartNotes::lineBox(int i) const
{
    const QLineF l = m_lines.at(size_t(i))->line();
    return QRectF(l.p1(), l.p2()).normalized();
}

QRectF ChartNotes::textBox(int i) const
{
    const QGraphicsRectItem* box = m_labels.at(size_t(i));
    return box->isVisible() ? box->rect() : QRectF();
}

void ChartNotes::relayout()
{
    const QRectF plot = m_chart->plotArea();
    const QList<QAbstractSeries*> series = m_chart->series();
    if (plot.width() <= 0 || series.isEmpty())
        return;
    // Larger on a big chart (a full-screen slide).
    QFont font = m_chart->font();
    font.setPixelSize(std::clamp(int(m_chart->size().height() / 40), 10, 22));
    const QFontMetricsF metrics(font);
    const qreal rowHeight = metrics.height() + 2;
    const qreal maxWidth = std::max(60.0, plot.width() * kMaxShare);
    std::array<qreal, kRows> rowEnd;
    rowEnd.fill(-1e9);
    for (size_t i = 0; i < m_markers.size(); ++i) {
        const qreal x = m_chart->mapToPosition(QPointF(m_markers[i].period, 0), series.first()).x();
        m_lines[i]->setLine(x, plot.top(), x, plot.bottom());
        const QString shown = metrics.elidedText(m_markers[i].text, Qt::ElideRight, maxWidth);
        const qreal width = metrics.horizontalAdvance(shown) + 2 * kPad;
        // Right of the line; left of it near the plot's right edge.
        qreal left = x + kPad;
        if (left + width > plot.right())
            left = std::max(plot.left(), x - kPad - width);
        int row = 0;
        while (row < kRows && left < rowEnd[size_t(row)] + kPad)
            ++row;
        if (row == kRows) {
            m_labels[i]->setVisible(false); // no room: the line's tooltip still tells
            continue;
        }
        rowEnd[size_t(row)] = left + width;
        m_texts[i]->setFont(font);
        m_texts[i]->setText(shown);
        m_texts[i]->setPos(left + kPad, plot.top() + 1 + row * rowHeight);
        m_labels[i]->setRect(left, plot.top() + row * rowHeight, width, rowHeight);
        m_labels[i]->setVisible(true);
    }
}

} // namespace ul
