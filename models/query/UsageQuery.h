// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"

#include <optional>

namespace ul {

/// Everything a usage view needs to know; a plain value copied into background work.
struct UsageQuery {
    qint64 metricId = 0;
    qint64 datasetId = 0;
    DateRange range; ///< inclusive; resolve "all data" before building the query
    Granularity granularity = Granularity::Day;
    int top = 10;
    int newWithinDays = 90;
    std::optional<qint64> customer; ///< restricts every view to one customer
    int bins = 30;
    bool logBins = false;
    /// Customers active in the data's first period count as new there (by default they are the
    /// base the data starts with: an export rarely begins with the business).
    bool firstPeriodIsNew = false;
};

} // namespace ul
