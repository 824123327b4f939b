// SPDX-License-Identifier: MIT
#include "import/CustomerIdCheck.h"

#include <algorithm>
#include <array>

namespace ul {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool allDigits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), isDigit); }

bool isMonthAbbreviation(std::string_view s)
{
    static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
    if (s.size() != 3)
        return false;
    char lower[3];
    for (size_t i = 0; i < 3; ++i)
        lower[i] = char(s[i] | 0x20);
    return std::find(kMonths.begin(), kMonths.end(), std::string_view(lower, 3)) != kMonths.end();
}

bool scientific(std::string_view s)
{
    const size_t e = s.find_first_of("eE");
    if (e == std::string_view::npos || e == 0)
        return false;
    std::string_view mantissa = s.substr(0, e);
    std::string_view exponent = s.substr(e + 1);
    if (!exponent.empty() && (exponent.front() == '+' || exponent.front() == '-'))
        exponent.remove_prefix(1);
    const size_t point = mantissa.find('.');
    if (point != std::string_view::npos)
        return allDigits(mantissa.substr(0, point)) && allDigits(mantissa.substr(point + 1)) && allDigits(exponent);
    return allDigits(mantissa) && allDigits(exponent);
}

} // namespace

bool looksSpreadsheetMangled(std::string_view id)
{
    if (id.empty())
        return false;
    if (id.front() == '#')
        return id.find_first_not_of('#') == std::string_view::npos || id.back() == '!' || id.back() == '?'
               || id == "#N/A";
    if (scientific(id))
        return true;
    if (id.size() > 2 && id.substr(id.size() - 2) == ".0" && allDigits(id.substr(0, id.size() - 2)))
        return true;
    const size_t dash = id.find('-');
    if (dash != std::string_view::npos && id.find('-', dash + 1) == std::string_view::npos) {
        const std::string_view left = id.substr(0, dash), right = id.substr(dash + 1);
        if ((allDigits(left) && left.size() <= 2 && isMonthAbbreviation(right))
            || (isMonthAbbreviation(left) && allDigits(right) && right.size() <= 2))
            return true;
    }
    return false;
}

} // namespace ul
