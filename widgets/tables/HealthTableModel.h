// SPDX-License-Identifier: MIT
#pragma once

#include "segments/CustomerHealth.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace ul {

/// One list of the Health tab (at risk or expanding customers). SortRole gives raw numbers;
/// TrendRole the 2N period values (QList<double>) painted by SparklineDelegate. GUI thread only.
class HealthTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Customer, Previous, Current, Change, Trend, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int TrendRole = Qt::UserRole + 2;
    static constexpr int CustomerIdRole = Qt::UserRole + 3; ///< external id, for opening the customer

    explicit HealthTableModel(QObject* parent = nullptr);
    /// Keeps the records of `status` only.
    void setRecords(const std::vector<HealthRecord>& records, HealthStatus status, const QHash<qint64, QString>& names);
    const std::vector<HealthRecord>& records() const { return m_records; }
    QString customerAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<HealthRecord> m_records;
    QStringList m_names; ///< parallel to m_records
};

} // namespace ul
