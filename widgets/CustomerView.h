// SPDX-License-Identifier: MIT
#pragma once

#include "DashboardTab.h"

#include "CustomerViewData.h"
#include "report/DatasetTabs.h"

#include <QWidget>

#include <optional>
#include <vector>

class QGridLayout;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace ul {

class ChartPanel;

/// Trends of one customer (or all customers) over every metric of the dataset: usage over time,
/// month-over-month change, this year against last year, and the customer's attributes.
/// Queries run on a worker thread with the same stale-result guard as MetricTab. GUI thread only.
class CustomerView : public DashboardTab {
    Q_OBJECT
public:
    CustomerView(const QString& workspacePath, const DatasetInfo& dataset, const QString& externalId,
                 std::optional<qint64> customerId, QWidget* parent = nullptr);

    QString customer() const { return m_externalId; }
    QString key() const override { return customerTabKey(m_externalId); }
    ReportRequest reportRequest() const override;
    void setFilters(const FilterState& filters) override;
    FilterState filters() const override { return m_filters; }
    void setAttributes(const std::vector<std::pair<QString, QString>>& attributes);
    void setDark(bool dark) override;
    const CustomerViewData& data() const { return m_data; }
    /// Row per metric: over time, month-over-month, year-over-year.
    ChartPanel* panel(int metricIndex, int column) const;
    /// The customer views: every metric per period, month over month, year over year.
    std::vector<ReportTable> tables() const override;
    std::vector<QChart*> charts() const override;
    /// Year-to-date value and change per metric.
    std::vector<std::pair<QString, QString>> kpis() const override;

private:
    void refresh() override;
    void redraw() override { rebuild(); }
    void apply(CustomerViewData data);
    void rebuild();

    QString m_workspacePath;
    DatasetInfo m_dataset;
    QString m_externalId;
    std::optional<qint64> m_customerId;
    CustomerViewData m_data;
    FilterState m_filters;
    bool m_dark = false;
    std::vector<ChartPanel*> m_panels;
    QLabel* m_yoySummary = nullptr;
    QTableWidget* m_attributes = nullptr;
};

} // namespace ul
