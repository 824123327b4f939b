// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"

namespace ul {

/// Workspace format 3 -> 4: per-row text columns (dimensions), their value combinations (slices)
/// and the link from a metric's sliced copies to it. Existing data has no slices: filters leave
/// out the rows of imports made before a dataset had dimensions (re-import them to filter them).
/// Inside the caller's transaction.
bool migrateToVersion4(Connection& db, QString* error);

} // namespace ul
