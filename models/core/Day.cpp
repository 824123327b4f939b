// SPDX-License-Identifier: MIT
#include "core/Day.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ul {

namespace {

// Proleptic Gregorian calendar arithmetic on day numbers (the well-known civil-from-days
// formulas over 400-year eras): exact for any year, and no library call in the import's hot loop.
constexpr Day daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;                                   // [0, 399]
    const int dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1; // [0, 365]
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

constexpr bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr int daysInMonth(int y, int m)
{
    constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : lengths[m - 1];
}

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(daysFromCivil(2000, 3, 1) == 11017);

} // namespace

std::optional<Day> dayFromYmd(int year, int month, int day)
{
    if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    return daysFromCivil(year, month, day);
}

Day civilDay(int year, int month, int day) { return daysFromCivil(year, month, day); }

Ymd ymdFromDay(Day day)
{
    const int z = day + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int dayOfEra = z - era * 146097;                                                           // [0, 146096]
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365; // [0, 399]
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);            // [0, 365]
    const int mp = (5 * dayOfYear + 2) / 153;                                                        // [0, 11]
    const int d = dayOfYear - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    return {yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

int isoWeekday(Day day)
{
    // 1970-01-01 was a Thursday (ISO 4).
    const int mod = ((day % 7) + 7) % 7;
    return (mod + 3) % 7 + 1;
}

QString isoDate(Day day)
{
    const Ymd d = ymdFromDay(day);
    return QStringLiteral("%1-%2-%3")
        .arg(d.year, 4, 10, QLatin1Char('0'))
        .arg(d.month, 2, 10, QLatin1Char('0'))
        .arg(d.day, 2, 10, QLatin1Char('0'));
}

std::optional<Day> parseIsoDate(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return dayFromYmd(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

Day todayUtc() { return static_cast<Day>(QDateTime::currentSecsSinceEpoch() / 86400); }

} // namespace ul
