// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace ul {

/// An exact decimal number: units / 10^scale. Sums of values written with a few decimals are
/// kept this way (as a decimal calculator would add them), never as binary floating point.
struct Decimal {
    qint64 units = 0;
    int scale = 0; ///< 0..kMaxScale

    static constexpr int kMaxScale = 6;

    double toDouble() const;
    /// Shortest exact text: "1234567.89", "-0.5", "36" (no trailing zeros, '.' as separator).
    QString toString() const;
    bool operator==(const Decimal&) const = default;
};

/// 10^n for n in 0..18.
qint64 powerOfTen(int n);

/// Parses a plain decimal number ("-1234.50", "+3", ".5", "1e3", "2.5E-2") exactly when it has
/// at most Decimal::kMaxScale decimals after applying the exponent and its value fits in 64 bits
/// at that scale: `units` is scaled to 10^kMaxScale, `decimals` the decimals it needs.
/// nullopt for anything else (more decimals, overflow, not a number).
struct ParsedDecimal {
    qint64 micros = 0; ///< value * 10^kMaxScale
    int decimals = 0;  ///< 0..kMaxScale: the smallest scale that holds the value exactly
};
std::optional<ParsedDecimal> parseDecimal(std::string_view text);

} // namespace ul
