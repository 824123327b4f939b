// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"

namespace ul {

/// Workspace format 6 -> 7: the invoices of billing exports (BillingInvoices.h), on either
/// backend, inside the caller's transaction.
bool migrateToVersion7(Connection& db, QString* error);

} // namespace ul
