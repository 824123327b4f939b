// SPDX-License-Identifier: MIT
#pragma once

#include "db/SqliteConnection.h"

namespace ul {

/// Workspace format 4 -> 5: saved views (name -> JSON definition, SavedViews.h). Inside the
/// caller's transaction.
bool migrateToVersion5(SqliteConnection& db, QString* error);

} // namespace ul
