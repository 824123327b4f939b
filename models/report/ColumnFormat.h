// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ul {

/// What the numbers of a report column are, for display: tables in the window and the PDF
/// format them by it (CSV, JSON and xlsx keep plain numbers).
/// Percent: a number already in percent (12.5 is 12.5%); Probability: a share 0..1 shown as a
/// percent (a churn risk of 0.125 is 12.5%).
enum class ValueKind { Text, Count, Number, Money, Percent, Ratio, Months, Probability };

/// Decided from the column key: "*_pct" are percents, "rank", "customers", "count" ... counts,
/// "ltv_cac" a ratio, "payback_months" months, money columns of the revenue views money.
/// `view` settles keys two views use differently ("new" is money in mrr-movements, a count in
/// customers).
ValueKind columnKind(const QString& view, const QString& key);
/// The translated header of a column ("active_customers" -> "Active customers"); unknown keys
/// are shown with spaces for underscores and a capital first letter.
QString columnTitle(const QString& key);

} // namespace ul
