// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"

#include <QString>

#include <optional>

namespace ul {

/// Calendar months as one integer, `year * 12 + (month - 1)`, so month arithmetic is `+ 1`.
constexpr int monthIndex(int year, int month) { return year * 12 + (month - 1); }
constexpr int yearOfMonth(int month) { return month / 12; }
/// 1..12
constexpr int monthOfYear(int month) { return month % 12 + 1; }

/// The UTC calendar month that contains `day`.
int monthOfDay(Day day);
/// The first day of `month`.
Day firstDayOfMonth(int month);
/// "2017-03"
QString monthLabel(int month);
/// Reads "2017-03" or a full ISO date "2017-03-15" (its month); nullopt otherwise.
std::optional<int> parseMonth(const QString& text);

} // namespace ul
