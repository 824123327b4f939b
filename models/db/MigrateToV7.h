// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"

namespace ul {

/// Workspace format 6 -> 7, on both backends, inside the caller's transaction: the invoices of
/// billing exports (BillingInvoices.h); import ids from a counter that never goes back (a
/// forgotten import's number is never given again); and each dataset's number of customers kept
/// by import and forget-import (DatasetStats.h) instead of counted by every report.
bool migrateToVersion7(Connection& db, QString* error);

} // namespace ul
