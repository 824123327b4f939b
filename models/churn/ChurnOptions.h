// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"

#include <optional>

namespace ul {

/// What a churn-risk assessment asks: as of which day, and no activity within how many days.
struct ChurnOptions {
    /// --as-of: the last day the model may see; unset: the request's --to, else the data's last
    /// day (a day with data is whole).
    std::optional<Day> asOf;
    int withinDays = 60; ///< --within: churn is no activity in the next this many days
    /// --top: only the N highest risks; unset: every customer active in the 90 days before.
    std::optional<int> top;

    bool operator==(const ChurnOptions&) const = default;
};

/// The range --within takes, in days.
inline constexpr int kMinChurnWithin = 7;
inline constexpr int kMaxChurnWithin = 365;

} // namespace ul
