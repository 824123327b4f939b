// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"
#include "db/Annotations.h"

#include <QObject>
#include <QRectF>
#include <QStringList>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace ul {

/// The dataset's notes on a chart over periods (x = period index): a dashed line at the period
/// holding each note and its text along the top of the plot, in rows so texts never overlap
/// (a text without room is left to the line's tooltip). Items of the chart itself, so the
/// slides and the PDF, which draw the chart, show them too. They follow the plot on resizes.
class ChartNotes : public QObject {
    Q_OBJECT
public:
    struct Marker {
        int period = 0;  ///< index of the period on the chart
        QString text;    ///< the notes of that period, joined
        QString tooltip; ///< dates and full texts
    };

    /// Marks the notes that fall in one of the periods starting at `starts` (at `g`); nullptr
    /// (nothing added) when none does. The chart owns the result.
    static ChartNotes* attach(QChart* chart, const std::vector<Day>& starts, Granularity g,
                              const std::vector<Annotation>& notes, bool dark);
    /// The chart's notes, or nullptr.
    static ChartNotes* of(const QChart* chart);
    /// Which markers fall where: notes in one period share a marker.
    static std::vector<Marker> markersFor(const std::vector<Day>& starts, Granularity g,
                                          const std::vector<Annotation>& notes);

    const std::vector<Marker>& markers() const { return m_markers; }
    /// The text drawn for marker i (elided, or empty when it had no room).
    QString shownText(int i) const;
    /// Where marker i's line and text are, in chart coordinates.
    QRectF lineBox(int i) const;
    QRectF textBox(int i) const;

private:
    ChartNotes(QChart* chart, std::vector<Marker> markers, bool dark);
    void relayout();

    QChart* m_chart;
    std::vector<Marker> m_markers;
    std::vector<QGraphicsLineItem*> m_lines;
    std::vector<QGraphicsRectItem*> m_labels; ///< a backing box holding the text item
    std::vector<QGraphicsSimpleTextItem*> m_texts;
};

} // namespace ul
