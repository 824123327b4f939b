// SPDX-License-Identifier: MIT
#include "query/YearOverYear.h"

#include <algorithm>

namespace ul {

Day sameDayPreviousYear(Day day)
{
    const Ymd d = ymdFromDay(day);
    if (auto same = dayFromYmd(d.year - 1, d.month, d.day))
        return *same;
    // Only 29 February has no counterpart; a year before 1 AD never reaches here (Day range).
    return dayFromYmd(d.year - 1, d.month, 28).value_or(day - 365);
}

DateRange yearToDate(Day end)
{
    const Ymd e = ymdFromDay(end);
    return {dayFromYmd(e.year, 1, 1).value_or(end), end};
}

DateRange previousYearToDate(Day end)
{
    const Ymd e = ymdFromDay(end);
    return {dayFromYmd(e.year - 1, 1, 1).value_or(end), sameDayPreviousYear(end)};
}

YearOverYear compareYearToDate(Day end, const DateRange& coverage, const std::vector<PeriodTotal>& currentMonths,
                               const std::vector<PeriodTotal>& previousMonths)
{
    YearOverYear out;
    const Ymd e = ymdFromDay(end);
    out.year = e.year;
    // The span each month contributes: whole months, and for the last month its first days up
    // to end (the same days a year earlier).
    auto covered = [&](int year, int month, Day lastDay) {
        const std::optional<Day> first = dayFromYmd(year, month, 1);
        return first && !coverage.isEmpty() && coverage.from <= *first && lastDay <= coverage.to;
    };
    auto monthEnd = [](int year, int month) {
        const int nextYear = month == 12 ? year + 1 : year;
        const int nextMonth = month == 12 ? 1 : month + 1;
        return dayFromYmd(nextYear, nextMonth, 1).value_or(0) - 1;
    };
    auto valueOf = [](const std::vector<PeriodTotal>& months, int month) -> double {
        for (const PeriodTotal& t : months)
            if (ymdFromDay(t.start).month == month)
                return t.value;
        return 0.0;
    };
    const Day previousEnd = sameDayPreviousYear(end);
    for (int m = 1; m <= e.month; ++m) {
        const bool last = m == e.month;
        const bool curCovered = covered(e.year, m, last ? end : monthEnd(e.year, m));
        const bool prevCovered = covered(e.year - 1, m, last ? previousEnd : monthEnd(e.year - 1, m));
        if (curCovered) {
            out.current[size_t(m - 1)] = valueOf(currentMonths, m);
            out.yearToDate += *out.current[size_t(m - 1)];
        }
        if (prevCovered)
            out.previous[size_t(m - 1)] = valueOf(previousMonths, m);
        out.compared[size_t(m - 1)] = curCovered && prevCovered;
        if (curCovered && prevCovered) {
            out.currentYtd += *out.current[size_t(m - 1)];
            out.previousYtd += *out.previous[size_t(m - 1)];
        }
    }
    setYearToDateTotals(out, out.yearToDate, out.currentYtd, out.previousYtd);
    return out;
}

void setYearToDateTotals(YearOverYear& yoy, double yearToDate, double currentYtd, double previousYtd)
{
    yoy.yearToDate = yearToDate;
    yoy.currentYtd = currentYtd;
    yoy.previousYtd = previousYtd;
    yoy.changePct.reset();
    const bool any = std::find(yoy.compared.begin(), yoy.compared.end(), true) != yoy.compared.end();
    if (any && previousYtd > 0)
        yoy.changePct = (currentYtd - previousYtd) / previousYtd * 100.0;
}

YearToDateSpans yearToDateSpans(Day end, const YearOverYear& yoy)
{
    YearToDateSpans out;
    const Ymd e = ymdFromDay(end);
    const auto firstOf = [](const auto& flags) {
        for (size_t m = 0; m < flags.size(); ++m)
            if (flags[m])
                return int(m) + 1;
        return 0;
    };
    std::array<bool, 12> covered{};
    for (size_t m = 0; m < 12; ++m)
        covered[m] = yoy.current[m].has_value();
    if (const int m = firstOf(covered); m > 0)
        out.yearToDate = DateRange{dayFromYmd(e.year, m, 1).value_or(end), end};
    if (const int m = firstOf(yoy.compared); m > 0) {
        out.current = DateRange{dayFromYmd(e.year, m, 1).value_or(end), end};
        out.previous = DateRange{dayFromYmd(e.year - 1, m, 1).value_or(end), sameDayPreviousYear(end)};
    }
    return out;
}

} // namespace ul
