// SPDX-License-Identifier: MIT
#pragma once

#include "core/Decimal.h"
#include "query/CustomerDirectory.h"
#include "query/UsageQuery.h"
#include "store/FactStore.h"

#include <optional>
#include <vector>

namespace ul {

/// One customer's part in a period's change: what they had in the period and in the one before.
struct Contributor {
    qint64 customerId = 0;
    QString customer;
    double value = 0;
    double previous = 0;
    double change = 0;                                             ///< value - previous
    std::optional<Decimal> exactValue, exactPrevious, exactChange; ///< exact metrics
    /// change / the period's change × 100; none when the period did not change or for a metric
    /// whose customers' values do not add up to the total (ratios, unique counts).
    std::optional<double> changeSharePct;
};

/// "Who drove it?": every customer with a value in a period or the one before, largest absolute
/// change first. For summed metrics the changes add up to the period's change exactly.
struct PeriodContributors {
    Day period = 0;         ///< start of the period asked about
    Day previousPeriod = 0; ///< start of the period before
    Granularity granularity = Granularity::Month;
    double total = 0, previousTotal = 0, change = 0; ///< sums over the customers
    bool additive = true;                            ///< false: a ratio or unique count, whose parts do not add up
    /// The data covers the period (or the previous one) only in part: the change compares
    /// unequal spans.
    bool partial = false;
    std::vector<Contributor> rows;
};

/// The contributors to the change of the period starting at `period` (at q.granularity) against
/// the period before. Whole calendar periods: the range does not cut them (a drill-down from a
/// bar asks about the bar's whole period). q.customer restricts to one customer; `cohort` (a
/// month start) to the customers whose first day with a value falls in that month.
bool contributorsView(CustomerDirectory& customers, FactStore& store, const UsageQuery& q, Day period,
                      PeriodContributors* out, QString* error, std::optional<Day> cohort = std::nullopt);

/// The start of the period before the one starting at `start`.
Day previousPeriodStart(Day start, Granularity g);

} // namespace ul
