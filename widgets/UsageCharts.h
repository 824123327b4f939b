// SPDX-License-Identifier: MIT
#pragma once

#include "query/ActivityMovements.h"
#include "query/UsageViews.h"

#include <QColor>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace ul {

/// Builds the dashboard's charts from plain values. Every chart plots periods at x = index so
/// bars, lines and areas share one thinned, non-overlapping label axis. Hover shows exact values.
class UsageCharts {
public:
    struct Series {
        QString name;
        std::vector<std::optional<double>> values; ///< nullopt = gap (e.g. change from zero)
        /// Per value: empty, or why the period is partial ("partial: 3–17 Oct"); partial bars
        /// are drawn lighter and say so in their tooltip.
        QStringList partialNotes;
        /// A colour with a fixed meaning (new is green, churned red, on every tab); invalid: the palette's.
        QColor color;
    };
    /// "partial: 3–17 Oct" for each partial period, empty for complete ones.
    static QStringList partialNotesOf(const std::vector<PeriodTotal>& totals);
    /// "partial: 3–17 Oct" for a period whose data covers only these days.
    static QString partialNote(Day coveredFrom, Day coveredTo);

    static QChart* periodBars(const QStringList& labels, const std::vector<Series>& series, bool dark,
                              bool percent = false, int colorOffset = 0);
    /// Series stacked per period (a breakdown: the parts of each bar add up to its total).
    static QChart* stackedPeriodBars(const QStringList& labels, const std::vector<Series>& series, bool dark);
    /// Customers by activity per period: new and reactivated up, churned down (stacked), the
    /// active count in each tooltip. Partial periods (`partialNotes`, as for Series) are lighter:
    /// their churn is an artefact of the cut, not customers lost.
    static QChart* customerMovements(const std::vector<ActivityPeriod>& periods, const QStringList& partialNotes,
                                     bool dark);
    static QChart* periodArea(const QStringList& labels, const std::vector<double>& values, bool dark,
                              int colorIndex = 0);
    static QChart* periodLines(const QStringList& labels, const std::vector<Series>& series, bool dark, bool percent,
                               bool zeroBaseline, int colorOffset = 0);
    /// Percent changes as bars, green above zero and red below.
    static QChart* changeBars(const QStringList& labels, const std::vector<std::optional<double>>& values, bool dark);
    static QChart* histogram(const std::vector<HistogramBin>& bins, bool dark);
    /// Rank 1 on top; `onClick` receives the clicked customer. With `cumulativeSharePct` (one per
    /// customer), a Pareto line of the running share on a 0–100% axis at the top. `logScale`
    /// draws the bars on a log10 axis, so one customer holding most does not flatten the rest.
    static QChart* topCustomers(const std::vector<RankedCustomer>& ranked, bool dark, int colorIndex,
                                const std::function<void(const RankedCustomer&)>& onClick,
                                const std::vector<std::optional<double>>& cumulativeSharePct = {},
                                bool logScale = false);
    static QStringList labelsOf(const std::vector<PeriodTotal>& totals);
    /// The periods' first days (where notes on dates fall, ChartNotes).
    static std::vector<Day> startsOf(const std::vector<PeriodTotal>& totals);
};

} // namespace ul
