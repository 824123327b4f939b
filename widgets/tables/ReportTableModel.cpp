// SPDX-License-Identifier: MIT
#include "tables/ReportTableModel.h"

#include "ChartStyle.h"
#include "report/ColumnFormat.h"
#include "tables/CellText.h"

#include <QLocale>

namespace ul {

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

namespace {

ReportTableModel::Format formatOf(ValueKind kind)
{
    using F = ReportTableModel::Format;
    switch (kind) {
    case ValueKind::Count: return F::Count;
    case ValueKind::Percent: return F::Percent;
    case ValueKind::Money: return F::Money;
    case ValueKind::Ratio: return F::Ratio;
    case ValueKind::Months: return F::Months;
    case ValueKind::Probability: return F::Probability;
    case ValueKind::Number: return F::Number;
    case ValueKind::Text: break;
    }
    return F::Text;
}

} // namespace

std::vector<ReportTableModel::Column> ReportTableModel::columnsOf(const ReportTable& table)
{
    std::vector<Column> columns;
    for (const QString& key : table.columns)
        columns.push_back({key, columnTitle(key), formatOf(columnKind(table.name, key))});
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
    switch (format) {
    case Format::Money: return cellDisplayText(cell, ValueKind::Money);
    case Format::Percent: return cellDisplayText(cell, ValueKind::Percent);
    case Format::Count: return cellDisplayText(cell, ValueKind::Count);
    case Format::Ratio: return cellDisplayText(cell, ValueKind::Ratio);
    case Format::Months: return cellDisplayText(cell, ValueKind::Months);
    case Format::Probability: return cellDisplayText(cell, ValueKind::Probability);
    case Format::Text:
    case Format::Number: break;
    }
    return cellDisplayText(cell, ValueKind::Number);
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
