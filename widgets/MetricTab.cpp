// SPDX-License-Identifier: MIT
#include "MetricTab.h"

#include "ActivityPage.h"
#include "ChartComparison.h"
#include "ChartPanel.h"
#include "ChartStyle.h"
#include "ForecastChart.h"
#include "KpiCard.h"
#include "PeriodClicks.h"
#include "PivotPage.h"
#include "RankingPage.h"
#include "UsageCharts.h"
#include "core/MetricUnit.h"
#include "core/StandardColumns.h"
#include "query/Ranking.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFuture>
#include <QGridLayout>
#include <QGuiApplication>
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
    m_ranking = new RankingPage(m_pages);
    m_pages->addWidget(m_ranking);
    m_pivot = new PivotPage(m_pages);
    m_pages->addWidget(m_pivot);
    connect(m_ranking, &RankingPage::customerRequested, this, &DashboardTab::customerRequested);
    connect(m_ranking, &RankingPage::customerClicked, this, &MetricTab::pickCustomer);
    connect(m_activity, &ActivityPage::cohortCellClicked, this,
            [this](const QString& cohort, const QString& month) { openContributors(month, cohort); });
    layout->addWidget(m_pages, 1);

    auto* footer = new QHBoxLayout;
    // Three pages: usage charts, customers by activity with cohorts (loaded when shown), and the
    // ranking with its table.
    m_usageButton = new QToolButton(this);
    m_usageButton->setText(tr("Usage"));
    m_activityButton = new QToolButton(this);
    m_activityButton->setText(tr("Customers && cohorts"));
    m_activityButton->setToolTip(tr("New, reactivated and churned customers by activity, and cohorts by first "
                                    "active month"));
    m_rankingButton = new QToolButton(this);
    m_rankingButton->setText(tr("Ranking"));
    m_rankingButton->setToolTip(tr("The top customers as a table: share, cumulative share, change and rank move "
                                   "against the span before, trend"));
    m_pivotButton = new QToolButton(this);
    m_pivotButton->setText(tr("Pivot"));
    m_pivotButton->setToolTip(tr("Customers by period: the metric of every top customer in every period of the "
                                 "range, with totals"));
    for (QToolButton* b : {m_usageButton, m_activityButton, m_rankingButton, m_pivotButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        footer->addWidget(b);
    }
    m_usageButton->setChecked(true);
    connect(m_usageButton, &QToolButton::clicked, this, [this] { showPage(Page::Usage); });
    connect(m_activityButton, &QToolButton::clicked, this, [this] { showPage(Page::Customers); });
    connect(m_rankingButton, &QToolButton::clicked, this, [this] { showPage(Page::Ranking); });
    connect(m_pivotButton, &QToolButton::clicked, this, [this] { showPage(Page::Pivot); });
    auto* compareLabel = new QLabel(tr("Compare:"), this);
    m_compareBox = new QComboBox(this);
    m_compareBox->setObjectName(QStringLiteral("compareBox"));
    m_compareBox->setToolTip(tr("Drawn over the total-per-period chart: the periods right before, the same periods "
                                "a year earlier, or another metric on its own axis"));
    setComparableMetrics({});
    connect(m_compareBox, &QComboBox::activated, this,
            [this](int index) { setComparison(Comparison::parse(m_compareBox->itemData(index).toString())); });
    footer->addSpacing(12);
    footer->addWidget(compareLabel);
    footer->addWidget(m_compareBox);
    m_forecastBox = new QCheckBox(tr("Forecast"), this);
    m_forecastBox->setObjectName(QStringLiteral("forecastBox"));
    m_forecastBox->setToolTip(tr("Draws the forecast with its 80% and 95% bands on the total-per-period chart, and "
                                 "how accurate the same method was on the last periods"));
    connect(m_forecastBox, &QCheckBox::toggled, this, &MetricTab::setForecastShown);
    footer->addSpacing(12);
    footer->addWidget(m_forecastBox);
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

void MetricTab::showPage(Page page)
{
    m_usageButton->setChecked(page == Page::Usage);
    m_activityButton->setChecked(page == Page::Customers);
    m_rankingButton->setChecked(page == Page::Ranking);
    m_pivotButton->setChecked(page == Page::Pivot);
    m_pages->setCurrentIndex(int(page));
    if (page == Page::Customers && !m_data.hasActivity)
        requestRefresh();
}

MetricTab::Page MetricTab::page() const { return Page(m_pages->currentIndex()); }

QString MetricTab::pageKey(Page page)
{
    switch (page) {
    case Page::Usage: return QStringLiteral("usage");
    case Page::Customers: return QStringLiteral("customers");
    case Page::Ranking: return QStringLiteral("ranking");
    case Page::Pivot: return QStringLiteral("pivot");
    }
    return {};
}

std::optional<MetricTab::Page> MetricTab::pageFromKey(const QString& key)
{
    for (const Page p : {Page::Usage, Page::Customers, Page::Ranking, Page::Pivot})
        if (key == pageKey(p))
            return p;
    return std::nullopt;
}

void MetricTab::setComparableMetrics(const std::vector<MetricInfo>& metrics)
{
    m_compareBox->clear();
    m_compareBox->addItem(tr("Nothing"), QString());
    m_compareBox->addItem(tr("Previous periods"), QStringLiteral("previous"));
    m_compareBox->addItem(tr("Same periods last year"), QStringLiteral("last-year"));
    bool separated = false;
    for (const MetricInfo& m : metrics) {
        if (m.key == m_metric.key)
            continue;
        if (!separated) {
            m_compareBox->insertSeparator(m_compareBox->count());
            separated = true;
        }
        m_compareBox->addItem(m.displayName, m.key);
    }
    m_compareBox->setCurrentIndex(std::max(0, m_compareBox->findData(m_compare.text())));
}

void MetricTab::setComparison(const Comparison& comparison)
{
    // A metric may be named by its key or, as on the command line, by its header.
    int index = m_compareBox->findData(comparison.text());
    if (index < 0 && comparison.kind == Comparison::Kind::Metric)
        index = m_compareBox->findText(comparison.metric, Qt::MatchFixedString);
    m_compare = index >= 0 ? Comparison::parse(m_compareBox->itemData(index).toString()) : Comparison{};
    m_compareBox->setCurrentIndex(std::max(0, index));
    requestRefresh();
}

QString MetricTab::comparisonName(const Comparison& comparison) const
{
    const int index = m_compareBox->findData(comparison.text());
    return index >= 0 ? m_compareBox->itemText(index) : comparison.text();
}

void MetricTab::setForecastShown(bool shown)
{
    {
        const QSignalBlocker block(m_forecastBox);
        m_forecastBox->setChecked(shown);
    }
    if (shown == m_forecast)
        return;
    m_forecast = shown;
    rebuild(); // the forecast views are in the result already
}

QString MetricTab::kpiNote() const
{
    if (!m_forecast || !m_filters.breakdown.isEmpty())
        return {};
    const QString caption = m_panels[Totals]->caption();
    return caption.isEmpty() ? QString() : tr("Forecast: %1").arg(caption);
}

Comparison MetricTab::activeComparison() const { return m_filters.breakdown.isEmpty() ? m_compare : Comparison{}; }

ReportRequest MetricTab::reportRequest() const
{
    ReportRequest request = toRequest(m_filters, m_metric.key);
    request.compare = activeComparison();
    return request;
}

void MetricTab::refresh()
{
    // Charts first; the per-customer tables (Tables…, exports) follow on a worker.
    runLatest(
        [path = m_workspacePath, metric = m_metric.key, filters = m_filters, activity = activityPageShown(),
         compare = activeComparison()] {
            return MetricTabData::load(path, metric, filters, TabResults::Views::Summaries, activity, compare);
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
            showRanking();
            showPivot();
            emit refreshed();
        });
}

void MetricTab::showRanking()
{
    const ReportTable* ranking = m_data.results.table(QStringLiteral("ranking"));
    if (!ranking) {
        m_ranking->showMessage(m_data.error.isEmpty() ? tr("No data for this selection") : m_data.error, m_dark);
        return;
    }
    // The previous span is known when the data covers it: then every ranked row has a value there.
    bool previousKnown = !ranking->rows.empty();
    for (size_t i = 0; i < ranking->rows.size(); ++i)
        previousKnown = previousKnown && ranking->number(i, cols::previous).has_value();
    const Granularity g = trendGranularityFor(m_data.filters.range, m_data.filters.granularity);
    const QString periods[] = {tr("days of the range"), tr("weeks of the range"), tr("months of the range"),
                               tr("quarters of the range"), tr("years of the range")};
    m_ranking->setRanking(*ranking, previousKnown, periods[int(g)], m_dark);
    if (const ReportTable* distribution = m_data.results.table(QStringLiteral("distribution")))
        m_ranking->setDistribution(*distribution, m_dark);
}

bool MetricTab::modifierClick()
{
    return QGuiApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
}

void MetricTab::pickCustomer(const QString& externalId)
{
    // Queued: either way the chart whose bar is still being clicked may be replaced.
    const bool open = modifierClick();
    QMetaObject::invokeMethod(
        this,
        [this, externalId, open] {
            if (open)
                emit customerRequested(externalId);
            else
                emit customerFilterRequested(externalId);
        },
        Qt::QueuedConnection);
}

void MetricTab::showPivot()
{
    if (const ReportTable* pivot = m_data.results.table(QStringLiteral("pivot")))
        m_pivot->setPivot(*pivot, m_dark);
    else
        m_pivot->showMessage(m_data.error.isEmpty() ? tr("No data for this selection") : m_data.error);
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

void MetricTab::openContributors(const QString& period, const QString& cohort)
{
    ReportRequest request = toRequest(m_filters, m_metric.key);
    request.period = period;
    request.cohort = cohort;
    if (!cohort.isEmpty())
        request.granularity = Granularity::Month; // cohort cells are months
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
        m_cards[ChangeKpi]->setValue(QStringLiteral("–"), k.previousComplete
                                                              ? tr("no usage in the previous period")
                                                              : tr("the data starts inside the previous period"));
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
        m_panels[Totals]->setCaption({});
    } else {
        UsageCharts::Series totals{m_metric.displayName, {}, UsageCharts::partialNotesOf(d.totals)};
        std::vector<double> running;
        for (const PeriodTotal& t : d.totals)
            totals.values.push_back(t.value);
        for (const PeriodTotal& t : d.cumulative)
            running.push_back(t.value);
        // Many periods make bars unreadable; a line keeps the shape visible.
        QChart* totalsChart = nullptr;
        QString forecastCaption;
        if (!d.breakdown.empty()) {
            totalsChart = breakdownChart(labels);
        } else {
            const ReportTable* forecast = d.results.table(QStringLiteral("forecast"));
            if (m_forecast && forecast && !forecast->rows.empty()) {
                // The forecast's own periods: the history, then the future ones.
                totalsChart = ForecastChart::build(forecastRowsOf(*forecast), m_metric.displayName, dark);
                forecastCaption = ForecastChart::caption(
                    *forecast, d.results.table(QStringLiteral("forecast-accuracy")), d.filters.granularity);
            } else {
                totalsChart = d.totals.size() > 60 ? UsageCharts::periodLines(labels, {totals}, dark, false, false)
                                                   : UsageCharts::periodBars(labels, {totals}, dark);
            }
            // Before the chart is shown: its legend is laid out with the chart.
            if (!d.compared.empty())
                addComparison(totalsChart, {comparisonName(d.comparison), d.compared, d.comparedLabels},
                              d.comparison.kind == Comparison::Kind::Metric, dark);
        }
        // The value axes carry the unit: the currency of money, else the one the header names.
        const QString unit = m_currency.isEmpty() ? unitFromHeader(m_metric.displayName) : m_currency;
        ChartStyle::setValueUnit(totalsChart, unit);
        if (forecastCaption.isEmpty())
            m_panels[Totals]->setChart(totalsChart, data("totals"));
        else
            m_panels[Totals]->setChart(totalsChart, data("forecast"), tr("Total per period and forecast"));
        m_panels[Totals]->setCaption(forecastCaption);
        QChart* runningChart = UsageCharts::periodArea(labels, running, dark, 2);
        ChartStyle::setValueUnit(runningChart, unit);
        m_panels[Running]->setChart(runningChart, data("cumulative"));
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
        // A click on a period of a time chart narrows the window to it (cross-filtering); with
        // Ctrl or Shift it lists the customers behind it. Notes mark their dates.
        const std::vector<Day> starts = UsageCharts::startsOf(d.totals);
        for (const Chart chart : {Totals, Running, Change})
            if (QChart* c = m_panels[chart]->chart()) {
                connectPeriodClicks(c, int(labels.size()), [this, periods = d.totals](int i) {
                    const QString label = periods[size_t(i)].label;
                    if (modifierClick() || m_data.filters.granularity == Granularity::Day)
                        openContributors(label);
                    else // queued: the new filters replace the chart whose bar is still being clicked
                        QMetaObject::invokeMethod(
                            this, [this, label] { emit periodDrillRequested(label); }, Qt::QueuedConnection);
                });
                markNotes(c, starts, d.filters.granularity, dark);
            }
        auto open = [this](const RankedCustomer& c) { pickCustomer(c.customer); };
        if (d.top.empty())
            m_panels[TopCustomers]->showMessage(noData, dark);
        else
            m_panels[TopCustomers]->setChart(UsageCharts::topCustomers(d.top, dark, 0, open), data("top"));
        if (d.topNew.empty())
            m_panels[TopNew]->showMessage(tr("No new customers in this selection"), dark);
        else
            m_panels[TopNew]->setChart(UsageCharts::topCustomers(d.topNew, dark, 3, open), data("top-new"));
    }
    if (d.results.table(QStringLiteral("ranking"))) {
        showRanking();
        showPivot();
    } else { // the ranking arrives with the per-customer tables; never the old filters' meanwhile
        m_ranking->showMessage(any ? tr("Loading…") : noData, dark);
        m_pivot->showMessage(any ? tr("Loading…") : noData);
    }
    if (d.hasActivity) {
        m_activity->setData(d.movements, UsageCharts::partialNotesOf(d.totals), d.cohorts, m_metric.displayName, dark);
        std::vector<Day> starts;
        for (const ActivityPeriod& p : d.movements)
            starts.push_back(p.start);
        markNotes(m_activity->movementsPanel()->chart(), starts, d.filters.granularity, dark);
    } else if (!any)
        m_activity->showMessage(noData, dark);
    m_status->setText(d.filters.range.isEmpty()
                          ? QString()
                          : tr("%1 · %2 to %3 · %n period(s) · %4 ms", nullptr, int(d.totals.size()))
                                .arg(m_metric.displayName, ChartStyle::date(d.filters.range.from),
                                     ChartStyle::date(d.filters.range.to))
                                .arg(d.elapsedMs));
}

} // namespace ul
