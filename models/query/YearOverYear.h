// SPDX-License-Identifier: MIT
#pragma once

#include "query/UsageViews.h"

#include <array>
#include <optional>
#include <vector>

namespace ul {

/// The same calendar day one year earlier; 29 February becomes 28 February.
Day sameDayPreviousYear(Day day);

/// Year to date ending on `end` (1 January of its year .. end) compared with the same span of
/// the year before. Only months the data covers in both years are compared: a month with no
/// data coverage in either year (before the first or after the last day with data) is left out
/// of both sums, so a previous year that starts in August is not compared with a full one.
struct YearOverYear {
    int year = 0;                                     ///< the year of `end`
    std::array<std::optional<double>, 12> current{};  ///< per month up to end's month; unset when not covered
    std::array<std::optional<double>, 12> previous{}; ///< the same spans a year earlier
    std::array<bool, 12> compared{};                  ///< covered in both years: part of the sums
    double yearToDate = 0;                            ///< every covered month of the current year up to end
    double currentYtd = 0;                            ///< the compared months of the current year (like for like)
    double previousYtd = 0;                           ///< the compared months of the year before
    std::optional<double> changePct;                  ///< nullopt when nothing is compared or the previous sum is 0
};

/// `currentMonths` and `previousMonths` are month totals of yearToDate(end) and of the span a
/// year before (as totalsView() returns them); `coverage` is the first and last day with data.
YearOverYear compareYearToDate(Day end, const DateRange& coverage, const std::vector<PeriodTotal>& currentMonths,
                               const std::vector<PeriodTotal>& previousMonths);
/// The spans the three sums of `yoy` cover (compareYearToDate() with the same end): every
/// covered month of the year up to end, and the compared months in each year. Covered and
/// compared months are runs of consecutive months (coverage is one interval), so each sum is
/// the total over one span: a unique count or a ratio must be read over the span, not added
/// up from its months. Unset when no month is in the sum.
struct YearToDateSpans {
    std::optional<DateRange> yearToDate;
    std::optional<DateRange> current;
    std::optional<DateRange> previous;
};
YearToDateSpans yearToDateSpans(Day end, const YearOverYear& yoy);
/// Sets the three sums to totals read over their spans (unset spans: 0) and recomputes the
/// change from them.
void setYearToDateTotals(YearOverYear& yoy, double yearToDate, double currentYtd, double previousYtd);

/// 1 January of end's year .. end.
DateRange yearToDate(Day end);
/// The span of yearToDate(end) one year earlier.
DateRange previousYearToDate(Day end);

} // namespace ul
