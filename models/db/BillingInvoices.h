// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "db/Connection.h"
#include "import/BillingFormat.h"
#include "import/StoredInvoice.h"

#include <QString>

#include <optional>
#include <vector>

namespace ul {

/// Writes one import's invoices inside the import's transaction, in one go at the end (a server
/// streams them with COPY, which no other statement may interrupt).
bool writeBillingInvoices(Connection& db, qint64 importId, qint64 datasetId, const std::vector<StoredInvoice>& rows,
                          QString* error);

/// Whether the dataset holds billing invoices (false on a workspace older than format 7).
bool hasBillingInvoices(Connection& db, qint64 datasetId, QString* error);

/// The dataset's invoices, in import and line order. An invoice id met in several imports (two
/// exports that overlap) is taken from the latest import only: it has the invoice's latest status.
bool loadBillingInvoices(Connection& db, qint64 datasetId, std::vector<StoredInvoice>* out, QString* error);

} // namespace ul
