// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ul {

class ChartPanel;
class RankingTableModel;

/// The "Ranking" page of a metric tab: the top customers as bars with a Pareto line of their
/// running share (linear or log axis), and beside them the `ranking` view as a sortable table
/// (share, cumulative share, the span before the range, rank move, a sparkline of the trend).
/// Plain values in; GUI thread only. customerRequested() on a click on a bar or a double-click
/// on a row.
class RankingPage : public QWidget {
    Q_OBJECT
public:
    explicit RankingPage(QWidget* parent = nullptr);
    /// `ranking`: the view's table; `previousKnown`: the data covers the span before the range;
    /// `trendNote`: which periods the sparklines show ("months of the range").
    void setRanking(const ReportTable& ranking, bool previousKnown, const QString& trendNote, bool dark);
    void showMessage(const QString& message, bool dark);

    ChartPanel* chartPanel() const { return m_chart; }
    QTableView* table() const { return m_table; }
    RankingTableModel* model() const { return m_model; }
    QCheckBox* logScale() const { return m_log; }

signals:
    void customerRequested(const QString& externalId);

private:
    void redrawChart();

    ReportTable m_ranking;
    bool m_dark = false;
    ChartPanel* m_chart = nullptr;
    QCheckBox* m_log = nullptr;
    QLabel* m_note = nullptr;
    RankingTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace ul
