// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"

#include <QString>

#include <optional>

namespace ul {

/// What the total-per-period chart is compared with (`--compare`).
struct Comparison {
    enum class Kind { None, PreviousPeriods, LastYear, Metric };
    Kind kind = Kind::None;
    QString metric; ///< Kind::Metric: the other metric's key or header

    /// "previous", "last-year", or a metric; empty text: none.
    static Comparison parse(const QString& text);
    QString text() const;
    bool operator==(const Comparison&) const = default;
};

/// `day` moved back by `periods` periods of `g` (months and longer by the calendar, keeping
/// the day of the month where that month has it, else its last day).
Day shiftBack(Day day, Granularity g, int periods);

/// The range to compare `range` (viewed at `g`, in `periods` periods) with: the same number of
/// periods right before it, or the same periods a year earlier (52 weeks for days and weeks, so
/// Mondays meet Mondays; 12 months otherwise). A range that starts or ends on a period boundary
/// keeps it; a cut period is cut at the same place. Kind::Metric and None keep the range.
DateRange comparedRange(const DateRange& range, Granularity g, int periods, Comparison::Kind kind);

} // namespace ul
