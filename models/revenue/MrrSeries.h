// SPDX-License-Identifier: MIT
#pragma once

#include "revenue/Invoice.h"
#include "revenue/Money.h"

#include <vector>

namespace ul {

/// One customer's MRR over the months its invoices cover.
struct CustomerMrr {
    qint64 customer = 0;
    int firstMonth = 0;      ///< first month covered by any of its invoices (even a 0 one)
    std::vector<Micros> mrr; ///< mrr[i] is month firstMonth + i; never negative

    int lastMonth() const { return firstMonth + int(mrr.size()) - 1; }
    /// MRR in `month`, 0 outside the covered months.
    Micros at(int month) const;
    /// First month with MRR > 0 (the customer's cohort); nullopt if it never paid anything.
    std::optional<int> firstRevenueMonth() const;
};

/// Monthly recurring revenue, in total and per customer, over every month from the first to
/// the last month covered by an invoice (months without invoices are included with MRR 0).
struct MrrSeries {
    int firstMonth = 0;
    std::vector<Micros> total;          ///< total[i] is month firstMonth + i
    std::vector<CustomerMrr> customers; ///< sorted by customer id

    bool isEmpty() const { return total.empty(); }
    int lastMonth() const { return firstMonth + int(total.size()) - 1; }
    Micros at(int month) const;
    /// nullptr when the customer has no invoice.
    const CustomerMrr* customer(qint64 id) const;
};

/// Revenue convention: an invoice is recurring revenue of the UTC month it was paid in; with
/// `billingPeriodMonths` = N (< 1 counts as 1) it is spread evenly over N months starting with
/// that month, the leftover micros going to the earliest months so the parts add up to the
/// invoice exactly. A customer's invoices covering the same month add up; a month whose sum is
/// negative (refunds) counts as 0.
MrrSeries computeMrr(const std::vector<Invoice>& invoices, int billingPeriodMonths = 1);

} // namespace ul
