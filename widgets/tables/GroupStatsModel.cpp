// SPDX-License-Identifier: MIT
#include "tables/GroupStatsModel.h"

#include "ChartStyle.h"

#include <cmath>

namespace ul {

GroupStatsModel::GroupStatsModel(const QString& groupHeader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_groupHeader(groupHeader)
{}

void GroupStatsModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int GroupStatsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int GroupStatsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant GroupStatsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const RfmGroupStats& s = row.stats;
    const double raw[] = {0,          double(s.customers), s.customersPct,  s.value,
                          s.valuePct, s.meanRecencyDays,   s.meanFrequency, s.meanMonetary};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Group)
            return row.label;
        if (std::isnan(raw[column]))
            return QStringLiteral("–"); // mean of an empty group
        if (column == CustomersPct || column == ValuePct)
            return ChartStyle::percent(raw[column]);
        if (column == Value || column == MeanMonetary)
            return ChartStyle::abbreviate(raw[column]);
        if (column == Customers)
            return ChartStyle::exact(raw[column]);
        return QLocale().toString(raw[column], 'f', 1);
    case Qt::ToolTipRole:
        return column == Group || std::isnan(raw[column]) ? QVariant(row.label)
                                                          : QVariant(ChartStyle::exact(raw[column]));
    case SortRole:
        return column == Group ? QVariant(index.row()) : QVariant(std::isnan(raw[column]) ? -1.0 : raw[column]);
    case Qt::TextAlignmentRole:
        return column == Group ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole: return column == Group && row.color.isValid() ? QVariant(row.color) : QVariant();
    default: return {};
    }
}

QVariant GroupStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        const QString titles[] = {m_groupHeader, tr("Customers"), tr("% cust."), tr("Value"),
                                  tr("% value"), tr("Avg R (d)"), tr("Avg F"),   tr("Avg M")};
        return titles[section];
    }
    if (role == Qt::ToolTipRole && section >= MeanRecency)
        return tr("Mean recency in days, frequency and monetary value of the group");
    return {};
}

} // namespace ul
