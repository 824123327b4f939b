// SPDX-License-Identifier: MIT
#pragma once

#include "revenue/Invoice.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace ul {

/// Numeric attributes per customer id, e.g. {"nrSeats": 3, "nrSessions": 11}. A missing key
/// (or NaN) means "unknown" and leaves the customer out of that attribute's statistics.
using CustomerAttributes = QHash<qint64, QHash<QString, double>>;

struct ProfileStats {
    int count = 0; ///< customers with a value
    std::optional<double> median;
    std::optional<double> mean;
};

/// One attribute compared between the top decile and the rest. Ratios are top / rest and
/// nullopt when either side is missing or the rest's value is 0.
struct ProfileRow {
    QString attribute;
    ProfileStats top;
    ProfileStats rest;
    std::optional<double> medianRatio;
    std::optional<double> meanRatio;
};

/// "How do the best customers look": the customers with total revenue > 0 are ranked by total
/// revenue (ties by id); the top decile is the first ceil(n / 10) of them, the rest is everyone
/// else. Rows, in order:
///   total_revenue       sum of the customer's invoices
///   <each attribute>    the given attributes, sorted by name
///   tenure_months       months from the first to the last paid month (amount > 0), + 1
///   payments_per_month  invoices with amount > 0 (counting Invoice::payments) / tenure_months
///   revenue_per_seat    total_revenue / seats, only when an attribute name contains "seat"
///                       (first such name in sort order; customers with seats <= 0 are skipped)
struct CoreProfile {
    int topCustomers = 0;
    int restCustomers = 0;
    std::vector<ProfileRow> rows;
};

CoreProfile computeCoreProfile(const std::vector<Invoice>& invoices, const CustomerAttributes& attributes);

} // namespace ul
