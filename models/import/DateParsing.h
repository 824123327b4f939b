// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"

#include <QString>

#include <optional>
#include <string_view>

namespace ul {

/// The date notations the importer understands. Every value becomes a UTC calendar day.
enum class DateFormat {
    Iso,              ///< 2022-09-06, 2022-09 (first of the month), 2022-09-06 09:46:05+00, ...T09:46Z, +02:00
    MonthDayYear,     ///< US: 9/6/22, 09/06/2022 (two-digit years: 00-68 -> 20xx, 69-99 -> 19xx)
    DayMonthYear,     ///< 6/9/22, 06/09/2022
    DayMonthYearDots, ///< 6.9.2022
    EpochSeconds,     ///< 1472133061
    EpochMillis,      ///< 1472133061000
};

inline constexpr DateFormat kAllDateFormats[] = {DateFormat::Iso,          DateFormat::MonthDayYear,
                                                 DateFormat::DayMonthYear, DateFormat::DayMonthYearDots,
                                                 DateFormat::EpochSeconds, DateFormat::EpochMillis};

/// "iso", "m/d/y", "d/m/y", "d.m.y", "epoch-s", "epoch-ms" (the --date-format names).
QString dateFormatName(DateFormat format);
std::optional<DateFormat> dateFormatFromName(const QString& name);

/// Parses one value; timestamps with an offset are converted to UTC before taking the day.
std::optional<Day> parseDate(std::string_view text, DateFormat format);

} // namespace ul
