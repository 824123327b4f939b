// SPDX-License-Identifier: MIT
#include "tables/ReportTableModel.h"

#include "ChartStyle.h"
#include "tables/CellText.h"

#include <QLocale>

namespace ul {

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

ReportTableModel::Format ReportTableModel::formatOf(const ul::Column& column)
{
    switch (column.kind) {
    case ColumnKind::Count: return Format::Count;
    case ColumnKind::Percent:
        return column.unit == QLatin1String(ul::Column::kFractionUnit) ? Format::Probability : Format::Percent;
    case ColumnKind::Money: return Format::Money;
    case ColumnKind::Ratio: return Format::Ratio;
    case ColumnKind::Amount: return column.decimals == 1 ? Format::Months : Format::Number;
    case ColumnKind::Id:
    case ColumnKind::Period:
    case ColumnKind::Text:
    case ColumnKind::Flag:
    case ColumnKind::Series: break;
    }
    return Format::Text;
}

ReportTableModel::Column ReportTableModel::shown(const ul::Column& column, const QString& title)
{
    return {column.key, title.isEmpty() ? column.displayName() : title, formatOf(column)};
}

std::vector<ReportTableModel::Column> ReportTableModel::columnsOf(const ReportTable& table)
{
    std::vector<Column> columns;
    for (const ul::Column& c : table.columns)
        columns.push_back(shown(c));
    return columns;
}

void ReportTableModel::setColumns(std::vector<Column> columns)
{
    beginResetModel();
    m_columns = std::move(columns);
    m_sourceColumns.clear();
    for (const Column& c : m_columns)
        m_sourceColumns.push_back(m_table.columnIndex(c.key));
    endResetModel();
}

void ReportTableModel::setTable(ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_sourceColumns.clear();
    for (const Column& c : m_columns)
        m_sourceColumns.push_back(m_table.columnIndex(c.key));
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const ReportCell* ReportTableModel::cell(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return nullptr;
    const int source = m_sourceColumns[size_t(index.column())];
    const auto& row = m_table.rows[size_t(index.row())];
    if (source < 0 || source >= int(row.size()))
        return nullptr;
    return &row[size_t(source)];
}

QString ReportTableModel::format(const ReportCell& cell, Format format) const
{
    // A format is a kind (and unit) to display by: the cell reads as in a column of that kind.
    ul::Column as;
    switch (format) {
    case Format::Money: as.kind = ColumnKind::Money; break;
    case Format::Percent: as.kind = ColumnKind::Percent; break;
    case Format::Count: as.kind = ColumnKind::Count; break;
    case Format::Ratio: as.kind = ColumnKind::Ratio; break;
    case Format::Months:
        as.kind = ColumnKind::Amount;
        as.decimals = 1;
        break;
    case Format::Probability:
        as.kind = ColumnKind::Percent;
        as.unit = QLatin1String(ul::Column::kFractionUnit);
        break;
    case Format::Text:
    case Format::Number: as.kind = ColumnKind::Amount; break;
    }
    return cellDisplayText(cell, as);
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    const ReportCell* c = cell(index);
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Format f = m_columns[size_t(index.column())].format;
    switch (role) {
    case Qt::DisplayRole: return c ? format(*c, f) : QString();
    case SortRole:
        if (!c || std::holds_alternative<std::monostate>(*c))
            return {};
        if (const std::optional<double> number = cellNumber(*c))
            return *number;
        return cellText(*c);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(f == Format::Text ? Qt::AlignLeft | Qt::AlignVCenter
                                                     : Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columnCount())
        return m_columns[size_t(section)].title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace ul
