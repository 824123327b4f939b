// SPDX-License-Identifier: MIT
#include "core/Granularity.h"

namespace ul {

QString granularityKey(Granularity g)
{
    switch (g) {
    case Granularity::Day: return QStringLiteral("day");
    case Granularity::Week: return QStringLiteral("week");
    case Granularity::Month: return QStringLiteral("month");
    case Granularity::Quarter: return QStringLiteral("quarter");
    case Granularity::Year: return QStringLiteral("year");
    }
    return {};
}

std::optional<Granularity> granularityFromKey(const QString& key)
{
    for (auto g : {Granularity::Day, Granularity::Week, Granularity::Month, Granularity::Quarter, Granularity::Year}) {
        if (granularityKey(g) == key.trimmed().toLower())
            return g;
    }
    return std::nullopt;
}

Day periodStart(Day day, Granularity g)
{
    if (g == Granularity::Day)
        return day;
    if (g == Granularity::Week)
        return day - (isoWeekday(day) - 1);
    const Ymd d = ymdFromDay(day);
    int month = 1;
    if (g == Granularity::Month)
        month = d.month;
    else if (g == Granularity::Quarter)
        month = ((d.month - 1) / 3) * 3 + 1;
    return civilDay(d.year, month, 1);
}

Day nextPeriodStart(Day start, Granularity g)
{
    switch (g) {
    case Granularity::Day: return start + 1;
    case Granularity::Week: return start + 7;
    default: break;
    }
    const Ymd d = ymdFromDay(start);
    const int step = g == Granularity::Month ? 1 : g == Granularity::Quarter ? 3 : 12;
    const int monthIndex = d.year * 12 + (d.month - 1) + step;
    return civilDay(monthIndex / 12, monthIndex % 12 + 1, 1);
}

QString periodLabel(Day start, Granularity g)
{
    const Ymd d = ymdFromDay(start);
    switch (g) {
    case Granularity::Day:
    case Granularity::Week: return isoDate(start);
    case Granularity::Month:
        return QStringLiteral("%1-%2").arg(d.year, 4, 10, QLatin1Char('0')).arg(d.month, 2, 10, QLatin1Char('0'));
    case Granularity::Quarter: return QStringLiteral("%1-Q%2").arg(d.year).arg((d.month - 1) / 3 + 1);
    case Granularity::Year: return QString::number(d.year);
    }
    return {};
}

std::optional<Day> periodStartOfLabel(const QString& label)
{
    const QString t = label.trimmed();
    bool okY = false, okM = false;
    if (t.size() == 10)
        return parseIsoDate(t);
    if (t.size() == 7 && t[4] == QLatin1Char('-') && t[5] == QLatin1Char('Q')) {
        const int year = t.left(4).toInt(&okY);
        const int quarter = t.mid(6).toInt(&okM);
        return okY && okM && quarter >= 1 && quarter <= 4 ? dayFromYmd(year, (quarter - 1) * 3 + 1, 1) : std::nullopt;
    }
    if (t.size() == 7 && t[4] == QLatin1Char('-')) {
        const int year = t.left(4).toInt(&okY);
        const int month = t.mid(5).toInt(&okM);
        return okY && okM ? dayFromYmd(year, month, 1) : std::nullopt;
    }
    if (t.size() == 4) {
        const int year = t.toInt(&okY);
        return okY ? dayFromYmd(year, 1, 1) : std::nullopt;
    }
    return std::nullopt;
}

qint64 periodCount(const DateRange& range, Granularity g)
{
    if (range.isEmpty())
        return 0;
    const Ymd first = ymdFromDay(range.from);
    const Ymd last = ymdFromDay(range.to);
    const qint64 months = qint64(last.year - first.year) * 12 + (last.month - first.month);
    switch (g) {
    case Granularity::Day: return qint64(range.to) - range.from + 1;
    case Granularity::Week: return (qint64(periodStart(range.to, g)) - periodStart(range.from, g)) / 7 + 1;
    case Granularity::Month: return months + 1;
    case Granularity::Quarter:
        return (qint64(last.year) * 4 + (last.month - 1) / 3) - (qint64(first.year) * 4 + (first.month - 1) / 3) + 1;
    case Granularity::Year: return qint64(last.year) - first.year + 1;
    }
    return 0;
}

QString checkPeriodCount(const DateRange& range, Granularity g)
{
    const qint64 n = periodCount(range, g);
    if (n <= kMaxReportPeriods)
        return {};
    return QStringLiteral("%1..%2 holds %3 periods of a %4; a report holds at most %5: choose a coarser granularity or "
                          "a shorter range")
        .arg(isoDate(range.from), isoDate(range.to))
        .arg(n)
        .arg(granularityKey(g))
        .arg(kMaxReportPeriods);
}

} // namespace ul
