// SPDX-License-Identifier: MIT
#include "RankingPage.h"

#include "ChartPanel.h"
#include "DistributionChart.h"
#include "UsageCharts.h"
#include "core/StandardColumns.h"
#include "segments/SparklineDelegate.h"
#include "tables/ColumnFit.h"
#include "tables/RankingTableModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ul {

RankingPage::RankingPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    m_chart = new ChartPanel(tr("Top customers and their running share"), left);
    leftLayout->addWidget(m_chart, 1);
    m_log = new QCheckBox(tr("Log scale"), left);
    m_log->setToolTip(tr("Bars on a log axis, so one very large customer does not flatten the others"));
    leftLayout->addWidget(m_log);
    m_distribution = new ChartPanel(tr("Distribution of customer totals"), left);
    m_distribution->setObjectName(QStringLiteral("distributionPanel"));
    leftLayout->addWidget(m_distribution, 1);
    layout->addWidget(left, 2);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(4);
    m_model = new RankingTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RankingTableModel::SortRole);
    m_table = new QTableView(right);
    m_table->setObjectName(QStringLiteral("rankingTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->setItemDelegateForColumn(m_model->columnCount() - 1,
                                      new SparklineDelegate(RankingTableModel::TrendRole, m_table));
    fitColumnsToWidth(m_table);
    rightLayout->addWidget(m_table, 1);
    m_note = new QLabel(right);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 8pt;"));
    rightLayout->addWidget(m_note);
    layout->addWidget(right, 3);

    connect(m_log, &QCheckBox::toggled, this, &RankingPage::redrawChart);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit customerRequested(index.data(RankingTableModel::CustomerRole).toString());
    });
}

void RankingPage::setRanking(const ReportTable& ranking, bool previousKnown, const QString& trendNote, bool dark)
{
    m_ranking = ranking;
    m_dark = dark;
    m_model->setRanking(ranking, previousKnown, dark);
    // Without the span before, its three columns would only say "n/a": the note says why.
    for (const int column : {5, 6, 7})
        m_table->setColumnHidden(column, !previousKnown);
    m_note->setText(previousKnown ? tr("Previous span: the same number of days right before the range. Trend: %1. "
                                       "Double-click a customer to open it.")
                                        .arg(trendNote)
                                  : tr("The data does not reach back over the span before the range: no changes or "
                                       "rank moves. Trend: %1.")
                                        .arg(trendNote));
    redrawChart();
}

void RankingPage::redrawChart()
{
    if (m_ranking.rows.empty()) {
        m_chart->showMessage(tr("No data for this selection"), m_dark);
        return;
    }
    std::vector<RankedCustomer> ranked;
    std::vector<std::optional<double>> cumulative;
    for (size_t i = 0; i < m_ranking.rows.size(); ++i) {
        RankedCustomer r;
        r.rank = int(m_ranking.number(i, cols::rank).value_or(0));
        r.customer = m_ranking.text(i, cols::customer);
        r.value = m_ranking.number(i, cols::value).value_or(0);
        r.sharePct = m_ranking.number(i, cols::sharePct);
        ranked.push_back(r);
        cumulative.push_back(m_ranking.number(i, cols::cumulativeSharePct));
    }
    const bool anyShare = std::any_of(cumulative.begin(), cumulative.end(),
                                      [](const auto& c) { return c.has_value(); });
    m_chart->setChart(UsageCharts::topCustomers(
                          ranked, m_dark, 0, [this](const RankedCustomer& c) { emit customerClicked(c.customer); },
                          anyShare ? cumulative : std::vector<std::optional<double>>{}, m_log->isChecked()),
                      m_ranking);
}

void RankingPage::setDistribution(const ReportTable& distribution, bool dark)
{
    m_distribution->setChart(distributionBoxPlot(distribution, dark), distribution);
    m_distribution->setCaption(distributionCaption(distribution));
}

void RankingPage::showMessage(const QString& message, bool dark)
{
    m_distribution->showMessage(message, dark);
    m_ranking = {};
    m_dark = dark;
    m_model->setRanking({}, false, dark);
    m_chart->showMessage(message, dark);
    m_note->clear();
}

} // namespace ul
