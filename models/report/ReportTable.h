// SPDX-License-Identifier: MIT
#pragma once

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

/// A named table with typed cells: the common output of every report view (the "result value"
/// of the report layer). Built on any thread; plain value type.
struct ReportTable {
    QString name;
    QStringList columns;
    std::vector<std::vector<ReportCell>> rows;
    /// Facts about the table as a whole (a forecast's model, the window a backtest covered), in
    /// order. The JSON form prints them as fields beside "rows"; CSV prints the rows only.
    std::vector<std::pair<QString, ReportCell>> meta;

    void addRow(std::vector<ReportCell> row) { rows.push_back(std::move(row)); }
    int columnIndex(const QString& column) const { return int(columns.indexOf(column)); }
    /// The number in `column` of `row`, nullopt when missing, text or out of range.
    std::optional<double> number(size_t row, const QString& column) const;
    /// The text of `column` in `row` (numbers in shortest form), empty when missing.
    QString text(size_t row, const QString& column) const;
    /// Every number of a column, missing cells as nullopt (chart series).
    std::vector<std::optional<double>> numbers(const QString& column) const;
    QStringList texts(const QString& column) const;
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
