// SPDX-License-Identifier: MIT
#include "ActivityPage.h"

#include "ChartPanel.h"
#include "UsageCharts.h"
#include "revenue/Money.h"
#include "revenue/MonthIndex.h"
#include "tables/CohortModel.h"
#include "tables/ColumnFit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ul {

namespace {

/// The usage cohorts in the revenue cohorts' shape, so one heatmap model draws both.
std::vector<Cohort> asCohorts(const std::vector<ActivityCohort>& cohorts)
{
    std::vector<Cohort> out;
    for (const ActivityCohort& a : cohorts) {
        Cohort c;
        c.month = monthOfDay(a.month);
        for (const qint64 n : a.customers)
            c.customers.push_back(int(n));
        for (const double v : a.values)
            c.revenue.push_back(toMicros(v));
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace

ActivityPage::ActivityPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_movements = new ChartPanel(tr("Customers by activity"), this);
    layout->addWidget(m_movements, 1);

    auto* box = new QWidget(this);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(4);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Cohorts by first active month"), box);
    title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    header->addWidget(title, 1);
    m_measure = new QComboBox(box);
    m_measure->addItem(tr("Customers still active"));
    m_measure->addItem(tr("Usage kept"));
    header->addWidget(m_measure);
    boxLayout->addLayout(header);
    m_cohorts = new CohortModel(this);
    m_cohortView = new QTableView(box);
    m_cohortView->setModel(m_cohorts);
    m_cohortView->setAlternatingRowColors(false);
    m_cohortView->setSelectionMode(QAbstractItemView::NoSelection);
    m_cohortView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cohortView->setShowGrid(false);
    m_cohortView->verticalHeader()->setDefaultSectionSize(22);
    fitHeatmapToWidth(m_cohortView);
    boxLayout->addWidget(m_cohortView, 1);
    m_cohortNote = new QLabel(
        tr("Active = at least one value in the month. Each row: the customers whose first active month it is. "
           "Click a cell for its customers."),
        box);
    m_cohortNote->setWordWrap(true);
    m_cohortNote->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 8pt;"));
    boxLayout->addWidget(m_cohortNote);
    layout->addWidget(box, 1);
    connect(m_cohortView, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (const auto cell = m_cohorts->cohortAndMonth(index))
            emit cohortCellClicked(cell->first, cell->second);
    });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_cohorts->setMeasure(i == 1 ? CohortModel::Measure::Revenue : CohortModel::Measure::Customers);
    });
}

void ActivityPage::setData(const std::vector<ActivityPeriod>& periods, const QStringList& partialNotes,
                           const std::vector<ActivityCohort>& cohorts, const QString& metricName, bool dark)
{
    if (periods.empty())
        m_movements->showMessage(tr("No data for this selection"), dark);
    else
        m_movements->setChart(UsageCharts::customerMovements(periods, partialNotes, dark));
    m_cohorts->setStyle(ChartTableStyle::forTheme(dark));
    m_cohorts->setUsageWording(metricName);
    m_cohorts->setCohorts(asCohorts(cohorts), QString());
}

void ActivityPage::showMessage(const QString& message, bool dark)
{
    m_movements->showMessage(message, dark);
    m_cohorts->setCohorts({}, QString());
}

} // namespace ul
