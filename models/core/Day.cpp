// SPDX-License-Identifier: MIT
#include "core/Day.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <QDateTime>
#include <QRegularExpression>

namespace ul {

namespace {
const boost::gregorian::date& epoch()
{
    static const boost::gregorian::date e(1970, 1, 1);
    return e;
}
} // namespace

std::optional<Day> dayFromYmd(int year, int month, int day)
{
    // Boost validates the calendar (month lengths, leap years) and throws otherwise.
    if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    try {
        const boost::gregorian::date d(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                                       static_cast<unsigned short>(day));
        return static_cast<Day>((d - epoch()).days());
    } catch (const std::out_of_range&) {
        return std::nullopt;
    }
}

Ymd ymdFromDay(Day day)
{
    const auto d = epoch() + boost::gregorian::date_duration(day);
    const auto ymd = d.year_month_day();
    return {int(ymd.year), int(ymd.month), int(ymd.day)};
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
