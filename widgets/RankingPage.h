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
/// Plain values in; GUI thread only. customerClicked() on a click on a bar, customerRequested()
/// on a double-click on a row.
class RankingPage : public QWidget {
    Q_OBJECT
public:
    explicit RankingPage(QWidget* parent = nullptr);
    /// `ranking`: the view's table; `previousKnown`: the data covers the span before the range;
    /// `trendNote`: which periods the sparklines show ("months of the range").
    void setRanking(const ReportTable& ranking, bool previousKnown, const QString& trendNote, bool dark);
    void showMessage(const QString& message, bool dark);
    /// The `distribution` view of the customers' totals: a box plot with its figures.
    void setDistribution(const ReportTable& distribution, bool dark);
    ChartPanel* distributionPanel() const { return m_distribution; }

    ChartPanel* chartPanel() const { return m_chart; }
    QTableView* table() const { return m_table; }
    RankingTableModel* model() const { return m_model; }
    QCheckBox* logScale() const { return m_log; }

signals:
    /// A double-click on a row: open the customer's view.
    void customerRequested(const QString& externalId);
    /// A click on a customer's bar (the tab decides: filter to it, or open it).
    void customerClicked(const QString& externalId);

private:
    void redrawChart();

    ReportTable m_ranking;
    bool m_dark = false;
    ChartPanel* m_chart = nullptr;
    ChartPanel* m_distribution = nullptr;
    QCheckBox* m_log = nullptr;
    QLabel* m_note = nullptr;
    RankingTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace ul
