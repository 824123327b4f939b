// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace ul {

/// Text with surrounding spaces and tabs removed.
std::string_view trimmed(std::string_view text);
/// Empty, NULL, null, NA, N/A (any case): a missing value, never zero.
bool isMissing(std::string_view text);
/// Locale-independent decimal or scientific number ("1234.5", "-1e3", "+2"); no thousands
/// separators, no NaN or infinity.
std::optional<double> parseNumber(std::string_view text);
/// A metric value as the importer keeps it: exact when the text is a short decimal
/// (Decimal::kMaxScale decimals at most), else the nearest double.
struct MetricValue {
    bool exact = true;
    qint64 micros = 0; ///< exact: value * 10^Decimal::kMaxScale
    int decimals = 0;  ///< exact: decimals the value needs
    double real = 0;   ///< inexact: the value
};
/// Like parseNumber() (the same texts are numbers), but exact for short decimals.
std::optional<MetricValue> parseMetricValue(std::string_view text);

/// Numbers written the German or French way: "1,5", "-0,25", "1.234,5", "1 234,5" (groups of
/// three digits separated by '.' or a space). Returns the same number in the form the parsers
/// above read ("1.5", "1234.5") in `scratch`, or nullopt when `text` is not such a number.
std::optional<std::string_view> fromDecimalComma(std::string_view text, std::string& scratch);
/// A decimal number with a comma and no point ("1,5", "1.234,5"): evidence for decimal commas.
bool hasDecimalComma(std::string_view text);
/// A number with a point that cannot be a thousands group ("1.5", "0.25"; not "1.500"):
/// evidence against decimal commas.
bool hasDecimalPoint(std::string_view text);

/// TRUE/FALSE in any case; with `acceptDigits` also 1/0.
std::optional<bool> parseBool(std::string_view text, bool acceptDigits);
/// True when `bytes` is well-formed UTF-8.
bool isValidUtf8(std::string_view bytes);
/// Byte offset of the first malformed UTF-8 sequence, or npos.
size_t firstInvalidUtf8(std::string_view bytes);

} // namespace ul
