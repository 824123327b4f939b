// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "db/Connection.h"
#include "import/BillingFormat.h"

#include <QString>

#include <optional>
#include <vector>

namespace ul {

/// One invoice of a billing export as the workspace keeps it (schema.sql, billing_invoices).
struct StoredInvoice {
    qint64 importId = 0;
    qint64 line = 0; ///< source line
    QString invoice;
    qint64 customer = 0; ///< customers.id
    QString subscription;
    QString status;
    QString currency; ///< lower case
    Day issued = 0;
    int issuedSecond = 0;
    std::optional<Day> serviceStart;
    std::optional<Day> serviceEnd;
    qint64 amountMicros = 0; ///< subtotal - discounts
    InvoiceKind kind = InvoiceKind::Counted;
    std::optional<qint64> slice; ///< its dimension values (slices), for --where
};

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
