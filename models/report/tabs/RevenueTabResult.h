// SPDX-License-Identifier: MIT
#pragma once

#include "import/BillingFormat.h"
#include "report/TabResults.h"
#include "revenue/RevenueAnalysis.h"
#include "revenue/RevenueReports.h"

#include <QString>
#include <QStringList>

#include <map>

namespace ul {

/// Everything the Revenue tab shows (a plain value, computed on a worker): the revenue views'
/// tables (exported as they are) and the analysis they were built from, for the charts. The
/// analysis always covers all data, so the first month in range still sees the month before
/// it; `months` only selects what is displayed.
struct RevenueTabResult {
    MonthFilter months;
    RevenueAnalysis analysis;
    TabResults results;
    int invoiceCount = 0;
    /// A billing export: its currencies (lower case) and the currency shown, and how many of its
    /// invoices the money rules left out, by kind.
    bool billing = false;
    QStringList currencies;
    QString currency;
    std::map<InvoiceKind, qint64> excluded;
    QString error;
    qint64 elapsedMs = 0;

    /// Loads and analyses the invoices of `request.dataset`'s amount metric (with
    /// `request.revenue` and `request.currency`) on the worker's connection to `workspacePath`.
    static RevenueTabResult load(const QString& workspacePath, ReportRequest request);
    /// The months of the analysis inside `months` (first to last month of data).
    std::vector<int> visibleMonths() const;
};

} // namespace ul
