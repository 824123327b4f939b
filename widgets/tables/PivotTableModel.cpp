// SPDX-License-Identifier: MIT
#include "tables/PivotTableModel.h"

#include "tables/CellText.h"

#include <cmath>

namespace ul {

PivotTableModel::PivotTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_style(ChartTableStyle::forTheme(false))
{}

void PivotTableModel::setPivot(const ReportTable& pivot)
{
    beginResetModel();
    m_pivot = pivot;
    const QStringList partial =
        pivot.metaText(QStringLiteral("partial_periods")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_partial = QSet<QString>(partial.begin(), partial.end());
    m_largest = 0;
    for (int r = 0; r < rowCount(); ++r) {
        if (rowKind(r) != 0)
            continue;
        for (int c = 0; c + 1 < columnCount(); ++c) {
            if (const auto v = value(r, c))
                m_largest = std::max(m_largest, std::abs(*v));
        }
    }
    endResetModel();
}

void PivotTableModel::setStyle(std::shared_ptr<const TableStyle> style)
{
    m_style = std::move(style);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::BackgroundRole, Qt::ForegroundRole});
}

int PivotTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pivot.rows.size());
}

int PivotTableModel::columnCount(const QModelIndex& parent) const
{
    // The first report column (the row name) is the vertical header.
    return parent.isValid() || m_pivot.columns.isEmpty() ? 0 : int(m_pivot.columns.size()) - 1;
}

int PivotTableModel::rowKind(int row) const
{
    // The view puts "Other" and "Total" last, in that order.
    const int n = rowCount();
    if (row == n - 1)
        return 2;
    const QString name = m_pivot.text(size_t(row), m_pivot.columns.value(0));
    return row == n - 2 && name == QLatin1String("Other") ? 1 : 0;
}

std::optional<double> PivotTableModel::value(int row, int column) const
{
    return m_pivot.number(size_t(row), m_pivot.columns.value(column + 1));
}

QVariant PivotTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const std::optional<double> v = value(index.row(), index.column());
    const bool coloured = v && rowKind(index.row()) == 0 && index.column() + 1 < columnCount() && m_largest > 0;
    switch (role) {
    case Qt::DisplayRole:
        return v ? QVariant(cellDisplayText(ReportCell(*v), m_pivot.columns[index.column() + 1])) : QVariant();
    case SortRole: return v ? QVariant(*v) : QVariant(-HUGE_VAL);
    case RowKindRole: return rowKind(index.row());
    case Qt::BackgroundRole: return coloured ? QVariant(m_style->heat(std::abs(*v) / m_largest)) : QVariant();
    case Qt::ForegroundRole:
        return coloured ? QVariant(m_style->textOn(m_style->heat(std::abs(*v) / m_largest))) : QVariant();
    case Qt::FontRole: {
        if (rowKind(index.row()) == 0 && index.column() + 1 < columnCount())
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant PivotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole)
            return m_pivot.text(size_t(section), m_pivot.columns.value(0));
        return {};
    }
    const QString label = m_pivot.columns.value(section + 1);
    const bool partial = m_partial.contains(label);
    switch (role) {
    case Qt::DisplayRole:
        if (section + 1 == columnCount())
            return tr("Total");
        return partial ? label + QLatin1Char('*') : label;
    case Qt::ToolTipRole: return partial ? tr("%1: the data covers this period only in part").arg(label) : QVariant();
    default: return {};
    }
}

QString PivotTableModel::toTsv() const
{
    // Tabs and line breaks inside names would break the grid: they become spaces.
    const auto clean = [](QString s) {
        return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList lines;
    QStringList header;
    for (const Column& c : m_pivot.columns)
        header << clean(c.key);
    lines << header.join(QLatin1Char('\t'));
    for (size_t r = 0; r < m_pivot.rows.size(); ++r) {
        QStringList cells;
        for (const ReportCell& cell : m_pivot.rows[r])
            cells << clean(cellText(cell));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ul
