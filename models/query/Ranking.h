// SPDX-License-Identifier: MIT
#pragma once

#include "query/UsageViews.h"

#include <optional>
#include <vector>

namespace ul {

/// One line of the ranking table beside the top-customers bars.
struct RankingRow {
    RankedCustomer current;                   ///< rank, customer, value, share, as `top` ranks them
    std::optional<double> cumulativeSharePct; ///< share of ranks 1..this one (the Pareto line)
    std::optional<double> previous;           ///< value in the equal-length span before the range
    std::optional<Decimal> exactPrevious;     ///< exact metrics
    std::optional<double> changePct;          ///< vs previous, when that span is whole and non-zero
    std::optional<int> previousRank;          ///< rank in that span; none when not active there
    std::vector<double> trend;                ///< value per trend period, oldest first (a sparkline)
};

/// The top q.top customers over q.range with what an account manager asks next: cumulative
/// share, the value and rank in the equal-length span right before the range (only when the
/// data covers that span entirely: a span cut by the data's start would read as growth), and a
/// trend per period of `trendGranularity` over the range.
struct Ranking {
    Granularity trendGranularity = Granularity::Month;
    std::vector<Day> trendPeriods; ///< first day of each trend period
    bool previousComplete = false; ///< the data covers the previous span: changes are given
    std::vector<RankingRow> rows;
};

bool rankingView(CustomerDirectory& customers, FactStore& store, const UsageQuery& q, Ranking* out, QString* error);

/// The sparkline periods for a range viewed at `g`: `g` itself when that gives at most 36
/// periods (days only up to two months, weeks up to four), else the next coarser.
Granularity trendGranularityFor(const DateRange& range, Granularity g);

} // namespace ul
