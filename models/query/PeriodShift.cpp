// SPDX-License-Identifier: MIT
#include "query/PeriodShift.h"

#include <algorithm>

namespace ul {

Comparison Comparison::parse(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("none"))
        return {};
    if (t == QLatin1String("previous"))
        return {Kind::PreviousPeriods, {}};
    if (t == QLatin1String("last-year"))
        return {Kind::LastYear, {}};
    return {Kind::Metric, t};
}

QString Comparison::text() const
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::PreviousPeriods: return QStringLiteral("previous");
    case Kind::LastYear: return QStringLiteral("last-year");
    case Kind::Metric: return metric;
    }
    return {};
}

namespace {

Day monthsBack(Day day, int months)
{
    const Ymd ymd = ymdFromDay(day);
    const int index = ymd.year * 12 + (ymd.month - 1) - months;
    const int year = index / 12, month = index % 12 + 1;
    const Day first = civilDay(year, month, 1);
    const int length = nextPeriodStart(first, Granularity::Month) - first;
    return first + std::min(ymd.day, length) - 1;
}

} // namespace

Day shiftBack(Day day, Granularity g, int periods)
{
    switch (g) {
    case Granularity::Day: return day - periods;
    case Granularity::Week: return day - 7 * periods;
    case Granularity::Month: return monthsBack(day, periods);
    case Granularity::Quarter: return monthsBack(day, 3 * periods);
    case Granularity::Year: return monthsBack(day, 12 * periods);
    }
    return day;
}

DateRange comparedRange(const DateRange& range, Granularity g, int periods, Comparison::Kind kind)
{
    if (range.isEmpty() || (kind != Comparison::Kind::PreviousPeriods && kind != Comparison::Kind::LastYear))
        return range;
    Granularity step = g;
    int count = periods;
    if (kind == Comparison::Kind::LastYear) {
        const bool weekly = g == Granularity::Day || g == Granularity::Week;
        step = weekly ? Granularity::Week : Granularity::Month;
        count = weekly ? 52 : 12;
    }
    // Each end keeps its place in its period: a period start stays a start, a period end an end.
    const auto shift = [&](Day day, bool isEnd) {
        const Day start = periodStart(day, g);
        const Day shiftedStart = shiftBack(start, step, count);
        const Day shiftedEnd = nextPeriodStart(periodStart(shiftedStart, g), g) - 1;
        if (isEnd && day == nextPeriodStart(start, g) - 1)
            return shiftedEnd;
        return std::min(shiftedStart + (day - start), shiftedEnd);
    };
    return {shift(range.from, false), shift(range.to, true)};
}

} // namespace ul
