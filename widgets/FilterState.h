// SPDX-License-Identifier: MIT
#pragma once

#include "query/Granularity.h"

#include <QString>

#include <optional>

namespace ul {

/// Everything the filter bar decides, as a plain value copied into background queries.
struct FilterState {
    QString dataset;              ///< dataset name (stable across workspaces, unlike ids)
    qint64 datasetId = 0;
    DateRange range;              ///< inclusive days; already resolved from the preset
    QString preset;               ///< preset key ("last30", "all", ...) or empty for a custom range
    Granularity granularity = Granularity::Month;
    int top = 10;
    std::optional<qint64> customer; ///< nullopt = all customers
    QString customerName;
    int newWithinDays = 90;

    bool operator==(const FilterState&) const = default;
};

} // namespace ul
