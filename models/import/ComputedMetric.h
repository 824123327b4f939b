// SPDX-License-Identifier: MIT
#pragma once

#include "import/ValueParsing.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace ul {

/// `--compute NAME=EXPR`: a metric computed from each row's numeric columns with + - * /,
/// parentheses and numeric literals. Columns are named by header or key; a header with spaces
/// is quoted ("Unit Price", 'Unit Price' or `Unit Price`).
struct ComputedMetric {
    QString name;       ///< display name (NAME)
    QString key;        ///< metric key of NAME
    QString expression; ///< EXPR as written
};

/// Parses "NAME=EXPR"; nullopt with *error on a syntax error (with its position).
std::optional<ComputedMetric> parseComputedMetric(const QString& text, QString* error);

/// One computed metric bound to a file's columns, ready to evaluate row by row.
class ComputedMetricProgram {
public:
    /// Resolves the expression's column names against `headers` (and their keys); false with
    /// *error when one is unknown or the expression does not parse.
    bool compile(const ComputedMetric& metric, const QStringList& headers, QString* error);

    enum class Outcome { Value, Missing, DivisionByZero, NotANumber };
    /// Evaluates on one row's fields. Exact decimals stay exact through + - and * when the
    /// product keeps at most 6 decimals; a quotient is exact when it divides exactly.
    /// NotANumber sets *badColumn to the offending column.
    Outcome evaluate(const std::vector<std::string_view>& fields, bool decimalComma, MetricValue* out,
                     int* badColumn) const;
    /// The same with each column's own decimal mark (ImportMapping::commaByColumn()).
    Outcome evaluate(const std::vector<std::string_view>& fields, const std::vector<char>& commaByColumn,
                     MetricValue* out, int* badColumn) const;
    /// The columns the expression reads.
    const std::vector<int>& columns() const { return m_columns; }

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    std::vector<int> m_columns;
};

} // namespace ul
