// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ul::bench {

enum class RowOrder { Random, ByDate };

/// Writes a daily-usage export `customer_id,usage_date,minutes,sessions` of `rows` rows:
/// `customers` customers (20,000 unless said) over 730 days from 2022-01-01, minutes with two
/// decimals and whole sessions, from a fixed seed. Up to customers x 730 rows each (customer,
/// day) comes at most once; beyond that cells are drawn with repeats (several rows of one
/// customer and day, summed by the import). Random order is what real exports sorted by
/// nothing look like; ByDate is the easy case (day, then customer). Memory stays small at any
/// size (a keyed permutation, not a shuffled grid, above 16M cells). Returns false when the
/// file cannot be written.
bool writeUsageCsv(const QString& path, qint64 rows, RowOrder order, quint32 customers = 20000);

/// The CSV's name in a benchmark folder: `usage-random-10000000.csv` at 20,000 customers (the
/// name earlier runs kept), `usage-random-10000000-c1000000.csv` at other counts.
QString usageCsvName(qint64 rows, RowOrder order, quint32 customers);

} // namespace ul::bench
