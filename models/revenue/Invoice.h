// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"

#include <QString>
#include <QtGlobal>

namespace ul {

/// One paid invoice, or the sum of a customer's invoices on one day (then `payments` says how
/// many invoices the row stands for). Amounts are in the dataset's currency; a 0 amount makes
/// no revenue, and negative amounts (refunds) lower the customer's revenue in the months covered.
struct Invoice {
    qint64 customer = 0;
    Day day = 0; ///< UTC day the invoice was paid
    double amount = 0;
    int payments = 1;
};

/// User settings of the revenue views, remembered per workspace by the GUI.
struct RevenueSettings {
    /// Each invoice is spread evenly over this many months, starting with the month paid.
    int billingPeriodMonths = 1;
    double monthlyAcquisitionSpend = 4000;
    QString currency = QStringLiteral("EUR");
    double grossMarginPct = 100;
    /// Count the customers paying in the data's first month as new (see FirstMonthRule).
    bool firstMonthIsNew = false;
};

} // namespace ul
