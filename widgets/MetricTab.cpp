// SPDX-License-Identifier: MIT
#include "MetricTab.h"

#include "ActivityPage.h"
#include "ChartPanel.h"
#include "ChartStyle.h"
#include "KpiCard.h"
#include "PeriodClicks.h"
#include "UsageCharts.h"

#include <QFuture>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QThread>
#include <QToolButton>
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

    m_pages = new QStackedWidget(this);
    auto* usagePage = new QWidget(m_pages);
    auto* grid = new QGridLayout(usagePage);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    const QStringList charts{tr("Total per period"),      tr("Running total"),
                             tr("Change per period (%)"), tr("Customers by total (log scale bins)"),
                             tr("Top customers"),         tr("Top new customers")};
    for (int i = 0; i < ChartCount; ++i) {
        m_panels[size_t(i)] = new ChartPanel(charts.at(i), usagePage);
        grid->addWidget(m_panels[size_t(i)], i / 3, i % 3);
    }
    // The rankings below need height for up to 20 readable names; the period charts need less.
    grid->setRowStretch(0, 4);
    grid->setRowStretch(1, 5);
    m_pages->addWidget(usagePage);
    m_activity = new ActivityPage(m_pages);
    m_pages->addWidget(m_activity);
    layout->addWidget(m_pages, 1);

    auto* footer = new QHBoxLayout;
    // Two pages: usage charts, and customers by activity with cohorts (loaded when shown).
    m_usageButton = new QToolButton(this);
    m_usageButton->setText(tr("Usage"));
    m_activityButton = new QToolButton(this);
    m_activityButton->setText(tr("Customers && cohorts"));
    m_activityButton->setToolTip(tr("New, reactivated and churned customers by activity, and cohorts by first "
                                    "active month"));
    for (QToolButton* b : {m_usageButton, m_activityButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        footer->addWidget(b);
    }
    m_usageButton->setChecked(true);
    connect(m_usageButton, &QToolButton::clicked, this, [this] { showActivityPage(false); });
    connect(m_activityButton, &QToolButton::clicked, this, [this] { showActivityPage(true); });
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

void MetricTab::showActivityPage(bool show)
{
    m_usageButton->setChecked(!show);
    m_activityButton->setChecked(show);
    m_pages->setCurrentIndex(show ? 1 : 0);
    if (show && !m_data.hasActivity)
        requestRefresh();
}

bool MetricTab::activityPageShown() const { return m_pages->currentIndex() == 1; }

void MetricTab::refresh()
{
    // Charts first; the per-customer tables (Tables…, exports) follow on a worker.
    runLatest(
        [path = m_workspacePath, metric = m_metric.key, filters = m_filters, activity = activityPageShown()] {
            return MetricTabData::load(path, metric, filters, TabResults::Views::Summaries, activity);
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

void MetricTab::openContributors(const QString& period)
{
    ReportRequest request = toRequest(m_filters, m_metric.key);
    request.period = period;
    showContributors(m_workspacePath, request, m_metric.displayName);
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

QChart* MetricTab::breakdownChart(const QStringList& labels) const
{
    // The 8 largest values and the rest as Other: more parts than that cannot be told apart.
    const std::vector<BreakdownSeries> parts = foldSmallSeries(m_data.breakdown, 8, tr("Other"));
    std::vector<UsageCharts::Series> series;
    for (const BreakdownSeries& part : parts) {
        // "false" alone says nothing in a legend: booleans are named with their column.
        const bool boolean = part.value == QLatin1String("true") || part.value == QLatin1String("false");
        const QString name = part.value.isEmpty() ? tr("(blank)")
                             : boolean            ? QStringLiteral("%1: %2").arg(m_filters.breakdown, part.value)
                                                  : part.value;
        UsageCharts::Series s{name, {}, UsageCharts::partialNotesOf(part.totals)};
        for (const PeriodTotal& t : part.totals)
            s.values.push_back(t.value);
        series.push_back(std::move(s));
    }
    // Ratios do not add up, so their parts are lines; sums (and counts) stack to the total.
    if (m_metric.kind == QLatin1String("ratio"))
        return UsageCharts::periodLines(labels, series, m_dark, false, false);
    return UsageCharts::stackedPeriodBars(labels, series, m_dark);
}

void MetricTab::setCurrency(const QString& currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_filters.dataset.isEmpty()) // already showing data: redraw the cards with the new unit
        requestRefresh();
}

void MetricTab::rebuild()
{
    const MetricTabData& d = m_data;
    const bool dark = m_dark;
    const QString noData = d.error.isEmpty() ? tr("No data for this selection") : d.error;
    const UsageKpis& k = d.kpis;
    const bool any = std::any_of(d.totals.begin(), d.totals.end(), [](const PeriodTotal& t) { return t.value != 0; });

    const auto amount = [this](const QString& text) {
        return m_currency.isEmpty() ? text : QStringLiteral("%1 %2").arg(text, m_currency);
    };
    m_cards[Total]->setValue(any ? amount(ChartStyle::abbreviate(k.total)) : QStringLiteral("–"),
                             any ? amount(ChartStyle::exact(k.total)) : QString());
    if (k.changePct) {
        m_cards[ChangeKpi]->setValue(ChartStyle::signedChange(*k.changePct),
                                     tr("previous: %1").arg(amount(ChartStyle::abbreviate(k.previousTotal))),
                                     ChartStyle::changeColor(*k.changePct, dark));
    } else {
        m_cards[ChangeKpi]->setValue(QStringLiteral("–"), tr("no usage in the previous period"));
    }
    m_cards[Active]->setValue(ChartStyle::exact(double(k.activeCustomers)));
    m_cards[NewCustomers]->setValue(ChartStyle::exact(double(k.newCustomers)),
                                    tr("created in the last %n day(s)", nullptr, d.filters.newWithinDays));
    m_cards[AvgPerActive]->setValue(k.avgPerActiveCustomer ? amount(ChartStyle::abbreviate(*k.avgPerActiveCustomer))
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
        if (!d.breakdown.empty())
            m_panels[Totals]->setChart(breakdownChart(labels), data("totals"));
        else
            m_panels[Totals]->setChart(d.totals.size() > 60
                                           ? UsageCharts::periodLines(labels, {totals}, dark, false, false)
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
        // A click on a period of a time chart lists the customers behind it.
        for (const Chart chart : {Totals, Running, Change})
            if (QChart* c = m_panels[chart]->chart())
                connectPeriodClicks(c, int(labels.size()),
                                    [this, periods = d.totals](int i) { openContributors(periods[size_t(i)].label); });
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
    if (d.hasActivity)
        m_activity->setData(d.movements, UsageCharts::partialNotesOf(d.totals), d.cohorts, m_metric.displayName, dark);
    else if (!any)
        m_activity->showMessage(noData, dark);
    m_status->setText(d.filters.range.isEmpty()
                          ? QString()
                          : tr("%1 · %2 to %3 · %n period(s) · %4 ms", nullptr, int(d.totals.size()))
                                .arg(m_metric.displayName, ChartStyle::date(d.filters.range.from),
                                     ChartStyle::date(d.filters.range.to))
                                .arg(d.elapsedMs));
}

} // namespace ul
