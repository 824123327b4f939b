// SPDX-License-Identifier: MIT
#include "import/WrittenNumber.h"

#include <algorithm>
#include <array>

namespace ul {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// [-+]digits[.digits][e[-+]digits], the point only when `point` is the decimal mark.
bool isPlainNumber(std::string_view s, bool point)
{
    size_t i = 0;
    const auto digits = [&] {
        const size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        return i > start;
    };
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    if (!digits())
        return false;
    if (point && i < s.size() && s[i] == '.') {
        ++i;
        digits();
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        if (!digits())
            return false;
    }
    return i == s.size();
}

/// Spaces people and spreadsheets put in numbers (no-break, thin, narrow no-break, figure space),
/// as ' '; the typographic apostrophe as '\''; the minus sign U+2212 as '-'.
std::string unifySpaces(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const auto rest = text.substr(i);
        if (rest.starts_with("\xC2\xA0")) { // U+00A0
            out += ' ';
            i += 1;
        } else if (rest.starts_with("\xE2\x80\x89") || rest.starts_with("\xE2\x80\xAF")
                   || rest.starts_with("\xE2\x80\x87")) { // U+2009, U+202F, U+2007
            out += ' ';
            i += 2;
        } else if (rest.starts_with("\xE2\x80\x99")) { // U+2019
            out += '\'';
            i += 2;
        } else if (rest.starts_with("\xE2\x88\x92")) { // U+2212
            out += '-';
            i += 2;
        } else {
            out += text[i] == '\t' ? ' ' : text[i];
        }
    }
    return out;
}

void trim(std::string_view& s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
}

// Currency symbols, longest first so "US$" is taken whole before "$".
constexpr std::array<std::string_view, 24> kSymbols = {"Mex$",
                                                       "NZ$",
                                                       "HK$",
                                                       "US$",
                                                       "R$",
                                                       "C$",
                                                       "A$",
                                                       "S$",
                                                       "Fr.",
                                                       "z\xC5\x82",
                                                       "K\xC4\x8D",
                                                       "kr",
                                                       "$",
                                                       "\xE2\x82\xAC",
                                                       "\xC2\xA3",
                                                       "\xC2\xA5",
                                                       "\xE2\x82\xB9",
                                                       "\xE2\x82\xBD",
                                                       "\xE2\x82\xA9",
                                                       "\xE2\x82\xBA",
                                                       "\xE2\x82\xAA",
                                                       "\xE2\x82\xAB",
                                                       "\xE2\x82\xB1",
                                                       "\xE0\xB8\xBF"};

// ISO 4217 codes common in billing exports; a code must stand apart from the digits or the text
// would also read product codes ("SKU 123" is not 123).
constexpr std::array<std::string_view, 40> kCodes = {
    "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK",
    "HUF", "RON", "BGN", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "INR", "IDR", "RUB", "TRY", "ZAR",
    "SGD", "HKD", "KRW", "TWD", "THB", "MYR", "PHP", "ILS", "AED", "SAR", "UAH", "ISK"};

bool equalsUpper(std::string_view text, std::string_view upper)
{
    if (text.size() != upper.size())
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c != upper[i])
            return false;
    }
    return true;
}

bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// Removes a currency symbol or code at the front (or back); true when one was there.
bool stripCurrency(std::string_view& s, bool front)
{
    for (std::string_view sym : kSymbols) {
        if (front ? s.starts_with(sym) : s.ends_with(sym)) {
            // "kr" and "Fr." are words: not part of a longer one.
            if (s.size() > sym.size() && (isLetter(sym.front()) || isLetter(sym.back()))) {
                const char beside = front ? s[sym.size()] : s[s.size() - sym.size() - 1];
                if (isLetter(beside))
                    continue;
            }
            front ? s.remove_prefix(sym.size()) : s.remove_suffix(sym.size());
            trim(s);
            return true;
        }
    }
    if (s.size() < 4)
        return false;
    const std::string_view code = front ? s.substr(0, 3) : s.substr(s.size() - 3);
    const char next = front ? s[3] : s[s.size() - 4];
    if (isLetter(next))
        return false;
    for (std::string_view c : kCodes) {
        if (equalsUpper(code, c)) {
            front ? s.remove_prefix(3) : s.remove_suffix(3);
            trim(s);
            return true;
        }
    }
    return false;
}

/// The digits and marks of a number once signs, currency and percent are taken off.
struct Core {
    std::string_view digits;
    bool negative = false;
};

std::optional<Core> coreOf(std::string_view s)
{
    Core core;
    trim(s);
    bool sign = false, currency = false, percent = false;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
        s = s.substr(1, s.size() - 2);
        trim(s);
        core.negative = sign = true;
    }
    for (bool changed = true; changed && !s.empty();) {
        changed = false;
        if (!sign && (s.front() == '-' || s.front() == '+')) {
            core.negative = s.front() == '-';
            s.remove_prefix(1);
            trim(s);
            sign = changed = true;
        }
        if (!sign && !s.empty() && (s.back() == '-' || s.back() == '+')) {
            core.negative = s.back() == '-';
            s.remove_suffix(1);
            trim(s);
            sign = changed = true;
        }
        if (!percent && !s.empty() && s.back() == '%') {
            s.remove_suffix(1);
            trim(s);
            percent = changed = true;
        }
        if (!currency && !s.empty() && (stripCurrency(s, true) || stripCurrency(s, false)))
            currency = changed = true;
    }
    if (s.empty() || !(isDigit(s.front()) || s.front() == '.' || s.front() == ','))
        return std::nullopt;
    core.digits = s;
    return core;
}

bool isGroupSeparator(char c, char otherMark) { return c == ' ' || c == '\'' || c == otherMark; }

/// Appends the digits of a whole part written with or without thousands groups; false when the
/// groups are not groups of three behind one separator.
bool appendWhole(std::string_view whole, char otherMark, std::string& out)
{
    char separator = 0;
    size_t groupLength = 0;
    bool first = true;
    for (char c : whole) {
        if (isDigit(c)) {
            out += c;
            ++groupLength;
            continue;
        }
        if (!isGroupSeparator(c, otherMark) || (separator && c != separator))
            return false;
        if ((first && (groupLength == 0 || groupLength > 3)) || (!first && groupLength != 3))
            return false;
        separator = c;
        first = false;
        groupLength = 0;
    }
    return first || groupLength == 3;
}

} // namespace

std::optional<std::string_view> normalizeWrittenNumber(std::string_view text, bool decimalComma, std::string& scratch)
{
    // The common case, millions of times an import: a plain number ("1234.5", "-3", "1e3") is
    // already in the form the parsers read (with a comma mark: one without any point).
    std::string_view plain = text;
    while (!plain.empty() && (plain.front() == ' ' || plain.front() == '\t'))
        plain.remove_prefix(1);
    while (!plain.empty() && (plain.back() == ' ' || plain.back() == '\t'))
        plain.remove_suffix(1);
    if (isPlainNumber(plain, !decimalComma))
        return plain;
    const std::string unified = unifySpaces(text);
    const std::optional<Core> core = coreOf(unified);
    if (!core)
        return std::nullopt;
    const char mark = decimalComma ? ',' : '.';
    const char other = decimalComma ? '.' : ',';
    std::string_view s = core->digits;
    // A plain exponent ("1e3", "2.5E-2") only where there are no groups.
    std::string_view exponent;
    if (const size_t e = s.find_first_of("eE"); e != std::string_view::npos) {
        exponent = s.substr(e + 1);
        s = s.substr(0, e);
        std::string_view digits = exponent;
        if (!digits.empty() && (digits.front() == '-' || digits.front() == '+'))
            digits.remove_prefix(1);
        if (digits.empty() || !std::all_of(digits.begin(), digits.end(), isDigit)
            || s.find_first_of(" ',") != std::string_view::npos)
            return std::nullopt;
    }
    const size_t at = s.find(mark);
    if (at != std::string_view::npos && s.find(mark, at + 1) != std::string_view::npos)
        return std::nullopt;
    const std::string_view whole = s.substr(0, at);
    const std::string_view fraction = at == std::string_view::npos ? std::string_view() : s.substr(at + 1);
    if (at != std::string_view::npos && (fraction.empty() || !std::all_of(fraction.begin(), fraction.end(), isDigit)))
        return std::nullopt;
    scratch.clear();
    if (core->negative)
        scratch += '-';
    if (whole.empty())
        scratch += '0';
    else if (!appendWhole(whole, other, scratch))
        return std::nullopt;
    if (!fraction.empty()) {
        scratch += '.';
        scratch.append(fraction);
    }
    if (!exponent.empty()) {
        scratch += 'e';
        scratch.append(exponent);
    }
    return std::string_view(scratch);
}

DecimalEvidence decimalEvidence(std::string_view text)
{
    const std::string unified = unifySpaces(text);
    const std::optional<Core> core = coreOf(unified);
    if (!core || core->digits.find_first_of("eE") != std::string_view::npos)
        return DecimalEvidence::None;
    const std::string_view s = core->digits;
    const size_t lastComma = s.rfind(',');
    const size_t lastPoint = s.rfind('.');
    std::string scratch;
    if (lastComma != std::string_view::npos && lastPoint != std::string_view::npos) {
        const bool comma = lastComma > lastPoint;
        if (!normalizeWrittenNumber(text, comma, scratch))
            return DecimalEvidence::None;
        return comma ? DecimalEvidence::Comma : DecimalEvidence::Point;
    }
    const size_t last = lastComma != std::string_view::npos ? lastComma : lastPoint;
    if (last == std::string_view::npos)
        return DecimalEvidence::None;
    const char mark = s[last];
    const bool several = s.find(mark) != last;
    const size_t after = s.size() - last - 1;
    // "1,234" or "1.500" reads either way; "1,234,567" groups; "104,40" and "7.7" are decimals.
    if (several) {
        if (!normalizeWrittenNumber(text, mark == '.', scratch))
            return DecimalEvidence::None;
        return mark == ',' ? DecimalEvidence::Point : DecimalEvidence::Comma;
    }
    if (after == 3 && last > 0 && last <= 3)
        return DecimalEvidence::None;
    if (!normalizeWrittenNumber(text, mark == ',', scratch))
        return DecimalEvidence::None;
    return mark == ',' ? DecimalEvidence::Comma : DecimalEvidence::Point;
}

} // namespace ul
