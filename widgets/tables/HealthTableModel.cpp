// SPDX-License-Identifier: MIT
#include "tables/HealthTableModel.h"

#include "ChartStyle.h"

#include <cmath>

namespace ul {

HealthTableModel::HealthTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void HealthTableModel::setRecords(const std::vector<HealthRecord>& records, HealthStatus status,
                                  const QHash<qint64, QString>& names)
{
    beginResetModel();
    m_records.clear();
    m_names.clear();
    for (const HealthRecord& r : records) {
        if (r.status != status)
            continue;
        m_records.push_back(r);
        m_names << names.value(r.customer, QString::number(r.customer));
    }
    endResetModel();
}

QString HealthTableModel::customerAt(int row) const { return m_names.value(row); }

int HealthTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_records.size()); }
int HealthTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant HealthTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HealthRecord& r = m_records[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Customer: return m_names.at(index.row());
        case Previous: return ChartStyle::abbreviate(r.previous);
        case Current: return ChartStyle::abbreviate(r.current);
        case Change:
            return std::isnan(r.changePct)
                       ? QStringLiteral("–")
                       : (r.changePct > 0 ? QStringLiteral("+") : QString()) + ChartStyle::percent(r.changePct);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (column == Previous)
            return ChartStyle::exact(r.previous);
        if (column == Current)
            return ChartStyle::exact(r.current);
        return tr("Double-click to open %1").arg(m_names.at(index.row()));
    case SortRole:
        switch (column) {
        case Customer: return m_names.at(index.row());
        case Previous: return r.previous;
        case Current: return r.current;
        case Change: return std::isnan(r.changePct) ? 0.0 : r.changePct;
        default: return r.current - r.previous; // trend: by absolute change
        }
    case TrendRole: {
        QList<double> values(r.trend.begin(), r.trend.end());
        return QVariant::fromValue(values);
    }
    case CustomerIdRole: return m_names.at(index.row());
    case Qt::TextAlignmentRole:
        return column == Customer ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant HealthTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    const QString titles[] = {tr("Customer"), tr("Previous"), tr("Current"), tr("Change"), tr("Trend")};
    return titles[section];
}

} // namespace ul
