// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "import/BillingFormat.h"
#include "report/TabResults.h"
#include "revenue/RevenueAnalysis.h"
#include "revenue/RevenueReports.h"

#include <QString>
#include <QStringList>

#include <map>

namespace ul {

/// Everything the Revenue tab shows, computed off the GUI thread (a plain value): the revenue
/// views' tables (exported as they are) and the analysis they were built from, for the charts.
/// The analysis always covers all data, so the first month in range still sees the month
/// before it; `months` only selects what is displayed.
struct RevenueTabData {
    FilterState filters;
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

    /// Loads and analyses the invoices of the dataset's amount metric on a fresh connection to
    /// `workspacePath` (any thread).
    static RevenueTabData load(const QString& workspacePath, const QString& dataset, const FilterState& filters,
                               const RevenueSettings& settings, const QString& currency = QString());
    /// The months of the analysis inside `months` (first to last month of data).
    std::vector<int> visibleMonths() const;
};

} // namespace ul
