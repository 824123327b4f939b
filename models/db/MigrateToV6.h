// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"

namespace ul {

/// Workspace format 5 -> 6: notes on dates of a dataset (Annotations.h). Inside the caller's
/// transaction.
bool migrateToVersion6(Connection& db, QString* error);

} // namespace ul
