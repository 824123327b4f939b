// SPDX-License-Identifier: MIT
#pragma once

#include "core/Decimal.h"

#include <QtGlobal>

#include <bit>
#include <cmath>
#include <optional>

namespace ul {

/// How a metric's values are kept: exact decimals with a fixed number of decimals (sums are
/// added exactly as 64-bit integers, overflow is an error), or binary floating point for values
/// that are not short decimals (more than Decimal::kMaxScale decimals, or too large).
struct Precision {
    bool exact = true;
    int scale = 0; ///< decimals of an exact metric

    /// The metrics table keeps it in one column: the scale, or -1 for floating point.
    static Precision fromColumn(qint64 column)
    {
        return column < 0 ? Precision{false, 0} : Precision{true, int(column)};
    }
    qint64 toColumn() const { return exact ? scale : -1; }
    bool operator==(const Precision&) const = default;
};

/// A metric value or sum as stored: integer units at the metric's scale when exact, else the
/// bits of a double. Plain 64 bits so cells stay compact; read it with the metric's Precision.
using RawValue = qint64;

inline RawValue rawFromDouble(double v) { return std::bit_cast<RawValue>(v); }
inline double doubleFromRaw(RawValue raw) { return std::bit_cast<double>(raw); }

/// Adds `b` to `a`; false when the exact sum overflows or the floating sum is not finite.
inline bool addRaw(const Precision& p, RawValue& a, RawValue b)
{
    if (p.exact)
        return !__builtin_add_overflow(a, b, &a);
    const double sum = doubleFromRaw(a) + doubleFromRaw(b);
    a = rawFromDouble(sum);
    return std::isfinite(sum);
}

/// The zero of a precision.
inline RawValue zeroRaw(const Precision& p) { return p.exact ? 0 : rawFromDouble(0.0); }

inline double rawToDouble(const Precision& p, RawValue raw)
{
    return p.exact ? Decimal{raw, p.scale}.toDouble() : doubleFromRaw(raw);
}

/// An exact value of a metric scaled from micro-units (ParsedDecimal::micros) to `scale`.
inline RawValue rawFromMicros(qint64 micros, int scale) { return micros / powerOfTen(Decimal::kMaxScale - scale); }

} // namespace ul
