// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"

namespace ul {

/// Workspace format 1 -> 2: the facts (one row per metric, day, customer and import, REAL
/// values) become packed chunks with exact decimals where every value of a metric is a short
/// decimal, and the derived month summaries and period totals are built. Inside the caller's
/// transaction; the old tables are dropped.
bool migrateToVersion2(Connection& db, QString* error);

} // namespace ul
