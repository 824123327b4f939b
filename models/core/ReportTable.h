// SPDX-License-Identifier: MIT
#pragma once

#include "core/Column.h"
#include "core/Decimal.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace ul {

/// One cell of a report: missing, a number, text, or an exact decimal (sums of exact metrics,
/// printed as a decimal calculator would). Numbers stay numbers all the way to CSV, JSON and
/// spreadsheets so nothing downstream re-parses display strings.
using ReportCell = std::variant<std::monostate, double, QString, Decimal>;

/// The number of a numeric cell (double or exact decimal); nullopt for text and missing cells.
std::optional<double> cellNumber(const ReportCell& cell);
/// A cell for a value that is exact when `exact` is set.
inline ReportCell numberCell(double value, const std::optional<Decimal>& exact)
{
    return exact ? ReportCell(*exact) : ReportCell(value);
}

/// A named table with typed cells and typed columns: the common output of every report view
/// (the "result value" of the report layer). Each column says what it holds (core/Column.h), so
/// tables, the PDF, the workbook and charts format it by that. Built on any thread; plain value.
struct ReportTable {
    QString name;
    Columns columns;
    std::vector<std::vector<ReportCell>> rows;
    /// Facts about the table as a whole (a forecast's model, the window a backtest covered), in
    /// order. The JSON form prints them as fields beside "rows"; CSV prints the rows only.
    std::vector<std::pair<QString, ReportCell>> meta;
    /// A headline table (a figure per row, its key in the first column): what each figure is.
    std::vector<Column> figures;

    void addRow(std::vector<ReportCell> row) { rows.push_back(std::move(row)); }
    /// A headline row: the figure's key, then its value.
    void addFigure(const Column& figure, ReportCell value);
    int columnIndex(const QString& column) const { return int(columns.indexOf(column)); }
    int columnIndex(const Column& column) const { return int(columns.indexOf(column.key)); }
    /// The number in `column` of `row`, nullopt when missing, text or out of range.
    std::optional<double> number(size_t row, const QString& column) const;
    std::optional<double> number(size_t row, const Column& column) const { return number(row, column.key); }
    /// The text of `column` in `row` (numbers in shortest form), empty when missing.
    QString text(size_t row, const QString& column) const;
    QString text(size_t row, const Column& column) const { return text(row, column.key); }
    /// The cell of `column` in `row`; missing when out of range.
    ReportCell cell(size_t row, const Column& column) const;
    /// Every number of a column, missing cells as nullopt (chart series).
    std::vector<std::optional<double>> numbers(const QString& column) const;
    std::vector<std::optional<double>> numbers(const Column& column) const { return numbers(column.key); }
    QStringList texts(const QString& column) const;
    QStringList texts(const Column& column) const { return texts(column.key); }
    /// The row of a headline figure, or -1.
    int figureRow(const Column& figure) const;
    /// A headline figure's number (nullopt when absent or empty) and text.
    std::optional<double> figureNumber(const Column& figure) const;
    QString figureText(const Column& figure) const;
    /// What the figure named `key` is (a cell of a headline table's first column), or nullptr.
    const Column* figure(const QString& key) const;
    /// The text of a meta field, empty when there is none.
    QString metaText(const QString& key) const;
    void setMeta(const QString& key, ReportCell value);
};

/// The text of one cell as CSV and tables print it (numbers in shortest round-trip form).
QString cellText(const ReportCell& cell);

/// CSV with a header row (RFC 4180 quoting, "\n" line ends, numbers in shortest round-trip form).
QString toCsv(const ReportTable& table);
/// JSON array of objects with the same field names; missing cells are null. A table with meta
/// fields is an object instead: the meta fields, then "rows" with that array.
QString toJson(const ReportTable& table);

} // namespace ul
