// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"

namespace ul {

/// Workspace format 4 -> 5: saved views (name -> JSON definition, SavedViews.h). Inside the
/// caller's transaction.
bool migrateToVersion5(Connection& db, QString* error);

} // namespace ul
