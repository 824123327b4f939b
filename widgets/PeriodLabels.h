// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ul {

/// Period labels as chart readers see them, on axes and in tooltips. A two-digit year beside a
/// day reads as another day ("26 Oct 26"), so years have four digits, and a week says it is one:
/// "2026-10-26" of a weekly series is "w/c 26 Oct 2026" (week commencing), of a daily one
/// "26 Oct 2026"; "2026-10" is "Oct 2026", "2026-Q4" "Q4 2026"; other labels are kept.
class PeriodLabels {
public:
    static QStringList readable(const QStringList& labels);
    /// True when the labels are ISO days a week apart, each a Monday: the starts of weeks.
    static bool areWeekStarts(const QStringList& labels);
};

} // namespace ul
