// SPDX-License-Identifier: MIT
#pragma once

#include "DashboardTab.h"
#include "FilterState.h"
#include "MetricTabData.h"
#include "query/DatasetCatalog.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QProgressBar;
class QLabel;

class QStackedWidget;
class QToolButton;

namespace ul {

class ActivityPage;
class PivotPage;
class RankingPage;

class ChartPanel;
class KpiCard;

/// The dashboard of one metric: KPI cards and six charts. Queries run on a worker thread
/// (MetricTabData::load); a generation counter drops results of superseded filter changes.
/// GUI thread only. refreshed() fires after a result was applied.
class MetricTab : public DashboardTab {
    Q_OBJECT
public:
    enum Chart { Totals, Running, Change, Distribution, TopCustomers, TopNew, ChartCount };
    enum Kpi { Total, ChangeKpi, Active, NewCustomers, AvgPerActive, TopDecile, KpiCount };

    MetricTab(const QString& workspacePath, const MetricInfo& metric, QWidget* parent = nullptr);

    const MetricInfo& metric() const { return m_metric; }
    /// A money metric's currency ("EUR"): its amounts carry it in the cards (and so in slides and
    /// the PDF). Empty for everything else.
    void setCurrency(const QString& currency);
    QString key() const override { return m_metric.key; }
    ReportRequest reportRequest() const override;
    /// Refreshes now when visible (or synchronous); a hidden tab refreshes when it is shown,
    /// so the tab the user looks at never waits behind the others.
    void setFilters(const FilterState& filters) override;
    FilterState filters() const override { return m_filters; }
    void setDark(bool dark) override;
    const MetricTabData& data() const { return m_data; }
    ChartPanel* panel(Chart chart) const { return m_panels[chart]; }
    KpiCard* kpiCard(Kpi kpi) const { return m_cards[kpi]; }
    /// The metric views of the current result, as `usagelens report` prints them.
    std::vector<ReportTable> tables() const override;
    std::vector<QChart*> charts() const override;
    std::vector<std::pair<QString, QString>> kpis() const override;
    /// The pages of the tab: the usage charts, customers by activity with cohorts, and the
    /// ranking with its table. A page loads with the next refresh and stays chosen across
    /// filter changes.
    enum class Page { Usage, Customers, Ranking, Pivot };
    void showPage(Page page);
    Page page() const;
    /// "usage", "customers", "ranking", "pivot" (saved views, snapshot --page) and back.
    static QString pageKey(Page page);
    static std::optional<Page> pageFromKey(const QString& key);
    void showActivityPage(bool show) { showPage(show ? Page::Customers : Page::Usage); }
    bool activityPageShown() const { return page() == Page::Customers; }
    ActivityPage* activityPage() const { return m_activity; }
    RankingPage* rankingPage() const { return m_ranking; }
    PivotPage* pivotPage() const { return m_pivot; }
    /// The dataset's other metrics, offered for the comparison on the total-per-period chart.
    void setComparableMetrics(const std::vector<MetricInfo>& metrics);
    /// What the total-per-period chart is compared with (ignored while broken down by a column).
    void setComparison(const Comparison& comparison);
    Comparison comparison() const { return m_compare; }
    QComboBox* comparisonBox() const { return m_compareBox; }
    /// Draws the forecast (its bands and the model's track record under the chart) on the
    /// total-per-period chart; not while broken down by a column. The views are computed either way.
    void setForecastShown(bool shown);
    bool forecastShown() const { return m_forecast; }
    QCheckBox* forecastBox() const { return m_forecastBox; }
    /// The forecast's caption when it is shown (exports print it under the KPIs).
    QString kpiNote() const override;
    /// The customers behind the period labelled `period` (a click on a time chart); the dialog
    /// stays open and follows later clicks.
    void openContributors(const QString& period, const QString& cohort = {});

private:
    void refresh() override;
    void redraw() override { rebuild(); }
    void apply(MetricTabData data);
    void loadPerCustomerTables();
    void rebuild();
    /// The Ranking page from the `ranking` table of the per-customer batch.
    void showRanking();
    /// A click on a customer's bar: filters the window to it, or with Ctrl/Shift opens its view.
    void pickCustomer(const QString& externalId);
    /// Ctrl or Shift held: a click opens the drill-down instead of cross-filtering.
    static bool modifierClick();
    /// The Pivot page from the `pivot` table of the per-customer batch.
    void showPivot();
    /// The comparison actually applied: none while broken down.
    Comparison activeComparison() const;
    /// The legend's name for the comparison ("Same periods last year", a metric's name).
    QString comparisonName(const Comparison& comparison) const;
    /// The total-per-period chart split by the breakdown column (FilterState::breakdown).
    QChart* breakdownChart(const QStringList& labels) const;

    QString m_workspacePath;
    MetricInfo m_metric;
    QString m_currency;
    FilterState m_filters;
    MetricTabData m_data;
    bool m_dark = false;
    std::array<ChartPanel*, ChartCount> m_panels{};
    std::array<KpiCard*, KpiCount> m_cards{};
    QLabel* m_status = nullptr;
    QStackedWidget* m_pages = nullptr;
    ActivityPage* m_activity = nullptr;
    RankingPage* m_ranking = nullptr;
    PivotPage* m_pivot = nullptr;
    QToolButton* m_usageButton = nullptr;
    QToolButton* m_activityButton = nullptr;
    QToolButton* m_rankingButton = nullptr;
    QToolButton* m_pivotButton = nullptr;
    QComboBox* m_compareBox = nullptr;
    Comparison m_compare;
    QCheckBox* m_forecastBox = nullptr;
    bool m_forecast = false;
};

} // namespace ul
