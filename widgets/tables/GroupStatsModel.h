// SPDX-License-Identifier: MIT
#pragma once

#include "segments/RfmGroupStats.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

namespace ul {

/// Segment or cluster summary rows (customers, value, shares, mean R/F/M) as a read-only table.
/// SortRole gives raw numbers so a proxy sorts by value, not by display text. GUI thread only.
class GroupStatsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Group,
        Customers,
        CustomersPct,
        Value,
        ValuePct,
        MeanRecency,
        MeanFrequency,
        MeanMonetary,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    struct Row {
        QString label;
        RfmGroupStats stats;
        QColor color; ///< swatch matching the charts; invalid = none
    };

    explicit GroupStatsModel(const QString& groupHeader, QObject* parent = nullptr);
    void setRows(std::vector<Row> rows);
    const std::vector<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString m_groupHeader;
    std::vector<Row> m_rows;
};

} // namespace ul
