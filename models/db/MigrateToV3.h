// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"

namespace ul {

/// Workspace format 2 -> 3: metrics get a kind (summed, distinct count or ratio) and a formula,
/// and the tables of distinct-count metrics are added. Every existing metric stays summed.
/// Inside the caller's transaction.
bool migrateToVersion3(Connection& db, QString* error);

} // namespace ul
