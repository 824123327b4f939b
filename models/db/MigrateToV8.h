// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"

namespace ul {

/// Workspace format 7 -> 8, on both backends, inside the caller's transaction: the tables derived
/// from all of a metric's months (customer_lifetimes, activity_totals, cohort_cells;
/// store/DerivedTables.h) and each dataset's customers with their creation days
/// (DatasetCustomers.h), filled by rebuilding every summed metric's rollups. Readers of a
/// format-7 workspace do without them.
bool migrateToVersion8(Connection& db, QString* error);

} // namespace ul
