// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "revenue/MrrSeries.h"

#include <optional>
#include <vector>

namespace ul {

/// A subscription invoice the money rules count (paid or open, with a subscription and a
/// service period; BillingFormat.h), its amount in the currency being reported.
struct SubscriptionInvoice {
    qint64 customer = 0;
    qint64 subscription = 0; ///< one number per subscription (of its customer)
    Day serviceStart = 0;    ///< the period the invoice pays for (its line items' period)
    Day serviceEnd = 0;
    Micros amount = 0; ///< subtotal - discounts
    /// The order of issue: a later invoice of a subscription supersedes the earlier ones from its
    /// service start. Issue day, then second, then the order of the rows.
    Day issued = 0;
    int issuedSecond = 0;
    qint64 sequence = 0;
};

/// The months a service period stands for: its length rounded to whole months of 365.25 / 12
/// days (28-31 days is 1, 89-92 is 3, 365-366 is 12), at least 1.
int serviceMonths(Day start, Day end);
/// One month of `amount` paid for `months`: amount / months, rounded to the micro.
Micros monthlyAmount(Micros amount, int months);

/// Subscription MRR by the money rules (README, "Revenue from billing exports"): MRR of a month is
/// measured just before its end (the 1st of the next month, 00:00 UTC). A subscription's MRR
/// then is the monthly amount of its latest invoice (by issue) whose service period started
/// before that moment, while that period still runs at it. Every counted invoice supersedes the
/// earlier ones from its start (plan changes, credit invoices); one of 0 or less (a trial, a free
/// plan, a credit) is no MRR. A customer's MRR is the sum of its subscriptions'. The series runs
/// from the first month a counted invoice's period starts in to `lastMonth`, the month of the
/// export's last invoice: a subscription that was not renewed churns inside the data, and months
/// after the data are not reported (an annual plan paid in advance covers them, the monthly ones
/// cannot yet). Without `lastMonth`, to the last month an invoice covers.
MrrSeries computeSubscriptionMrr(std::vector<SubscriptionInvoice> invoices,
                                 std::optional<int> lastMonth = std::nullopt);

} // namespace ul
