// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"

#include <QAbstractTableModel>

#include <vector>

namespace ul {

/// Shows a ReportTable (the same typed rows as the command line's reports) with formatted
/// cells. SortRole returns the raw number so sorting never compares display strings.
/// GUI thread only; setTable() swaps the rows inside a model reset.
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1 };
    /// How a shown column's numbers read; by default the table column's kind decides (formatOf()).
    enum class Format { Text, Number, Money, Percent, Count, Ratio, Months, Probability };
    struct Column {
        QString key;   ///< column key in the ReportTable
        QString title; ///< translated header
        Format format = Format::Text;
    };

    explicit ReportTableModel(QObject* parent = nullptr);
    /// Every column of `table`, titled and formatted by what each column is.
    static std::vector<Column> columnsOf(const ReportTable& table);
    /// A table column shown under its own name, or under `title` when one is given.
    static Column shown(const ul::Column& column, const QString& title = {});
    /// The format of a column's kind and unit.
    static Format formatOf(const ul::Column& column);
    /// The columns shown, in order; keys missing from a table show empty cells.
    void setColumns(std::vector<Column> columns);
    void setTable(ReportTable table);
    const ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    /// The ReportTable column key shown in column `column`.
    QString columnKey(int column) const { return m_columns.at(size_t(column)).key; }
    const ReportCell* cell(const QModelIndex& index) const;

private:
    QString format(const ReportCell& cell, Format format) const;

    std::vector<Column> m_columns;
    std::vector<int> m_sourceColumns; ///< ReportTable column of each shown column, -1 if absent
    ReportTable m_table;
};

} // namespace ul
