// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace ul {

/// One cell of a report: missing, a number, or text. Numbers stay numbers all the way
/// to CSV, JSON and spreadsheets so nothing downstream re-parses display strings.
using ReportCell = std::variant<std::monostate, double, QString>;

/// A named table with typed cells: the common output of every report view.
/// Built on any thread; plain value type.
struct ReportTable {
    QString name;
    QStringList columns;
    std::vector<std::vector<ReportCell>> rows;

    void addRow(std::vector<ReportCell> row) { rows.push_back(std::move(row)); }
    int columnIndex(const QString& column) const { return int(columns.indexOf(column)); }
};

/// CSV with a header row (RFC 4180 quoting, "\n" line ends, numbers in shortest round-trip form).
QString toCsv(const ReportTable& table);
/// JSON array of objects with the same field names; missing cells are null.
QString toJson(const ReportTable& table);

} // namespace ul
