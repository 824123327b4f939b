// SPDX-License-Identifier: MIT
#include "HealthTab.h"

#include "ChartStyle.h"
#include "KpiCard.h"
#include "SparklineDelegate.h"
#include "core/StandardColumns.h"
#include "segments/SegmentReports.h"
#include "tables/HealthTableModel.h"
#include "tables/ReportTableModel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ul {

namespace {

QString lastPeriodsText(int n, Granularity g)
{
    switch (g) {
    case Granularity::Week: return HealthTab::tr("Last %n week(s)", nullptr, n);
    case Granularity::Quarter: return HealthTab::tr("Last %n quarter(s)", nullptr, n);
    case Granularity::Day: return HealthTab::tr("Last %n day(s)", nullptr, n);
    case Granularity::Year: return HealthTab::tr("Last %n year(s)", nullptr, n);
    case Granularity::Month: break;
    }
    return HealthTab::tr("Last %n month(s)", nullptr, n);
}

} // namespace

HealthTab::HealthTab(const QString& workspacePath, const DatasetInfo& dataset, qint64 defaultMetricId, QWidget* parent)
    : DashboardTab(parent)
    , m_workspacePath(workspacePath)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    auto* controls = new QHBoxLayout;
    m_metric = new QComboBox(this);
    for (const MetricInfo& m : dataset.metrics) {
        m_metric->addItem(m.displayName, m.id);
        m_metric->setItemData(m_metric->count() - 1, m.key, Qt::UserRole + 1);
    }
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(defaultMetricId)));
    m_periods = new QSpinBox(this);
    m_periods->setRange(1, 52);
    m_periods->setValue(3);
    m_periods->setKeyboardTracking(false);
    m_periods->setToolTip(tr("The last N whole periods are compared with the N before"));
    m_granularity = new QComboBox(this);
    m_granularity->addItem(tr("weeks"), int(Granularity::Week));
    m_granularity->addItem(tr("months"), int(Granularity::Month));
    m_granularity->addItem(tr("quarters"), int(Granularity::Quarter));
    m_granularity->setCurrentIndex(1);
    m_granularity->setToolTip(tr("Health keeps its own periods: the filter bar's granularity does not change it"));
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setRange(1, 1000);
    m_threshold->setDecimals(0);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setValue(30);
    m_threshold->setKeyboardTracking(false);
    m_threshold->setToolTip(tr("At risk when down at least this much, expanding when up at least this much"));
    controls->addWidget(new QLabel(tr("Metric:"), this));
    controls->addWidget(m_metric);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Last"), this));
    controls->addWidget(m_periods);
    controls->addWidget(m_granularity);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Threshold:"), this));
    controls->addWidget(m_threshold);
    controls->addSpacing(12);
    m_window = new QLabel(this);
    controls->addWidget(m_window, 1);
    layout->addLayout(controls);

    auto* cards = new QHBoxLayout;
    const QStringList cardTitles{tr("At risk"), tr("Expanding"), tr("New"), tr("Churned"), tr("Stable")};
    for (int i = 0; i < 5; ++i) {
        m_cards[size_t(i)] = new KpiCard(cardTitles.at(i), this);
        cards->addWidget(m_cards[size_t(i)]);
    }
    layout->addLayout(cards);

    auto* lists = new QHBoxLayout;
    lists->setSpacing(12);
    for (int i = 0; i < ListCount; ++i) {
        auto* column = new QVBoxLayout;
        m_titles[size_t(i)] = new QLabel(this);
        m_models[size_t(i)] = new HealthTableModel(this);
        auto* proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(m_models[size_t(i)]);
        proxy->setSortRole(HealthTableModel::SortRole);
        auto* view = new QTableView(this);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        // Largest drop first for at-risk, largest growth first for expanding.
        view->sortByColumn(HealthTableModel::Change, i == AtRiskList ? Qt::AscendingOrder : Qt::DescendingOrder);
        view->setItemDelegateForColumn(HealthTableModel::Trend,
                                       new SparklineDelegate(HealthTableModel::TrendRole, view));
        view->verticalHeader()->setVisible(false);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setSectionResizeMode(HealthTableModel::Customer, QHeaderView::Stretch);
        view->horizontalHeader()->setSectionResizeMode(HealthTableModel::Trend, QHeaderView::Fixed);
        view->horizontalHeader()->resizeSection(HealthTableModel::Trend, 140);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
            const QString id = index.data(HealthTableModel::CustomerIdRole).toString();
            if (!id.isEmpty())
                emit customerRequested(id);
        });
        m_views[size_t(i)] = view;
        column->addWidget(m_titles[size_t(i)]);
        column->addWidget(view, 1);
        lists->addLayout(column, 1);
    }
    layout->addLayout(lists, 1);

    // Churn risk: every customer active in the last 90 days, riskiest first, with what the
    // same model scored on the last window whose outcome is known beside the title.
    auto* churnHead = new QHBoxLayout;
    m_churnTitle = new QLabel(this);
    m_churnAccuracy = new QLabel(this);
    m_churnAccuracy->setObjectName(QStringLiteral("churnAccuracy"));
    m_churnAccuracy->setWordWrap(true);
    m_churnAccuracy->setStyleSheet(QStringLiteral("font-size: 8pt;"));
    churnHead->addWidget(m_churnTitle);
    churnHead->addSpacing(12);
    churnHead->addWidget(m_churnAccuracy, 1);
    layout->addLayout(churnHead);
    m_churnModel = new ReportTableModel(this);
    auto* churnProxy = new QSortFilterProxyModel(this);
    churnProxy->setSourceModel(m_churnModel);
    churnProxy->setSortRole(ReportTableModel::SortRole);
    m_churnView = new QTableView(this);
    m_churnView->setObjectName(QStringLiteral("churnView"));
    m_churnView->setModel(churnProxy);
    m_churnView->setSortingEnabled(true);
    m_churnView->verticalHeader()->setVisible(false);
    m_churnView->verticalHeader()->setDefaultSectionSize(m_churnView->fontMetrics().height() + 8);
    m_churnView->horizontalHeader()->setStretchLastSection(true);
    m_churnView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_churnView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_churnView->setAlternatingRowColors(true);
    m_churnView->setTextElideMode(Qt::ElideMiddle);
    connect(m_churnView, &QTableView::doubleClicked, this, [this, churnProxy](const QModelIndex& index) {
        const QModelIndex source = churnProxy->mapToSource(index);
        const QString id = m_churnModel->table().text(size_t(source.row()), QStringLiteral("customer"));
        if (!id.isEmpty())
            emit customerRequested(id);
    });
    layout->addWidget(m_churnView, 1);

    auto* footer = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 8pt;"));
    footer->addWidget(m_status, 1);
    footer->addWidget(tablesButton());
    footer->addWidget(busyIndicator());
    layout->addLayout(footer);

    auto again = [this] { setFilters(m_filters); };
    connect(m_metric, &QComboBox::currentIndexChanged, this, again);
    connect(m_periods, &QSpinBox::valueChanged, this, again);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, again);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, again);
    setDark(false);
}

qint64 HealthTab::metricId() const { return m_metric->currentData().toLongLong(); }

QString HealthTab::metricKey() const { return m_metric->currentData(Qt::UserRole + 1).toString(); }

bool HealthTab::setMetricKey(const QString& key)
{
    const int index = m_metric->findData(key, Qt::UserRole + 1);
    if (index < 0)
        return false;
    m_metric->setCurrentIndex(index); // refreshes when it changes
    return true;
}

Granularity HealthTab::windowGranularity() const { return Granularity(m_granularity->currentData().toInt()); }

void HealthTab::setWindowGranularity(Granularity g)
{
    const int index = m_granularity->findData(int(g));
    if (index >= 0)
        m_granularity->setCurrentIndex(index);
}

FilterState HealthTab::windowFilters() const
{
    FilterState f = m_filters;
    f.granularity = windowGranularity();
    return f;
}

QString HealthTab::windowText() const { return m_window->text(); }

HealthOptions HealthTab::options() const
{
    HealthOptions o;
    o.periods = m_periods->value();
    o.thresholdPct = m_threshold->value();
    return o;
}

void HealthTab::setOptions(const HealthOptions& options)
{
    {
        const QSignalBlocker b1(m_periods), b2(m_threshold);
        m_periods->setValue(options.periods);
        m_threshold->setValue(options.thresholdPct);
    }
    setFilters(m_filters);
}

ReportRequest HealthTab::reportRequest() const
{
    ReportRequest r = toRequest(windowFilters(), metricKey());
    r.health = options();
    return r;
}

void HealthTab::setFilters(const FilterState& filters)
{
    m_filters = filters;
    requestRefresh();
}

void HealthTab::refresh()
{
    runLatest([path = m_workspacePath, metric = metricKey(), filters = windowFilters(),
               opts = options()] { return HealthTabData::load(path, metric, filters, opts); },
              [this](HealthTabData data) { apply(std::move(data)); });
}

void HealthTab::apply(HealthTabData data)
{
    m_data = std::move(data);
    const std::array<HealthStatus, ListCount> statuses{HealthStatus::AtRisk, HealthStatus::Expanding};
    for (int i = 0; i < ListCount; ++i) {
        m_models[size_t(i)]->setRecords(m_data.records, statuses[size_t(i)], m_data.names);
        m_views[size_t(i)]->resizeColumnsToContents();
        m_views[size_t(i)]->horizontalHeader()->resizeSection(HealthTableModel::Trend, 140);
    }
    const QString pct = ChartStyle::percent(m_data.options.thresholdPct);
    m_titles[AtRiskList]->setText(tr("<b>At risk</b> — down at least %1 (%n customer(s)); double-click to open",
                                     nullptr, m_models[AtRiskList]->rowCount())
                                      .arg(pct));
    m_titles[ExpandingList]->setText(
        tr("<b>Expanding</b> — up at least %1 (%n customer(s))", nullptr, m_models[ExpandingList]->rowCount())
            .arg(pct));
    for (int s = 0; s < 5; ++s)
        m_cards[size_t(s)]->setValue(countText(HealthStatus(s)));
    showChurn();
    const int n = m_data.options.periods;
    const QStringList& labels = m_data.periodLabels;
    if (labels.size() == 2 * n && n > 0)
        m_window->setText(tr("%1 vs the %n before · current: %2 – %3 · previous: %4 – %5", nullptr, n)
                              .arg(lastPeriodsText(n, m_data.filters.granularity), labels.at(n), labels.last(),
                                   labels.first(), labels.at(n - 1)));
    else
        m_window->clear();
    m_status->setText(m_data.error.isEmpty() ? tr("%n customer(s) with activity in the last %1 whole periods · %2 ms",
                                                  nullptr, int(m_data.records.size()))
                                                   .arg(2 * n)
                                                   .arg(m_data.elapsedMs)
                                             : m_data.error);
    emit refreshed();
}

void HealthTab::showChurn()
{
    using Format = ReportTableModel::Format;
    m_churnModel->setColumns({{QStringLiteral("customer"), tr("Customer"), Format::Text},
                              {QStringLiteral("risk"), tr("Churn risk"), Format::Probability},
                              {QStringLiteral("value_at_risk"), tr("Last 30 days"), Format::Number},
                              {QStringLiteral("reason"), tr("Strongest signals"), Format::Text}});
    const ReportTable* list = m_data.results.table(QStringLiteral("churn-risk"));
    m_churnModel->setTable(list ? *list : ReportTable{});
    m_churnView->sortByColumn(1, Qt::DescendingOrder);
    m_churnView->resizeColumnsToContents();
    m_churnView->setColumnWidth(3, std::max(m_churnView->columnWidth(3), 200));
    const int within = list ? list->metaText(QStringLiteral("within_days")).toInt() : 0;
    const std::optional<Day> asOf = list ? parseIsoDate(list->metaText(QStringLiteral("as_of"))) : std::nullopt;
    m_churnTitle->setText(within > 0 && asOf
                              ? tr("<b>Churn risk</b> — no activity in the next %n day(s), as of %1", nullptr, within)
                                    .arg(ChartStyle::date(*asOf))
                              : tr("<b>Churn risk</b>"));
    m_churnAccuracy->setText(churnAccuracyText());
}

QString HealthTab::churnAccuracyText() const
{
    const ReportTable* t = m_data.results.table(QStringLiteral("churn-risk-accuracy"));
    if (!t || t->rows.empty())
        return {};
    const int customers = t->text(0, cols::customers).toInt();
    const std::optional<Day> scored = parseIsoDate(t->metaText(QStringLiteral("scored_as_of")));
    const QString when = scored ? ChartStyle::date(*scored) : QString();
    const auto auc = t->number(0, cols::auc);
    if (customers == 0)
        return tr("Track record: no customer was active in the 90 days before %1, nothing to check yet").arg(when);
    if (!auc)
        return tr("Track record: scored as of %1, %n customer(s), and none churned in the window after: nothing to "
                  "rank",
                  nullptr, customers)
            .arg(when);
    const auto precision = t->number(0, cols::precisionAtDecile);
    const auto recall = t->number(0, cols::recallAtDecile);
    const auto base = t->number(0, cols::baseRate);
    return tr("Track record, scored as of %1 (%n customer(s)): AUC %2 · of the riskiest 10%, %3 churned (base rate "
              "%4), %5 of all who churned",
              nullptr, customers)
        .arg(when, QLocale().toString(*auc, 'f', 2), ChartStyle::percent(precision.value_or(0) * 100),
             ChartStyle::percent(base.value_or(0) * 100), ChartStyle::percent(recall.value_or(0) * 100));
}

QString HealthTab::kpiScope() const
{
    if (windowText().isEmpty())
        return {};
    return tr("%1 · %2 · at risk when down at least %3")
        .arg(m_metric->currentText(), windowText(), ChartStyle::percent(m_data.options.thresholdPct));
}

ReportTable HealthTab::leadTable() const
{
    // More than a slide or the top of a page holds: they show what fits and count the rest.
    constexpr std::size_t kListed = 25;
    return atRiskReport(m_data.records, m_data.names, kListed);
}

QString HealthTab::leadTitle() const
{
    const int atRisk = m_data.count(HealthStatus::AtRisk);
    return atRisk == 0 ? tr("No customer at risk")
                       : tr("Customers at risk, largest accounts first (%n in all)", nullptr, atRisk);
}

QString HealthTab::countText(HealthStatus status) const { return ChartStyle::exact(double(m_data.count(status))); }

void HealthTab::setDark(bool dark)
{
    m_dark = dark;
    auto* atRisk = static_cast<SparklineDelegate*>(m_views[AtRiskList]->itemDelegateForColumn(HealthTableModel::Trend));
    auto* expanding = static_cast<SparklineDelegate*>(
        m_views[ExpandingList]->itemDelegateForColumn(HealthTableModel::Trend));
    atRisk->setColor(ChartStyle::downColor(dark));
    expanding->setColor(ChartStyle::upColor(dark));
    for (QTableView* v : m_views)
        v->viewport()->update();
}

std::vector<ReportTable> HealthTab::tables() const { return m_data.results.tables; }

std::vector<std::pair<QString, QString>> HealthTab::kpis() const
{
    std::vector<std::pair<QString, QString>> out;
    for (const KpiCard* card : m_cards)
        out.push_back(card->exported());
    return out;
}

} // namespace ul
