// SPDX-License-Identifier: MIT
#pragma once

#include "DashboardTab.h"
#include "HealthTabData.h"
#include "query/DatasetCatalog.h"

#include <array>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTableView;

namespace ul {

class HealthTableModel;
class ReportTableModel;
class KpiCard;

/// Customer health of one metric: the last N whole periods (its own granularity, months by
/// default, not the filter bar's) against the N before, with the at-risk and expanding customers listed and a sparkline
/// of each trend. Loads on a worker (HealthTabData::load) behind a generation counter. GUI thread only.
class HealthTab : public DashboardTab {
    Q_OBJECT
public:
    enum List { AtRiskList, ExpandingList, ListCount };

    HealthTab(const QString& workspacePath, const DatasetInfo& dataset, qint64 defaultMetricId,
              QWidget* parent = nullptr);

    QString key() const override { return QStringLiteral("health"); }
    ReportRequest reportRequest() const override;
    void setFilters(const FilterState& filters) override;
    FilterState filters() const override { return m_filters; }
    void setDark(bool dark) override;

    qint64 metricId() const;
    QString metricKey() const;
    /// Shows `key`'s health (the metric the user was looking at); false when it has no such metric.
    bool setMetricKey(const QString& key);
    Granularity windowGranularity() const;
    void setWindowGranularity(Granularity g);
    /// The filters the assessment runs with: the bar's, at the tab's own granularity.
    FilterState windowFilters() const;
    QString windowText() const;
    HealthOptions options() const;
    /// Sets the periods and threshold controls (one refresh).
    void setOptions(const HealthOptions& options);
    const HealthTabData& data() const { return m_data; }
    HealthTableModel* model(List list) const { return m_models[list]; }
    QTableView* view(List list) const { return m_views[list]; }
    QString countText(HealthStatus status) const;
    /// The churn-risk list (the churn-risk view) and the sentence on its backtest beside it.
    ReportTableModel* churnModel() const { return m_churnModel; }
    QTableView* churnView() const { return m_churnView; }
    QString churnAccuracyText() const;
    /// The health views: customers per status, and every assessed customer.
    std::vector<ReportTable> tables() const override;
    std::vector<std::pair<QString, QString>> kpis() const override;
    /// The churn list's track record (exports print it under the KPIs).
    QString kpiNote() const override { return churnAccuracyText(); }
    /// The metric, its two windows and the threshold.
    QString kpiScope() const override;
    /// The at-risk customers that weighed most before their drop (SegmentReports' atRiskReport).
    ReportTable leadTable() const override;
    QString leadTitle() const override;

private:
    void refresh() override;
    void apply(HealthTabData data);
    void showChurn();

    QString m_workspacePath;
    FilterState m_filters;
    HealthTabData m_data;
    bool m_dark = false;
    QComboBox* m_metric = nullptr;
    QSpinBox* m_periods = nullptr;
    QComboBox* m_granularity = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    std::array<KpiCard*, 5> m_cards{}; ///< by HealthStatus
    std::array<HealthTableModel*, ListCount> m_models{};
    std::array<QTableView*, ListCount> m_views{};
    std::array<QLabel*, ListCount> m_titles{};
    ReportTableModel* m_churnModel = nullptr;
    QTableView* m_churnView = nullptr;
    QLabel* m_churnTitle = nullptr;
    QLabel* m_churnAccuracy = nullptr;
    QLabel* m_window = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace ul
