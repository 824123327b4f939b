// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ul {

/// Numbers as people and spreadsheets write them in exports, read with the column's decimal
/// mark: a currency symbol or ISO code before or after ("$ 50.67", "12.50 €", "EUR 1.234,50",
/// "R$ 10,00"), thousands separators (space, no-break or thin space, apostrophe, and the other
/// mark in groups of three: "1,234.50", "1.234,50", "1'234.50"), a sign before or after, or
/// parentheses for a negative ("(12.00)"), and a trailing percent sign ("7.7%" is 7.7).
/// Returns the same number in the plain form parseMetricValue() reads ("-1234.50") in
/// `scratch`, or nullopt when `text` is not such a number.
std::optional<std::string_view> normalizeWrittenNumber(std::string_view text, bool decimalComma, std::string& scratch);

/// What one value says about its column's decimal mark: "104,40" and "1.234,5" say comma,
/// "7.7" and "1,234.50" say point; "1,234", "1.500" and whole numbers say nothing.
enum class DecimalEvidence { None, Point, Comma };
DecimalEvidence decimalEvidence(std::string_view text);

} // namespace ul
