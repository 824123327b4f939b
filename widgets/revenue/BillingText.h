// SPDX-License-Identifier: MIT
#pragma once

#include "import/BillingFormat.h"
#include "import/ImportTypes.h"

#include <QCoreApplication>
#include <QString>

#include <map>

namespace ul {

/// The window's words for billing exports, translated: the import wizard and the Revenue tab
/// say them the same way.
class BillingText {
    Q_DECLARE_TR_FUNCTIONS(BillingText)
public:
    /// "Stripe invoice export"
    static QString formatName(BillingSystem system);
    /// "void", "written off", "draft", "one-off", ...
    static QString kindName(InvoiceKind kind);
    /// "void 40, draft 4, one-off 120" (kinds with invoices only, in kExcludedKinds order)
    static QString excludedList(const std::map<InvoiceKind, qint64>& excluded);
    /// "Stripe invoice export: 4,271 invoices, 3 excluded kinds (void 40, draft 4, one-off 120)"
    static QString summary(BillingSystem system, const BillingImportSummary& summary);
};

} // namespace ul
