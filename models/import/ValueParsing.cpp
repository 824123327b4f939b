// SPDX-License-Identifier: MIT
#include "import/ValueParsing.h"

#include "core/Decimal.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ul {

namespace {
bool equalsNoCase(std::string_view a, std::string_view lowerB)
{
    if (a.size() != lowerB.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerB[i])
            return false;
    }
    return true;
}
} // namespace

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool isMissing(std::string_view text)
{
    text = trimmed(text);
    if (text.empty())
        return true;
    if (text.size() > 4)
        return false;
    return equalsNoCase(text, "null") || equalsNoCase(text, "na") || equalsNoCase(text, "n/a");
}

std::optional<double> parseNumber(std::string_view text)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    // from_chars would accept "inf" and "nan": a metric never holds those.
    const char first = text.front();
    if (!(first == '-' || first == '.' || (first >= '0' && first <= '9')))
        return std::nullopt;
    double value = 0;
    const auto res = std::from_chars(text.data(), text.data() + text.size(), value);
    if (res.ec != std::errc() || res.ptr != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<MetricValue> parseMetricValue(std::string_view text)
{
    text = trimmed(text);
    if (text.empty())
        return std::nullopt;
    const char first = text.front() == '+' && text.size() > 1 ? text[1] : text.front();
    if (!(first == '-' || first == '.' || (first >= '0' && first <= '9')))
        return std::nullopt;
    if (const auto d = parseDecimal(text)) {
        MetricValue v;
        v.micros = d->micros;
        v.decimals = d->decimals;
        return v;
    }
    const auto real = parseNumber(text);
    if (!real)
        return std::nullopt;
    MetricValue v;
    v.exact = false;
    v.real = *real;
    return v;
}

std::optional<bool> parseBool(std::string_view text, bool acceptDigits)
{
    text = trimmed(text);
    if (equalsNoCase(text, "true"))
        return true;
    if (equalsNoCase(text, "false"))
        return false;
    if (acceptDigits && text == "1")
        return true;
    if (acceptDigits && text == "0")
        return false;
    return std::nullopt;
}

size_t firstInvalidUtf8(std::string_view bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const size_t n = bytes.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + size_t(extra) >= n)
            return i;
        unsigned int cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = s[i + size_t(k)];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += size_t(extra) + 1;
    }
    return std::string_view::npos;
}

bool isValidUtf8(std::string_view bytes) { return firstInvalidUtf8(bytes) == std::string_view::npos; }

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// Digits with optional groups of three after `separator` ("1.234.567"); the whole text.
bool groupedDigits(std::string_view s, char separator)
{
    if (s.empty() || !isDigit(s.front()))
        return false;
    const size_t firstSep = s.find(separator);
    if (firstSep == std::string_view::npos)
        return std::all_of(s.begin(), s.end(), isDigit);
    if (firstSep == 0 || firstSep > 3)
        return false;
    for (size_t i = 0; i < firstSep; ++i)
        if (!isDigit(s[i]))
            return false;
    for (size_t i = firstSep; i < s.size(); i += 4) {
        if (s[i] != separator || i + 4 > s.size())
            return false;
        for (size_t k = 1; k <= 3; ++k)
            if (!isDigit(s[i + k]))
                return false;
    }
    return true;
}

} // namespace

std::optional<std::string_view> fromDecimalComma(std::string_view text, std::string& scratch)
{
    text = trimmed(text);
    scratch.clear();
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        if (text.front() == '-')
            scratch += '-';
        text.remove_prefix(1);
    }
    const size_t comma = text.find(',');
    const std::string_view whole = text.substr(0, comma);
    const std::string_view fraction = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    if (comma != std::string_view::npos
        && (fraction.empty() || !std::all_of(fraction.begin(), fraction.end(), isDigit)))
        return std::nullopt;
    const char separator = whole.find('.') != std::string_view::npos ? '.' : ' ';
    if (!groupedDigits(whole, separator))
        return std::nullopt;
    for (const char c : whole)
        if (c != separator)
            scratch += c;
    if (!fraction.empty()) {
        scratch += '.';
        scratch.append(fraction);
    }
    return std::string_view(scratch);
}

bool hasDecimalComma(std::string_view text)
{
    text = trimmed(text);
    if (text.find(',') == std::string_view::npos)
        return false;
    std::string scratch;
    return fromDecimalComma(text, scratch).has_value();
}

bool hasDecimalPoint(std::string_view text)
{
    text = trimmed(text);
    const size_t point = text.find('.');
    if (point == std::string_view::npos || text.find(',') != std::string_view::npos || !parseNumber(text))
        return false;
    std::string_view unsignedText = text;
    if (!unsignedText.empty() && (unsignedText.front() == '-' || unsignedText.front() == '+'))
        unsignedText.remove_prefix(1);
    return !groupedDigits(unsignedText, '.');
}

} // namespace ul
