// SPDX-License-Identifier: MIT
#include "tables/ReportTableModel.h"

#include "ChartStyle.h"

#include <QLocale>

namespace ul {

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

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
    if (const auto* text = std::get_if<QString>(&cell)) {
        // The reports speak English keys ("yes"/"no"); the window shows them translated.
        if (*text == QLatin1String("yes"))
            return tr("yes");
        if (*text == QLatin1String("no"))
            return tr("no");
        return *text;
    }
    const std::optional<double> number = cellNumber(cell);
    if (!number)
        return tr("n/a");
    const QLocale locale;
    switch (format) {
    case Format::Money: return locale.toString(*number, 'f', 2);
    case Format::Percent: return ChartStyle::percent(*number);
    case Format::Count: return locale.toString(*number, 'f', 0);
    case Format::Ratio: return locale.toString(*number, 'f', 2) + QStringLiteral("×");
    case Format::Months: return locale.toString(*number, 'f', 1);
    case Format::Text: break;
    }
    return ChartStyle::exact(*number);
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
