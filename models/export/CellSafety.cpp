// SPDX-License-Identifier: MIT
#include "export/CellSafety.h"

namespace ul {

bool CellSafety::needsNeutralizing(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
           || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QString CellSafety::neutralize(const QString& text)
{
    return needsNeutralizing(text) ? QLatin1Char('\'') + text : text;
}

ReportTable CellSafety::neutralized(const ReportTable& table)
{
    ReportTable out;
    out.name = table.name;
    // Keys are neutralised like cells (a dimension's key comes from the data); kinds stay.
    for (const Column& c : table.columns)
        out.columns << c.renamed(neutralize(c.key));
    out.figures = table.figures;
    out.rows.reserve(table.rows.size());
    for (const auto& row : table.rows) {
        std::vector<ReportCell> cells;
        cells.reserve(row.size());
        for (const ReportCell& cell : row) {
            if (const auto* s = std::get_if<QString>(&cell))
                cells.emplace_back(neutralize(*s));
            else
                cells.push_back(cell);
        }
        out.rows.push_back(std::move(cells));
    }
    for (const auto& [key, value] : table.meta) {
        const auto* s = std::get_if<QString>(&value);
        out.meta.emplace_back(neutralize(key), s ? ReportCell(neutralize(*s)) : value);
    }
    return out;
}

} // namespace ul
