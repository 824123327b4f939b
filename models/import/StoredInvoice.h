// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "import/BillingFormat.h"

#include <QString>

#include <optional>

namespace ul {

/// One invoice of a billing export as the workspace keeps it (schema.sql, billing_invoices):
/// what an import hands its sink, and what the revenue views read back (db/BillingInvoices.h).
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

} // namespace ul
