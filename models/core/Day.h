// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace ul {

/// A calendar day in UTC, counted as days since 1970-01-01 (day 0).
/// Stored as a plain integer so that the fact table and range scans stay compact.
using Day = std::int32_t;

struct Ymd {
    int year = 1970;
    int month = 1;
    int day = 1;
};

/// Returns the day for a valid Gregorian date of the years 1400..9999, or nullopt (e.g. 2022-02-30).
std::optional<Day> dayFromYmd(int year, int month, int day);
/// The day of a date known to be valid, for any year (calendar arithmetic: period starts and
/// ends never fail, even past 9999).
Day civilDay(int year, int month, int day);
Ymd ymdFromDay(Day day);
/// ISO 8601 weekday: Monday = 1 ... Sunday = 7.
int isoWeekday(Day day);
/// "2022-10-17"
QString isoDate(Day day);
/// Parses strict "YYYY-MM-DD"; nullopt otherwise.
std::optional<Day> parseIsoDate(const QString& text);
/// Today in UTC.
Day todayUtc();

} // namespace ul
