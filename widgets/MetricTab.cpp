// SPDX-License-Identifier: MIT
#include "MetricTab.h"

#include "ChartPanel.h"
#include "ChartStyle.h"
#include "KpiCard.h"
#include "UsageCharts.h"

#include <QFuture>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ul {

MetricTab::MetricTab(const QString& workspacePath, const MetricInfo& metric, QWidget* parent)
    : DashboardTab(parent)
    , m_workspacePath(workspacePath)
    , m_metric(metric)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(8);
    const QStringList titles{tr("Total in range"), tr("Change vs previous period"),   tr("Active customers"),
                             tr("New customers"),  tr("Average per active customer"), tr("Top 10% share")};
    for (int i = 0; i < KpiCount; ++i) {
        m_cards[size_t(i)] = new KpiCard(titles.at(i), this);
        cards->addWidget(m_cards[size_t(i)]);
    }
    layout->addLayout(cards);

    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    const QStringList charts{tr("Total per period"),      tr("Running total"),
                             tr("Change per period (%)"), tr("Customers by total (log scale bins)"),
                             tr("Top customers"),         tr("Top new customers")};
    for (int i = 0; i < ChartCount; ++i) {
        m_panels[size_t(i)] = new ChartPanel(charts.at(i), this);
        grid->addWidget(m_panels[size_t(i)], i / 3, i % 3);
    }
    // The rankings below need height for up to 20 readable names; the period charts need less.
    grid->setRowStretch(0, 4);
    grid->setRowStretch(1, 5);
    layout->addLayout(grid, 1);

    auto* footer = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 8pt;"));
    footer->addWidget(m_status, 1);
    footer->addWidget(tablesButton());
    footer->addWidget(busyIndicator());
    layout->addLayout(footer);
}

void MetricTab::setFilters(const FilterState& filters)
{
    m_filters = filters;
    requestRefresh();
}

void MetricTab::refresh()
{
    // Charts first; the per-customer tables (Tables…, exports) follow on a worker.
    runLatest(
        [path = m_workspacePath, metric = m_metric.key, filters = m_filters] {
            return MetricTabData::load(path, metric, filters, TabResults::Views::Summaries);
        },
        [this](MetricTabData data) { apply(std::move(data)); });
}

void MetricTab::loadPerCustomerTables()
{
    runLatest(
        [path = m_workspacePath, request = toRequest(m_filters, m_metric.key)] {
            return TabResults::load(path, request, TabGroup::Metric, TabResults::Views::PerCustomer);
        },
        [this](TabResults more) {
            m_data.results.merge(std::move(more), TabGroup::Metric);
            emit refreshed();
        });
}

void MetricTab::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    rebuild();
}

void MetricTab::apply(MetricTabData data)
{
    m_data = std::move(data);
    // Started before refreshed() fires, so the tab is not current until the tables are in.
    if (m_data.results.ok() && !m_data.filters.range.isEmpty())
        loadPerCustomerTables();
    rebuild();
    emit refreshed();
}

std::vector<ReportTable> MetricTab::tables() const { return m_data.results.tables; }

std::vector<QChart*> MetricTab::charts() const { return ChartPanel::chartsOf(m_panels); }

std::vector<std::pair<QString, QString>> MetricTab::kpis() const
{
    std::vector<std::pair<QString, QString>> out;
    for (const KpiCard* card : m_cards)
        out.push_back(card->exported());
    return out;
}

void MetricTab::rebuild()
{
    const MetricTabData& d = m_data;
    const bool dark = m_dark;
    const QString noData = d.error.isEmpty() ? tr("No data for this selection") : d.error;
    const UsageKpis& k = d.kpis;
    const bool any = std::any_of(d.totals.begin(), d.totals.end(), [](const PeriodTotal& t) { return t.value != 0; });

    m_cards[Total]->setValue(any ? ChartStyle::abbreviate(k.total) : QStringLiteral("–"),
                             any ? ChartStyle::exact(k.total) : QString());
    if (k.changePct) {
        m_cards[ChangeKpi]->setValue(ChartStyle::signedChange(*k.changePct),
                                     tr("previous: %1").arg(ChartStyle::abbreviate(k.previousTotal)),
                                     ChartStyle::changeColor(*k.changePct, dark));
    } else {
        m_cards[ChangeKpi]->setValue(QStringLiteral("–"), tr("no usage in the previous period"));
    }
    m_cards[Active]->setValue(ChartStyle::exact(double(k.activeCustomers)));
    m_cards[NewCustomers]->setValue(ChartStyle::exact(double(k.newCustomers)),
                                    tr("created in the last %n day(s)", nullptr, d.filters.newWithinDays));
    m_cards[AvgPerActive]->setValue(k.avgPerActiveCustomer ? ChartStyle::abbreviate(*k.avgPerActiveCustomer)
                                                           : QStringLiteral("–"));
    m_cards[TopDecile]->setValue(
        k.topDecileSharePct ? ChartStyle::percent(*k.topDecileSharePct) : QStringLiteral("–"),
        k.topCustomerSharePct ? tr("top customer: %1").arg(ChartStyle::percent(*k.topCustomerSharePct)) : QString());

    const QStringList labels = UsageCharts::labelsOf(d.totals);
    // What "Copy data" gives for each chart: the view behind it.
    const auto data = [&](const char* view) {
        const ReportTable* t = d.results.table(QLatin1String(view));
        return t ? *t : ReportTable{};
    };
    if (!any) {
        for (ChartPanel* p : m_panels)
            p->showMessage(noData, dark);
    } else {
        UsageCharts::Series totals{m_metric.displayName, {}, UsageCharts::partialNotesOf(d.totals)};
        std::vector<double> running;
        for (const PeriodTotal& t : d.totals)
            totals.values.push_back(t.value);
        for (const PeriodTotal& t : d.cumulative)
            running.push_back(t.value);
        // Many periods make bars unreadable; a line keeps the shape visible.
        m_panels[Totals]->setChart(d.totals.size() > 60 ? UsageCharts::periodLines(labels, {totals}, dark, false, false)
                                                        : UsageCharts::periodBars(labels, {totals}, dark),
                                   data("totals"));
        m_panels[Running]->setChart(UsageCharts::periodArea(labels, running, dark, 2), data("cumulative"));
        const bool anyChange = std::any_of(d.change.begin(), d.change.end(),
                                           [](const auto& v) { return v.has_value(); });
        if (anyChange)
            m_panels[Change]->setChart(
                UsageCharts::periodLines(labels, {{tr("Change"), d.change}}, dark, true, true, 1), data("change"));
        else
            m_panels[Change]->showMessage(tr("Needs at least two periods with data — widen the range or pick a finer "
                                             "granularity"),
                                          dark);
        if (d.histogram.empty())
            m_panels[Distribution]->showMessage(noData, dark);
        else
            m_panels[Distribution]->setChart(UsageCharts::histogram(d.histogram, dark), data("histogram"));
        auto open = [this](const RankedCustomer& c) { emit customerRequested(c.customer); };
        if (d.top.empty())
            m_panels[TopCustomers]->showMessage(noData, dark);
        else
            m_panels[TopCustomers]->setChart(UsageCharts::topCustomers(d.top, dark, 0, open), data("top"));
        if (d.topNew.empty())
            m_panels[TopNew]->showMessage(tr("No new customers in this selection"), dark);
        else
            m_panels[TopNew]->setChart(UsageCharts::topCustomers(d.topNew, dark, 3, open), data("top-new"));
    }
    m_status->setText(d.filters.range.isEmpty()
                          ? QString()
                          : tr("%1 · %2 to %3 · %n period(s) · %4 ms", nullptr, int(d.totals.size()))
                                .arg(m_metric.displayName, ChartStyle::date(d.filters.range.from),
                                     ChartStyle::date(d.filters.range.to))
                                .arg(d.elapsedMs));
}

} // namespace ul
