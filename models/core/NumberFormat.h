// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ul {

/// Shortest text that reads back to exactly the same double ("0.1", "1234.5", "1e+20").
/// Locale-independent: for CSV, JSON and the command line.
QString shortestNumber(double value);
/// A whole number with ',' between groups of three ("4,271"), for English messages.
QString groupedInteger(qint64 value);

} // namespace ul
