// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"

#include <string>
#include <string_view>
#include <vector>

namespace ul {

/// One distinct value a customer had in a month, with the days it was seen on: bit d of `days`
/// is day d + 1 of the month. Counts over any period are unions of these (a value seen on 20
/// days of a month is one value in that month and in its quarter).
struct DistinctEntry {
    quint32 customer = 0; ///< workspace customer id
    quint32 value = 0;    ///< distinct_values.value_id of the metric
    quint32 days = 0;
};

/// The days of [from, to] inside the month starting at `month`, as a day mask.
quint32 dayMaskWithin(Day month, Day from, Day to);

// A distinct chunk holds the entries of one metric, month, customer bucket and import sorted by
// (customer, value): per entry the customer delta, the value (delta within a customer) and the
// day mask, as varints.
std::string encodeDistinctChunk(const DistinctEntry* entries, size_t count);
/// Appends the entries of a chunk to `out`; false when the bytes are damaged.
bool decodeDistinctChunk(std::string_view data, std::vector<DistinctEntry>* out);

} // namespace ul
