// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ul::bench {

enum class RowOrder { Random, ByDate };

/// Writes a daily-usage export `customer_id,usage_date,minutes,sessions` of `rows` rows:
/// 20,000 customers over 730 days from 2022-01-01, each (customer, day) at most once, minutes
/// with two decimals and whole sessions, from a fixed seed. Random order is what real exports
/// sorted by nothing look like; ByDate is the easy case (day, then customer). Returns false
/// when the file cannot be written or `rows` exceeds the 14.6M cells.
bool writeUsageCsv(const QString& path, qint64 rows, RowOrder order);

} // namespace ul::bench
