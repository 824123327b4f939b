// SPDX-License-Identifier: MIT
#pragma once

#include "revenue/Cohorts.h"
#include "tables/TableStyle.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace ul {

/// The cohort triangle as a heatmap: one row per cohort (first month with revenue), one column
/// per month since start. Cells show customer or revenue retention in percent over a colour
/// scale (from a TableStyle); tooltips give customers and revenue. SortRole is the raw fraction.
/// GUI thread only; setters reset the model.
class CohortModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1 };
    enum class Measure { Customers, Revenue };

    explicit CohortModel(QObject* parent = nullptr);
    explicit CohortModel(std::shared_ptr<const TableStyle> style, QObject* parent = nullptr);
    void setCohorts(std::vector<Cohort> cohorts, const QString& currency);
    /// Cohorts by activity of a usage metric (report --view cohorts --metric): tooltips speak of
    /// first activity and of the metric instead of payments and revenue.
    void setUsageWording(const QString& metricName) { m_usageMetric = metricName; }
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    void setStyle(std::shared_ptr<const TableStyle> style);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Retention fraction of a cell; nullopt outside the triangle (or revenue without a base).
    std::optional<double> value(int row, int column) const;
    /// What a cell is about, for the drill-down: its cohort ("2022-10") and the month it shows
    /// ("2022-12" for column 2); nullopt outside the triangle.
    std::optional<std::pair<QString, QString>> cohortAndMonth(const QModelIndex& index) const;

private:
    std::vector<Cohort> m_cohorts;
    QString m_currency;
    QString m_usageMetric; ///< non-empty: usage cohorts
    int m_columns = 0;
    Measure m_measure = Measure::Customers;
    std::shared_ptr<const TableStyle> m_style;
};

} // namespace ul
