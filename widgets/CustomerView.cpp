// SPDX-License-Identifier: MIT
#include "CustomerView.h"

#include "ChartPanel.h"
#include "ChartStyle.h"
#include "UsageCharts.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace ul {

namespace {
constexpr int kColumns = 3;
}

CustomerView::CustomerView(const QString& workspacePath, const DatasetInfo& dataset, const QString& externalId,
                           std::optional<qint64> customerId, QWidget* parent)
    : DashboardTab(parent)
    , m_workspacePath(workspacePath)
    , m_dataset(dataset)
    , m_externalId(externalId)
    , m_customerId(customerId)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    // Datasets can have many metrics: rows scroll instead of squeezing every chart.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* charts = new QWidget(scroll);
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    // The metric's name leads its row; the next two titles stay short enough for a third of a
    // 1280-pixel window.
    const QStringList columns{tr("%1 over time"), tr("Month-over-month change"), tr("Year over year")};
    for (size_t m = 0; m < dataset.metrics.size(); ++m)
        for (int c = 0; c < kColumns; ++c) {
            auto* panel = new ChartPanel(c == 0 ? columns.at(c).arg(dataset.metrics[m].displayName) : columns.at(c),
                                         charts);
            panel->setMinimumHeight(260);
            grid->addWidget(panel, int(m), c);
            m_panels.push_back(panel);
        }
    scroll->setWidget(charts);
    layout->addWidget(scroll, 1);

    auto* side = new QWidget(this);
    side->setFixedWidth(260);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(externalId.isEmpty() ? tr("All customers") : tr("Customer %1").arg(externalId), side);
    title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sideLayout->addWidget(title);
    // One paragraph per metric: a dataset with a dozen metrics would make the window taller than a
    // projector, so the summary scrolls inside the side bar instead.
    auto* summaryScroll = new QScrollArea(side);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_yoySummary = new QLabel(summaryScroll);
    m_yoySummary->setWordWrap(true);
    m_yoySummary->setTextFormat(Qt::RichText);
    m_yoySummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    summaryScroll->setWidget(m_yoySummary);
    sideLayout->addWidget(summaryScroll, 2);
    auto* attrTitle = new QLabel(tr("Attributes"), side);
    attrTitle->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 8px;"));
    sideLayout->addWidget(attrTitle);
    m_attributes = new QTableWidget(0, 2, side);
    m_attributes->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->verticalHeader()->setVisible(false);
    m_attributes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attributes->setAlternatingRowColors(true);
    sideLayout->addWidget(m_attributes, 1);
    m_attributes->setMinimumHeight(80);
    sideLayout->addWidget(tablesButton());
    sideLayout->addWidget(busyIndicator());
    layout->addWidget(side);
}

ChartPanel* CustomerView::panel(int metricIndex, int column) const
{
    const size_t i = size_t(metricIndex * kColumns + column);
    return i < m_panels.size() ? m_panels[i] : nullptr;
}

std::vector<ReportTable> CustomerView::tables() const { return m_data.results.tables; }

std::vector<QChart*> CustomerView::charts() const
{
    std::vector<QChart*> out;
    for (ChartPanel* p : m_panels)
        if (QChart* c = p->chart(); c && !p->isHidden())
            out.push_back(c);
    return out;
}

std::vector<std::pair<QString, QString>> CustomerView::kpis() const
{
    std::vector<std::pair<QString, QString>> out;
    for (const auto& t : m_data.metrics) {
        const QString change = t.yoy.changePct ? ChartStyle::percent(*t.yoy.changePct) : QStringLiteral("–");
        out.emplace_back(tr("%1 year to date").arg(t.metric.displayName),
                         tr("%1\nYoY %2").arg(ChartStyle::abbreviate(t.yoy.yearToDate), change));
    }
    return out;
}

void CustomerView::setAttributes(const std::vector<std::pair<QString, QString>>& attributes)
{
    m_attributes->setRowCount(int(attributes.size()));
    for (int r = 0; r < int(attributes.size()); ++r) {
        m_attributes->setItem(r, 0, new QTableWidgetItem(attributes[size_t(r)].first));
        m_attributes->setItem(r, 1, new QTableWidgetItem(attributes[size_t(r)].second));
    }
    if (attributes.empty()) {
        m_attributes->setRowCount(1);
        m_attributes->setItem(
            0, 0, new QTableWidgetItem(m_externalId.isEmpty() ? tr("(all customers)") : tr("(no attributes)")));
    }
    m_attributes->resizeColumnToContents(0);
}

ReportRequest CustomerView::reportRequest() const
{
    ReportRequest r = toRequest(m_filters);
    r.dataset = m_dataset.name;
    r.customer = m_externalId;
    return r;
}

void CustomerView::setFilters(const FilterState& filters)
{
    m_filters = filters;
    requestRefresh();
}

void CustomerView::refresh()
{
    runLatest([path = m_workspacePath, dataset = m_dataset, customer = m_externalId,
               filters = m_filters] { return CustomerViewData::load(path, dataset, customer, filters); },
              [this](CustomerViewData data) { apply(std::move(data)); });
}

void CustomerView::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    rebuild();
}

void CustomerView::apply(CustomerViewData data)
{
    m_data = std::move(data);
    rebuild();
    emit refreshed();
}

void CustomerView::rebuild()
{
    const bool dark = m_dark;
    const QString noData = m_data.error.isEmpty() ? tr("No data for this selection") : m_data.error;
    const QStringList months = [] {
        QStringList m;
        for (int i = 1; i <= 12; ++i)
            m << QLocale().standaloneMonthName(i, QLocale::ShortFormat);
        return m;
    }();
    QString summary;
    QStringList unused;
    for (size_t i = 0; i < m_dataset.metrics.size(); ++i) {
        ChartPanel* over = panel(int(i), 0);
        ChartPanel* mom = panel(int(i), 1);
        ChartPanel* yoy = panel(int(i), 2);
        if (i >= m_data.metrics.size()) {
            for (ChartPanel* p : {over, mom, yoy})
                p->showMessage(noData, dark);
            continue;
        }
        const auto& t = m_data.metrics[i];
        const int color = int(i);
        const bool any = std::any_of(t.totals.begin(), t.totals.end(),
                                     [](const PeriodTotal& p) { return p.value != 0; });
        const YearOverYear& y = t.yoy;
        const bool anyYear = std::any_of(y.current.begin(), y.current.end(), [](const auto& v) { return v && *v != 0; })
                             || std::any_of(y.previous.begin(), y.previous.end(),
                                            [](const auto& v) { return v && *v != 0; });
        // Metrics this customer never used would fill the view with empty states: list them instead.
        const bool hideRow = !any && !anyYear && m_data.metrics.size() > 1;
        for (ChartPanel* p : {over, mom, yoy})
            p->setVisible(!hideRow);
        if (hideRow) {
            unused << t.metric.displayName.toHtmlEscaped();
            continue;
        }
        if (!any) {
            over->showMessage(noData, dark);
            mom->showMessage(noData, dark);
        } else {
            UsageCharts::Series s{t.metric.displayName, {}, UsageCharts::partialNotesOf(t.totals)};
            for (const PeriodTotal& p : t.totals)
                s.values.push_back(p.value);
            const QStringList labels = UsageCharts::labelsOf(t.totals);
            over->setChart(t.totals.size() > 60 ? UsageCharts::periodLines(labels, {s}, dark, false, false, color)
                                                : UsageCharts::periodBars(labels, {s}, dark, false, color));
            markNotes(over->chart(), UsageCharts::startsOf(t.totals), m_data.filters.granularity, dark);
            const bool anyChange = std::any_of(t.monthChange.begin(), t.monthChange.end(),
                                               [](const auto& v) { return v.has_value(); });
            if (anyChange) {
                mom->setChart(UsageCharts::changeBars(UsageCharts::labelsOf(t.monthly), t.monthChange, dark));
                markNotes(mom->chart(), UsageCharts::startsOf(t.monthly), Granularity::Month, dark);
            } else {
                mom->showMessage(tr("Needs at least two months with data"), dark);
            }
        }
        if (!anyYear) {
            yoy->showMessage(noData, dark);
        } else {
            UsageCharts::Series cur{QString::number(y.year), {y.current.begin(), y.current.end()}};
            UsageCharts::Series prev{QString::number(y.year - 1), {y.previous.begin(), y.previous.end()}};
            yoy->setChart(UsageCharts::periodBars(months, {prev, cur}, dark, false, 4));
        }
        QString change = QStringLiteral("–");
        if (y.changePct) {
            const QColor c = ChartStyle::changeColor(*y.changePct, dark);
            change = QStringLiteral("<span style='%1font-weight:600'>%2</span>")
                         .arg(c.isValid() ? QStringLiteral("color:%1; ").arg(c.name()) : QString(),
                              ChartStyle::signedChange(*y.changePct).toHtmlEscaped());
        }
        // The year to date is every covered month; the change compares only the months both
        // years cover (like for like), which the second line names when they differ.
        const bool anyCompared = std::find(y.compared.begin(), y.compared.end(), true) != y.compared.end();
        const QString compared = !anyCompared ? tr(" (no data then)")
                                 : y.currentYtd == y.yearToDate
                                     ? QString()
                                     : tr(" (this year's same months: %1)").arg(ChartStyle::abbreviate(y.currentYtd));
        summary += tr("<p><b>%1</b><br>%2 year to date: %3<br>%4 same span: %5%6<br>YoY change: %7</p>")
                       .arg(t.metric.displayName.toHtmlEscaped())
                       .arg(y.year)
                       .arg(ChartStyle::abbreviate(y.yearToDate))
                       .arg(y.year - 1)
                       .arg(ChartStyle::abbreviate(y.previousYtd))
                       .arg(compared)
                       .arg(change);
    }
    if (!unused.isEmpty())
        summary += tr("<p><i>No usage in this range:</i> %1</p>").arg(unused.join(QStringLiteral(", ")));
    m_yoySummary->setText(summary);
}

} // namespace ul
