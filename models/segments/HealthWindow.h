// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"
#include "segments/ActivityRow.h"
#include "segments/CustomerHealth.h"
#include "store/FactStore.h"

#include <functional>

#include <vector>

namespace ul {

/// The 2N periods a health assessment compares: N before and N up to the period holding `last`.
/// Used by the Health tab and `usagelens report --view health` alike.
struct HealthWindow {
    std::vector<Day> starts; ///< period starts, oldest first, size 2N
    Day end = 0;             ///< last day included (the range end)

    static HealthWindow ending(Day last, Granularity g, int periods);
    Day first() const { return starts.empty() ? end : starts.front(); }
    /// Per-customer values per period of the rows inside the window, ordered by customer id.
    std::vector<CustomerSeries> series(const std::vector<ActivityRow>& rows) const;
    /// The same from per-period aggregates (FactStore::customerPeriods() over the window at its
    /// granularity): `values` converts a period's raw value.
    std::vector<CustomerSeries> seriesOf(const std::vector<CustomerPeriod>& periods,
                                         const std::function<double(const CustomerPeriod&)>& value) const;
};

} // namespace ul
