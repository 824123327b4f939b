// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"
#include "tables/TableStyle.h"

#include <QAbstractTableModel>
#include <QSet>

#include <memory>

namespace ul {

/// The `pivot` view as a heatmap table: one row per customer (or dimension value), then "Other"
/// and "Total"; one column per period, then the total. Row names sit in the vertical header so
/// they stay in view while scrolling sideways. A cell's colour is its share of the largest
/// customer cell (Other, Total and the total column are left uncoloured: they would own the
/// scale). Periods the data covers only in part are marked with "*" and a tooltip.
class PivotTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;
    /// 0 for a customer row, 1 for "Other", 2 for "Total": sorting keeps them last.
    static constexpr int RowKindRole = Qt::UserRole + 2;

    explicit PivotTableModel(QObject* parent = nullptr);
    void setPivot(const ReportTable& pivot);
    void setStyle(std::shared_ptr<const TableStyle> style);
    const ReportTable& pivot() const { return m_pivot; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The table as tab-separated text with its headers (numbers unformatted, as the CSV).
    QString toTsv() const;

private:
    int rowKind(int row) const;
    std::optional<double> value(int row, int column) const;

    ReportTable m_pivot;
    QSet<QString> m_partial;
    double m_largest = 0;
    std::shared_ptr<const TableStyle> m_style;
};

} // namespace ul
