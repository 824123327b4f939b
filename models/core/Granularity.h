// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"

#include <QString>

#include <optional>

namespace ul {

enum class Granularity { Day, Week, Month, Quarter, Year };

/// "day", "week", "month", "quarter", "year".
QString granularityKey(Granularity g);
std::optional<Granularity> granularityFromKey(const QString& key);

/// First day of the period that contains `day` (weeks start on Monday, ISO).
Day periodStart(Day day, Granularity g);
/// First day of the period after the one starting at `start`.
Day nextPeriodStart(Day start, Granularity g);
/// Label of the period starting at `start`: 2022-10-17, 2022-10, 2022-Q4, 2022.
QString periodLabel(Day start, Granularity g);

/// The first day of a period given by its label ("2022-10-17", "2022-10", "2022-Q4", "2022"),
/// with the granularity the label implies (a day label is a day or a week start); nullopt when
/// the text is not a period label.
std::optional<Day> periodStartOfLabel(const QString& label);

/// Inclusive range of calendar days.
struct DateRange {
    Day from = 0;
    Day to = -1;
    bool isEmpty() const { return to < from; }
    int days() const { return isEmpty() ? 0 : to - from + 1; }
    bool contains(Day d) const { return d >= from && d <= to; }
    /// The range of equal length that ends the day before this one starts.
    DateRange previous() const { return {from - days(), from - 1}; }
    bool operator==(const DateRange&) const = default;
};

/// How many periods at `g` the range touches (a cut period counts); 0 for an empty range.
qint64 periodCount(const DateRange& range, Granularity g);

/// The most periods one result may hold: 100,000 (274 years of days). A range asking for more
/// is refused before anything is computed, with checkPeriodCount()'s message.
constexpr qint64 kMaxReportPeriods = 100000;

/// Empty when the range fits kMaxReportPeriods, else why not and what to do instead.
QString checkPeriodCount(const DateRange& range, Granularity g);

} // namespace ul
