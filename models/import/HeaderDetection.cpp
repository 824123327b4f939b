// SPDX-License-Identifier: MIT
#include "import/HeaderDetection.h"

#include "import/DateParsing.h"
#include "import/ValueParsing.h"

#include <array>

namespace ul {

namespace {

enum class CellKind { Missing, Number, Date, Word };

CellKind kindOf(const std::string& cell)
{
    if (isMissing(cell))
        return CellKind::Missing;
    // Dates first: 20190314 is a number too, but a compact date in a date column.
    for (DateFormat f : kAllDateFormats) {
        if (f == DateFormat::EpochSeconds || f == DateFormat::EpochMillis)
            continue;
        if (parseDate(cell, f))
            return CellKind::Date;
    }
    if (parseNumber(cell))
        return CellKind::Number;
    return CellKind::Word;
}

} // namespace

bool firstRowIsHeader(const std::vector<std::vector<std::string>>& rows)
{
    if (rows.empty())
        return true;
    const std::vector<std::string>& first = rows.front();
    int headerEvidence = 0;
    int dataEvidence = 0;
    for (size_t c = 0; c < first.size(); ++c) {
        std::array<int, 4> below{};
        for (size_t r = 1; r < rows.size(); ++r)
            if (c < rows[r].size())
                ++below[size_t(kindOf(rows[r][c]))];
        const CellKind top = kindOf(first[c]);
        const int typed = below[size_t(CellKind::Number)] + below[size_t(CellKind::Date)];
        const int words = below[size_t(CellKind::Word)];
        if (rows.size() == 1) {
            // Nothing below to compare with: a number or a date cannot be a column name.
            dataEvidence += top == CellKind::Number || top == CellKind::Date;
            headerEvidence += top == CellKind::Word;
            continue;
        }
        if (typed > words) {
            const CellKind majority = below[size_t(CellKind::Number)] >= below[size_t(CellKind::Date)]
                                          ? CellKind::Number
                                          : CellKind::Date;
            if (top == CellKind::Word)
                ++headerEvidence;
            else if (top == majority || top == CellKind::Number || top == CellKind::Date)
                ++dataEvidence;
        }
    }
    if (headerEvidence > 0)
        return true;
    return dataEvidence == 0;
}

} // namespace ul
