// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <cmath>

namespace ul {

/// Money in millionths of the currency unit. MRR is accumulated in integers so that the
/// movement identity (end = start + new + expansion + reactivation - contraction - churned)
/// holds exactly, which sums of doubles cannot promise.
using Micros = qint64;

inline constexpr Micros kMicrosPerUnit = 1'000'000;

/// Rounds to the nearest micro; NaN and infinities count as 0 (they are not money).
inline Micros toMicros(double amount)
{
    if (!std::isfinite(amount))
        return 0;
    return Micros(std::llround(amount * double(kMicrosPerUnit)));
}

inline double fromMicros(Micros micros) { return double(micros) / double(kMicrosPerUnit); }

} // namespace ul
