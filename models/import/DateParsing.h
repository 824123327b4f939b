// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"

#include <QString>

#include <optional>
#include <string_view>

namespace ul {

/// The date notations the importer understands. Every value becomes a UTC calendar day; a
/// time of day may follow any of the calendar forms ("H:MM", "HH:MM:SS", fractions, "AM"/"PM"),
/// and only an explicit offset ("+02:00", "Z", "-0500") moves the day: a time without one is
/// taken as UTC.
enum class DateFormat {
    Iso,               ///< 2022-09-06, 2022-09 (first of the month), 2022-09-06 09:46:05+00, ...T09:46Z
    MonthDayYear,      ///< US: 9/6/22, 09/06/2022, 3/14/2019 9:05, 3/14/2019 9:05 PM (00-68 -> 20xx)
    DayMonthYear,      ///< 6/9/22, 06/09/2022 14:30
    DayMonthYearDots,  ///< 6.9.2022
    YearMonthDaySlash, ///< 2022/09/06
    CompactYmd,        ///< 20220906 (years 1900..2100)
    DayMonthName,      ///< 06-Sep-2022, 6 Sep 2022, 6-September-22 (English month names)
    EpochSeconds,      ///< 1472133061 (years 1900..2100)
    EpochMillis,       ///< 1472133061000
};

inline constexpr DateFormat kAllDateFormats[] = {DateFormat::Iso,
                                                 DateFormat::MonthDayYear,
                                                 DateFormat::DayMonthYear,
                                                 DateFormat::DayMonthYearDots,
                                                 DateFormat::YearMonthDaySlash,
                                                 DateFormat::CompactYmd,
                                                 DateFormat::DayMonthName,
                                                 DateFormat::EpochSeconds,
                                                 DateFormat::EpochMillis};
inline constexpr size_t kDateFormatCount = std::size(kAllDateFormats);

/// "iso", "m/d/y", "d/m/y", "d.m.y", "y/m/d", "yyyymmdd", "d-mon-y", "epoch-s", "epoch-ms"
/// (the --date-format names).
QString dateFormatName(DateFormat format);
std::optional<DateFormat> dateFormatFromName(const QString& name);
/// Every --date-format name, comma-separated, for messages.
QString dateFormatNames();

/// Every date UsageLens stores lies in these years: a 9999-12-31 placeholder is a bad value,
/// not a date that stretches every report over eight millennia.
inline constexpr int kFirstAcceptedYear = 1900;
inline constexpr int kLastAcceptedYear = 2100;

/// The days an import accepts (`--date-range FROM..TO` widens or narrows the default).
struct AcceptedDates {
    Day first = 0;
    Day last = 0;
    static AcceptedDates standard(); ///< kFirstAcceptedYear-01-01 .. kLastAcceptedYear-12-31
    bool contains(Day day) const { return day >= first && day <= last; }
    bool operator==(const AcceptedDates&) const = default;
    QString describe() const; ///< "1900-01-01 .. 2100-12-31"
    /// "2000-01-01..2030-12-31" (either side may be empty: the standard bound).
    static std::optional<AcceptedDates> fromText(const QString& text);
};

/// Parses one value; timestamps with an offset are converted to UTC before taking the day.
/// Dates outside the standard range are refused.
std::optional<Day> parseDate(std::string_view text, DateFormat format);
/// The same for any year the calendar holds (1400..9999), for a caller that checks its own range.
std::optional<Day> parseDateAnyYear(std::string_view text, DateFormat format);

} // namespace ul
