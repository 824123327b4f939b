// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "segments/ActivityRow.h"

#include <optional>
#include <vector>

namespace ul {

/// What "frequency" counts: active days (usage data) or source events such as payments
/// (invoice data, where one day can hold several invoices).
enum class FrequencyMode { ActiveDays, Events };

/// One customer's recency, frequency and monetary value, with their 1..5 scores.
struct RfmRecord {
    qint64 customer = 0;
    Day firstDay = 0;
    Day lastDay = 0;
    int recencyDays = 0;  ///< asOf - lastDay
    qint64 frequency = 0; ///< active days or events, see FrequencyMode
    double monetary = 0;  ///< sum of value
    int r = 0;            ///< 5 = most recent
    int f = 0;
    int m = 0;
};

/// RFM as of `asOf` (normally the range end). Rows after asOf are ignored; rows must be
/// distinct per (customer, day) as ActivityRow states. One record per customer with at least
/// one row, ordered by customer id, already scored with scoreRfm().
std::vector<RfmRecord> computeRfm(const std::vector<ActivityRow>& rows, Day asOf, FrequencyMode mode);

/// Fills r, f and m with quintileScores() (recency reversed). Exposed so that a caller that
/// aggregates per customer itself (e.g. in SQL) can score the records.
void scoreRfm(std::vector<RfmRecord>& records);

/// --min-total / --max-total: which customers take part in segmentation and clustering, by
/// their total (monetary) over the range. Unset bounds keep everyone.
struct TotalBounds {
    std::optional<double> min;
    std::optional<double> max;

    bool contains(double total) const { return (!min || total >= *min) && (!max || total <= *max); }
    bool isSet() const { return min || max; }
    bool operator==(const TotalBounds&) const = default;
};

/// The records within `bounds`, scored again among themselves: the quintiles are of the
/// customers who take part.
std::vector<RfmRecord> recordsWithin(const std::vector<RfmRecord>& records, const TotalBounds& bounds);

} // namespace ul
