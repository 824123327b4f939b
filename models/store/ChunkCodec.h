// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "store/Precision.h"

#include <string>
#include <string_view>
#include <vector>

namespace ul {

/// One customer's value of a metric on one day, summed over the source rows of that day.
struct DayCell {
    quint32 customer = 0; ///< workspace customer id
    Day day = 0;
    qint64 rows = 0; ///< source rows behind the value (payments, events)
    RawValue value = 0;
};

/// One customer's month of a metric: the sum, source rows, days with a value, first and last.
struct CustomerMonthTotal {
    quint32 customer = 0;
    qint64 rows = 0;
    RawValue value = 0;
    int activeDays = 0;
    Day firstDay = 0;
    Day lastDay = 0;
};

// The packed columns of the fact store (schema.sql): a day chunk holds the cells of one metric,
// month and customer bucket sorted by (customer, day); a month summary every customer's month,
// sorted by customer. Customers are delta-coded, days as day of month, counts as varints, exact
// values as zigzag varints and floating values as 8 bytes.

std::string encodeDayChunk(const DayCell* cells, size_t count, Day month, const Precision& precision);
/// Appends the cells of a chunk to `out`; false when the bytes are damaged.
bool decodeDayChunk(std::string_view data, Day month, const Precision& precision, std::vector<DayCell>* out);

std::string encodeMonthSummary(const std::vector<CustomerMonthTotal>& customers, Day month, const Precision& precision);
bool decodeMonthSummary(std::string_view data, Day month, const Precision& precision,
                        std::vector<CustomerMonthTotal>* out);

/// Customers per day chunk: chunks hold the customers whose id / kBucketSize is the bucket, so
/// one customer's month is read without the others'.
inline constexpr quint32 kBucketSize = 1024;
inline quint32 bucketOf(quint32 customer) { return customer / kBucketSize; }

} // namespace ul
