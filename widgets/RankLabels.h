// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QObject>
#include <QStringList>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace ul {

/// The names beside the bars of a horizontal ranking chart, drawn by us instead of by the
/// category axis: Qt Charts turns an axis label into "..." as soon as its category is less tall
/// than the text, which at 1280x720 with 20 bars loses every customer id. These labels shrink
/// to the space per bar (never below a readable size) and elide the middle of ids longer than
/// the room beside the chart, never to nothing. They follow the plot area on every resize.
/// Drawn scaled (a slide, ChartStyle::kMinTextProperty), labels that would fall below the
/// minimum make the chart show fewer bars, the top ones, and a "+N more" line instead.
class RankLabels : public QObject {
    Q_OBJECT
public:
    /// `texts`: one per bar, bottom bar first (the order of the bar set). The chart owns this.
    /// `onlyScaled`: draw the names only while the chart is drawn scaled for a slide; elsewhere the
    /// category axis labels them (a chart whose title and legend need the full width).
    RankLabels(QChart* chart, const QStringList& texts, bool onlyScaled = false);

    static constexpr int kMinPixelSize = 8;  ///< below this an id is not readable on a projector
    static constexpr int kMaxPixelSize = 12; ///< on a dashboard-sized chart; slides go larger

    /// What is drawn now, bottom bar first (for tests and tooltips).
    QStringList shownTexts() const;
    const QStringList& texts() const { return m_texts; }
    /// Where label `index` is drawn, in chart coordinates.
    QRectF box(int index) const;
    int pixelSize() const { return m_font.pixelSize(); }
    /// The bars shown (the top ones); fewer than texts() when a slide's minimum left no room.
    int shownCount() const { return m_shown; }
    /// The chart's rank labels, or nullptr when it has none.
    static RankLabels* of(const QChart* chart);

private:
    void relayout();
    /// Shows the top `shown` bars only (all when it is the count), with the "+N more" line.
    void showTop(int shown);

    QChart* m_chart;
    QStringList m_texts;
    std::vector<QGraphicsSimpleTextItem*> m_items;
    QGraphicsSimpleTextItem* m_more = nullptr; ///< "+N more" below the labels
    int m_shown = 0;
    bool m_relayingOut = false;
    bool m_onlyScaled = false;
    QFont m_font;
    int m_baseLeftMargin = 0;
    int m_reservedWidth = -1;
};

} // namespace ul
