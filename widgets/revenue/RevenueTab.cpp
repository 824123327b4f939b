// SPDX-License-Identifier: MIT
#include "RevenueTab.h"

#include "BillingText.h"
#include "ChartPanel.h"
#include "ChartStyle.h"
#include "ForecastChart.h"
#include "KpiCard.h"
#include "PeriodClicks.h"
#include "RevenueCharts.h"
#include "RevenueSettingsPanel.h"
#include "UsageCharts.h"
#include "ViewTablesDialog.h"
#include "core/StandardColumns.h"
#include "revenue/MonthIndex.h"
#include "settings/RevenueSettingsStore.h"
#include "tables/CohortModel.h"
#include "tables/ColumnFit.h"
#include "tables/ReportTableModel.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace ul {

namespace {

/// A table with a bold title (and optional controls) in a frame that matches the chart panels.
QWidget* titledBox(const QString& title, QWidget* content, QWidget* parent, QLabel** titleLabel = nullptr,
                   QWidget* control = nullptr)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* header = new QHBoxLayout;
    auto* label = new QLabel(title, box);
    label->setStyleSheet(QStringLiteral("font-weight: 600;"));
    header->addWidget(label, 1);
    if (control)
        header->addWidget(control);
    layout->addLayout(header);
    layout->addWidget(content, 1);
    if (titleLabel)
        *titleLabel = label;
    return box;
}

QTableView* newTable(QAbstractItemModel* model, QWidget* parent, bool sortable)
{
    auto* view = new QTableView(parent);
    if (sortable) {
        auto* proxy = new QSortFilterProxyModel(view);
        proxy->setSourceModel(model);
        proxy->setSortRole(ReportTableModel::SortRole);
        view->setModel(proxy);
        view->setSortingEnabled(true);
    } else {
        view->setModel(model);
    }
    view->verticalHeader()->setDefaultSectionSize(22);
    view->horizontalHeader()->setMinimumSectionSize(40);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

std::optional<double> pct(const std::optional<double>& fraction)
{
    return fraction ? std::optional<double>(*fraction * 100.0) : std::nullopt;
}

} // namespace

RevenueTab::RevenueTab(const QString& workspacePath, const QString& dataset, QWidget* parent)
    : DashboardTab(parent)
    , m_workspacePath(workspacePath)
    , m_dataset(dataset)
{
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // Small windows scroll instead of squeezing eight views to unreadable sizes.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    // Billing exports: which currency is shown, and which invoices the rules left out.
    m_billingBar = new QWidget(content);
    auto* billing = new QHBoxLayout(m_billingBar);
    billing->setContentsMargins(0, 0, 0, 0);
    billing->addWidget(new QLabel(tr("Currency:"), m_billingBar));
    m_currency = new QComboBox(m_billingBar);
    m_currency->setObjectName(QStringLiteral("revenueCurrency"));
    m_currency->setToolTip(tr("Revenue in different currencies is never added up: one currency at a time"));
    billing->addWidget(m_currency);
    billing->addSpacing(16);
    m_excluded = new QLabel(m_billingBar);
    m_excluded->setObjectName(QStringLiteral("excludedInvoices"));
    m_excluded->setWordWrap(true);
    m_excluded->setToolTip(tr("Only paid or open subscription invoices make MRR: void, uncollectible and draft "
                              "invoices and one-off invoices without a subscription are left out"));
    billing->addWidget(m_excluded, 1);
    m_excludedButton = new QToolButton(m_billingBar);
    m_excludedButton->setObjectName(QStringLiteral("excludedInvoicesButton"));
    m_excludedButton->setText(tr("Show the list…"));
    m_excludedButton->setAutoRaise(true);
    billing->addWidget(m_excludedButton);
    m_billingBar->hide();
    layout->addWidget(m_billingBar);
    connect(m_currency, &QComboBox::activated, this,
            [this](int index) { setBillingCurrency(m_currency->itemData(index).toString()); });
    connect(m_excludedButton, &QToolButton::clicked, this, &RevenueTab::showExcludedInvoices);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(8);
    const QStringList kpiTitles{tr("MRR"),
                                tr("MRR growth vs previous month"),
                                tr("Net revenue retention"),
                                tr("Logo churn"),
                                tr("LTV : CAC"),
                                tr("CAC payback")};
    for (int i = 0; i < KpiCount; ++i) {
        m_cards[size_t(i)] = new KpiCard(kpiTitles.at(i), content);
        cards->addWidget(m_cards[size_t(i)]);
    }
    layout->addLayout(cards);
    m_headlineNote = new QLabel(content);
    m_headlineNote->setObjectName(QStringLiteral("headlineNote"));
    m_headlineNote->setWordWrap(true);
    m_headlineNote->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 8pt;"));
    m_headlineNote->hide();
    layout->addWidget(m_headlineNote);

    const QStringList chartTitles{tr("MRR movements"), tr("MRR"), tr("Customers"), tr("Top 10% vs rest")};
    for (int i = 0; i < ChartCount; ++i)
        m_panels[size_t(i)] = new ChartPanel(chartTitles.at(i), content);

    m_cohorts = new CohortModel(this);
    m_cohortView = newTable(m_cohorts, content, false);
    m_cohortView->setAlternatingRowColors(false);
    m_cohortView->setSelectionMode(QAbstractItemView::NoSelection);
    m_cohortView->setShowGrid(false);
    fitHeatmapToWidth(m_cohortView);
    connect(m_cohortView, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (const auto cell = m_cohorts->cohortAndMonth(index))
            openContributors(cell->second, cell->first);
    });
    m_cohortMeasure = new QComboBox(content);
    m_cohortMeasure->addItem(tr("Customer retention"));
    m_cohortMeasure->addItem(tr("Revenue retention"));
    connect(m_cohortMeasure, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_cohorts->setMeasure(i == 1 ? CohortModel::Measure::Revenue : CohortModel::Measure::Customers);
    });

    m_unitEconomics = new ReportTableModel(this);
    QTableView* unitView = newTable(m_unitEconomics, content, true);
    unitView->sortByColumn(0, Qt::DescendingOrder); // newest month first
    m_coreProfile = new ReportTableModel(this);
    QTableView* coreView = newTable(m_coreProfile, content, false);
    for (QTableView* v : {unitView, coreView}) {
        v->verticalHeader()->setVisible(false);
        // Small tables: every header and value stays readable without sideways scrolling.
        v->setTextElideMode(Qt::ElideMiddle);
        fitColumnsToWidth(v);
    }

    // Rows of their own (not one grid) so the line charts get enough width for month labels.
    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_panels[Movements], 3);
    top->addWidget(m_panels[Mrr], 2);
    top->addWidget(m_panels[Customers], 2);
    // The heatmap has a column per month since the first payment: a row of its own so it
    // fits without sideways scrolling; the profile's chart and table share the next row.
    QWidget* cohortBox = titledBox(tr("Cohorts by first payment month"), m_cohortView, content, nullptr,
                                   m_cohortMeasure);
    auto* profile = new QHBoxLayout;
    profile->setSpacing(8);
    profile->addWidget(m_panels[ProfileRatios], 2);
    profile->addWidget(titledBox(tr("Core-customer profile"), coreView, content, &m_coreTitle), 3);
    QWidget* unitBox = titledBox(tr("Unit economics per month"), unitView, content);
    for (QWidget* w : {static_cast<QWidget*>(m_panels[Movements]), cohortBox, unitBox})
        w->setMinimumHeight(230);
    layout->addLayout(top, 1);
    layout->addWidget(cohortBox, 1);
    layout->addLayout(profile, 1);
    layout->addWidget(unitBox, 1);

    auto* footer = new QHBoxLayout;
    m_status = new QLabel(content);
    m_status->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 8pt;"));
    footer->addWidget(m_status, 1);
    m_settingsButton = new QToolButton(content);
    m_settingsButton->setObjectName(QStringLiteral("revenueSettingsButton"));
    m_settingsButton->setText(tr("Revenue settings"));
    m_settingsButton->setCheckable(true);
    m_settingsButton->setAutoRaise(true);
    connect(m_settingsButton, &QToolButton::clicked, this, [this](bool on) {
        m_settingsToggledByUser = true;
        showSettings(on);
    });
    m_forecastBox = new QCheckBox(tr("MRR forecast"), content);
    m_forecastBox->setObjectName(QStringLiteral("forecastBox"));
    m_forecastBox->setToolTip(tr("Draws the MRR forecast with its 80% and 95% bands, and how accurate the same "
                                 "method was on the last months"));
    connect(m_forecastBox, &QCheckBox::toggled, this, &RevenueTab::setForecastShown);
    footer->addWidget(m_forecastBox);
    footer->addWidget(m_settingsButton);
    footer->addWidget(tablesButton());
    footer->addWidget(busyIndicator());
    layout->addLayout(footer);
    outer->addWidget(scroll, 1);

    m_settingsSide = new QWidget(this);
    m_settingsSide->setFixedWidth(220);
    auto* sideLayout = new QVBoxLayout(m_settingsSide);
    sideLayout->setContentsMargins(8, 8, 8, 8);
    m_settingsPanel = new RevenueSettingsPanel(m_settingsSide);
    sideLayout->addWidget(m_settingsPanel);
    outer->addWidget(m_settingsSide);
    showSettings(false);
    connect(m_settingsPanel, &RevenueSettingsPanel::settingsChanged, this, &RevenueTab::setRevenueSettings);
}

void RevenueTab::showSettings(bool shown)
{
    m_settingsSide->setVisible(shown);
    m_settingsButton->setChecked(shown);
}

void RevenueTab::resizeEvent(QResizeEvent* event)
{
    DashboardTab::resizeEvent(event);
    if (!m_settingsToggledByUser)
        showSettings(width() >= kSettingsPanelMinWidth);
}

void RevenueTab::ensureSettingsLoaded()
{
    if (m_settingsLoaded)
        return;
    m_settingsLoaded = true;
    // Snapshots must not depend on (or change) what a user chose on this machine.
    if (!isSynchronous())
        m_settings = RevenueSettingsStore(m_workspacePath, m_dataset).load();
    m_settingsPanel->setSettings(m_settings);
}

void RevenueTab::setRevenueSettings(const RevenueSettings& settings)
{
    Q_ASSERT(QThread::currentThread() == thread());
    ensureSettingsLoaded();
    const bool newCurrency = settings.currency != m_settings.currency;
    m_settings = settings;
    m_settingsPanel->setSettings(settings);
    if (!isSynchronous())
        RevenueSettingsStore(m_workspacePath, m_dataset).save(settings);
    if (m_hasFilters)
        setFilters(m_filters);
    if (newCurrency)
        emit currencyChanged(settings.currency);
}

void RevenueTab::openContributors(const QString& month, const QString& cohort)
{
    ReportRequest request = toRequest(m_filters);
    request.dataset = m_dataset;
    request.granularity = Granularity::Month;
    request.period = month;
    request.cohort = cohort;
    request.currency = m_data.currency; // a billing export's month: in the currency shown
    showContributors(m_workspacePath, request, tr("revenue"));
}

ReportRequest RevenueTab::reportRequest() const
{
    ReportRequest r = toRequest(m_filters);
    r.dataset = m_dataset;
    r.revenue = m_settings;
    // Exports show the currency the tab shows.
    r.currency = m_data.currency.isEmpty() ? m_chosenCurrency : m_data.currency;
    return r;
}

void RevenueTab::setBillingCurrency(const QString& currency)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (currency.toLower() == m_chosenCurrency)
        return;
    m_chosenCurrency = currency.toLower();
    requestRefresh();
}

void RevenueTab::rebuildBillingBar()
{
    const RevenueTabData& d = m_data;
    m_billingBar->setVisible(d.billing);
    if (!d.billing)
        return;
    const QSignalBlocker block(m_currency);
    m_currency->clear();
    for (const QString& c : d.currencies)
        m_currency->addItem(c.isEmpty() ? tr("(none)") : c.toUpper(), c);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(d.currency)));
    m_currency->setEnabled(d.currencies.size() > 1);
    const QString excluded = BillingText::excludedList(d.excluded);
    m_excluded->setText(excluded.isEmpty() ? tr("Every invoice counts toward MRR.")
                                           : tr("Left out of MRR: %1.").arg(excluded));
    m_excludedButton->setVisible(!excluded.isEmpty());
}

void RevenueTab::showExcludedInvoices()
{
    auto* dialog = new ViewTablesDialog(this, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectView(QStringLiteral("excluded-invoices"));
    dialog->show();
}

void RevenueTab::setFilters(const FilterState& filters)
{
    m_filters = filters;
    m_hasFilters = true;
    requestRefresh();
}

void RevenueTab::refresh()
{
    ensureSettingsLoaded();
    runLatest(
        [path = m_workspacePath, dataset = m_dataset, filters = m_filters, settings = m_settings,
         currency = m_chosenCurrency] { return RevenueTabData::load(path, dataset, filters, settings, currency); },
        [this](RevenueTabData data) { apply(std::move(data)); });
}

void RevenueTab::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    m_cohorts->setStyle(ChartTableStyle::forTheme(dark));
    rebuild();
}

void RevenueTab::apply(RevenueTabData data)
{
    m_data = std::move(data);
    rebuild();
    emit refreshed();
}

QString RevenueTab::headlineNote() const { return m_headlineNote->isHidden() ? QString() : m_headlineNote->text(); }

void RevenueTab::rebuildKpis()
{
    // The headline figures come from the revenue-kpis view, as `usagelens report` prints them.
    const ReportTable* table = m_data.results.table(QStringLiteral("revenue-kpis"));
    const auto value = [table](const Column& figure) { return table ? table->figureNumber(figure) : std::nullopt; };
    const auto text = [table](const Column& figure) { return table ? table->figureText(figure) : QString(); };
    const QString dash = QStringLiteral("–");
    const QString monthText = text(figures::month);
    if (monthText.isEmpty()) {
        for (KpiCard* card : m_cards)
            card->setValue(dash);
        m_headlineNote->hide();
        return;
    }
    // Say which month the cards show when it is not simply the last one: an executive reading
    // "MRR growth" must know that a half month at the end was left out, or that only one is in range.
    const QString partialMonth = text(figures::partialMonth);
    QString note;
    if (!partialMonth.isEmpty())
        note = tr("Key figures for %1, the last complete month. %2 is left out: only its days to %3 count.")
                   .arg(monthText, partialMonth, text(figures::coveredTo));
    else if (text(figures::monthComplete) == QLatin1String("false"))
        note = tr("Key figures for %1, which the data or the range covers only in part.").arg(monthText);
    m_headlineNote->setText(note);
    m_headlineNote->setVisible(!note.isEmpty());
    for (KpiCard* card : m_cards)
        card->setToolTip(note);
    const QString currency = text(figures::currency);
    const double mrr = value(figures::mrr).value_or(0);
    const double previous = value(figures::previousMrr).value_or(0);
    m_cards[MrrKpi]->setValue(QStringLiteral("%1 %2").arg(ChartStyle::abbreviate(mrr), currency),
                              tr("%1: %2 %3").arg(monthText, ChartStyle::exact(mrr), currency));
    if (const auto growth = value(figures::mrrGrowthPct)) {
        m_cards[Growth]->setValue(ChartStyle::signedChange(*growth),
                                  tr("previous month: %1 %2").arg(ChartStyle::abbreviate(previous), currency),
                                  ChartStyle::changeColor(*growth, m_dark));
    } else {
        m_cards[Growth]->setValue(dash, tr("no MRR in the previous month"));
    }
    const auto nrr = value(figures::nrrPct);
    const auto nrr12 = value(figures::nrr12mPct);
    m_cards[Nrr]->setValue(nrr ? ChartStyle::percent(*nrr) : dash,
                           nrr12 ? tr("trailing 12 months: %1").arg(ChartStyle::percent(*nrr12))
                                 : tr("month over month, %1").arg(monthText));
    const auto churn = value(figures::logoChurnPct);
    const auto churn3 = value(figures::logoChurn3mPct);
    m_cards[LogoChurn]->setValue(churn ? ChartStyle::percent(*churn) : dash,
                                 churn3 ? tr("3-month average: %1").arg(ChartStyle::percent(*churn3)) : QString());
    const QString na = tr("n/a");
    const auto ltvCac = value(figures::ltvCac);
    const auto ltv = value(figures::ltv);
    const auto cac = value(figures::cac);
    m_cards[LtvCac]->setValue(
        ltvCac ? QLocale().toString(*ltvCac, 'f', 1) + QStringLiteral("×") : na,
        tr("LTV %1 / CAC %2").arg(ltv ? ChartStyle::abbreviate(*ltv) : na, cac ? ChartStyle::abbreviate(*cac) : na));
    const auto payback = value(figures::paybackMonths);
    const bool pays = text(figures::growthPays) == QLatin1String("yes");
    m_cards[Payback]->setValue(payback ? tr("%1 months").arg(QLocale().toString(*payback, 'f', 1)) : na,
                               pays ? tr("new + expansion MRR covers spend") : tr("new + expansion MRR below spend"),
                               pays ? ChartStyle::upColor(m_dark) : ChartStyle::downColor(m_dark));
}

void RevenueTab::rebuild()
{
    const RevenueTabData& d = m_data;
    const RevenueAnalysis& a = d.analysis;
    const bool dark = m_dark;
    const QString currency = a.settings.currency;
    const std::vector<int> months = d.visibleMonths();
    const QString noData = d.error.isEmpty() ? tr("No data for this selection") : d.error;

    rebuildKpis();
    rebuildBillingBar();

    // The view's own columns (core/StandardColumns.h) format the cells; the headers name the currency.
    const auto shown = [](const Column& column, const QString& title) {
        return ReportTableModel::shown(column, title);
    };
    m_unitEconomics->setColumns(
        {shown(cols::month, tr("Month")), shown(cols::newCustomers, tr("New customers")),
         shown(cols::spend, tr("Spend (%1)").arg(currency)), shown(cols::cac, tr("CAC (%1)").arg(currency)),
         shown(cols::arpa, tr("ARPA (%1)").arg(currency)), shown(cols::logoChurn3mPct, tr("Logo churn (3 mo.)")),
         shown(cols::ltv, tr("LTV (%1)").arg(currency)), shown(cols::ltvCac, tr("LTV:CAC")),
         shown(cols::paybackMonths, tr("Payback (months)")), shown(cols::newExpansionMrr, tr("New + expansion MRR")),
         shown(cols::growthPays, tr("Growth pays?"))});
    const auto viewTable = [&d](const char* view) {
        const ReportTable* t = d.results.table(QLatin1String(view));
        return t ? *t : ReportTable{};
    };
    m_unitEconomics->setTable(viewTable("unit-economics"));
    // Medians and means unrounded, as the tab has always shown them (Text: the number as printed).
    using Format = ReportTableModel::Format;
    m_coreProfile->setColumns({{cols::attribute.key, tr("Attribute"), Format::Text},
                               {cols::topMedian.key, tr("Top 10% median"), Format::Text},
                               {cols::restMedian.key, tr("Rest median"), Format::Text},
                               shown(cols::medianRatio, tr("Ratio")),
                               {cols::topMean.key, tr("Top 10% mean"), Format::Text},
                               {cols::restMean.key, tr("Rest mean"), Format::Text},
                               shown(cols::meanRatio, tr("Mean ratio"))});
    m_coreProfile->setTable(viewTable("core-profile"));
    m_coreTitle->setText(tr("Core-customer profile (top %1 vs %2 others, all months)")
                             .arg(a.coreProfile.topCustomers)
                             .arg(a.coreProfile.restCustomers));
    std::vector<Cohort> cohorts;
    for (const Cohort& c : a.cohorts)
        if (d.months.contains(c.month))
            cohorts.push_back(c);
    m_cohorts->setCohorts(std::move(cohorts), currency);

    if (months.empty()) {
        for (ChartPanel* p : m_panels)
            p->showMessage(noData, dark);
        m_panels[Mrr]->setCaption({});
    } else {
        QStringList labels;
        std::vector<MrrMovement> movements;
        UsageCharts::Series mrr{tr("MRR"), {}};
        UsageCharts::Series active{tr("Active"), {}}, added{tr("New"), {}}, churned{tr("Churned"), {}};
        // Months the data or the range covers only in part: lighter bars, hollow points, a note.
        QStringList partial;
        const ReportRequest request = toRequest(d.filters);
        const std::optional<Day> from = request.from, to = request.to;
        for (int m : months) {
            const size_t i = size_t(m - a.series.firstMonth);
            labels << monthLabel(m);
            if (monthIsComplete(a, m, from, to)) {
                partial << QString();
            } else {
                const DateRange covered = coveredDays(a, m, from, to);
                partial << UsageCharts::partialNote(covered.from, covered.to);
            }
            movements.push_back(a.movements[i]);
            mrr.values.push_back(fromMicros(a.series.at(m)));
            active.values.push_back(double(a.customers[i].active));
            added.values.push_back(double(a.customers[i].newCustomers));
            churned.values.push_back(double(a.customers[i].churned));
        }
        mrr.partialNotes = active.partialNotes = added.partialNotes = churned.partialNotes = partial;
        added.color = ChartStyle::upColor(dark); // as "New" and "Churned" in the movements chart
        churned.color = ChartStyle::downColor(dark);
        QChart* movementsChart = RevenueCharts::movements(labels, movements, currency, dark, partial);
        ChartStyle::setValueUnit(movementsChart, currency);
        m_panels[Movements]->setChart(movementsChart);
        const ReportTable* forecast = d.results.table(QStringLiteral("mrr-forecast"));
        QString caption;
        if (m_forecast && forecast && !forecast->rows.empty()) {
            m_panels[Mrr]->setChart(ForecastChart::build(forecastRowsOf(*forecast), tr("MRR"), dark, true), *forecast,
                                    tr("MRR and forecast"));
            caption = ForecastChart::caption(*forecast, d.results.table(QStringLiteral("mrr-forecast-accuracy")),
                                             Granularity::Month);
        } else {
            QChart* mrrChart = UsageCharts::periodLines(labels, {mrr}, dark, false, false, 0);
            ChartStyle::setValueUnit(mrrChart, currency); // EUR on the MRR axis
            m_panels[Mrr]->setChart(mrrChart);
        }
        m_panels[Mrr]->setCaption(caption);
        m_panels[Customers]->setChart(
            UsageCharts::periodLines(labels, {active, added, churned}, dark, false, false, 0));
        // A month of MRR or its movements: the customers whose payments changed it.
        for (const Chart chart : {Movements, Mrr})
            connectPeriodClicks(m_panels[chart]->chart(), int(labels.size()),
                                [this, labels](int i) { openContributors(labels.at(i)); });
        std::vector<Day> starts;
        for (int m : months)
            starts.push_back(firstDayOfMonth(m));
        for (const Chart chart : {Movements, Mrr, Customers})
            markNotes(m_panels[chart]->chart(), starts, Granularity::Month, dark);
        if (QChart* ratios = RevenueCharts::profileRatios(a.coreProfile, dark))
            m_panels[ProfileRatios]->setChart(ratios);
        else
            m_panels[ProfileRatios]->showMessage(tr("Needs paying customers with attributes"), dark);
    }
    m_status->setText(
        d.error.isEmpty() && !d.filters.range.isEmpty()
            ? tr("%1 · %n invoice(s) · %2 to %3 · %4 ms", nullptr, d.invoiceCount)
                  .arg(m_dataset, ChartStyle::date(d.filters.range.from), ChartStyle::date(d.filters.range.to))
                  .arg(d.elapsedMs)
            : d.error);
}

std::vector<ReportTable> RevenueTab::tables() const { return m_data.results.tables; }

std::vector<QChart*> RevenueTab::charts() const { return ChartPanel::chartsOf(m_panels); }

std::vector<std::pair<QString, QString>> RevenueTab::kpis() const
{
    std::vector<std::pair<QString, QString>> out;
    for (const KpiCard* card : m_cards)
        out.push_back(card->exported());
    return out;
}

// Exports and slides say which month the figures are for, as the window does.
QString RevenueTab::kpiNote() const
{
    const QString caption = m_forecast ? m_panels[Mrr]->caption() : QString();
    if (caption.isEmpty())
        return headlineNote();
    const QString forecast = tr("MRR forecast: %1").arg(caption);
    return headlineNote().isEmpty() ? forecast : headlineNote() + QLatin1Char('\n') + forecast;
}

void RevenueTab::setForecastShown(bool shown)
{
    {
        const QSignalBlocker block(m_forecastBox);
        m_forecastBox->setChecked(shown);
    }
    if (shown == m_forecast)
        return;
    m_forecast = shown;
    rebuild();
}

} // namespace ul
