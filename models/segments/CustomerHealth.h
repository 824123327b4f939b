// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <unordered_map>
#include <vector>

namespace ul {

enum class HealthStatus { AtRisk, Expanding, New, Churned, Stable };

/// Stable key for files and the command line: "at_risk", "expanding", "new", "churned", "stable".
QString healthStatusKey(HealthStatus status);

struct HealthOptions {
    int periods = 3;          ///< N: the last N periods against the N before
    double thresholdPct = 30; ///< X: at risk when down at least X%, expanding when up at least X%
};

/// One customer's metric per period at the chosen granularity, oldest first, normally the
/// last 2N periods of the range (only those are read).
struct CustomerSeries {
    qint64 customer = 0;
    std::vector<double> values;
};

struct HealthRecord {
    qint64 customer = 0;
    double previous = 0;  ///< sum of the N periods before the last N
    double current = 0;   ///< sum of the last N periods
    double changePct = 0; ///< (current - previous) * 100 / |previous|; NaN when previous == 0
    HealthStatus status = HealthStatus::Stable;
    std::vector<double> trend; ///< the 2N values used, oldest first (for a sparkline)
};

/// Classifies every customer, first rule that applies:
///   nothing in both windows   -> omitted
///   previous == 0, current > 0 -> New
///   current == 0, previous > 0 -> Churned
///   change <= -X%              -> AtRisk
///   change >= +X%              -> Expanding
///   otherwise                  -> Stable
/// A series shorter than 2N counts the missing oldest periods as 0. The threshold test allows
/// a relative 1e-9 so sums like 0.7 + 0.3 sitting exactly on X% are not missed by rounding.
/// Ordered by customer id.
/// `windows`, when given, holds each customer's (previous, current) window totals for metrics
/// whose periods do not add up (distinct counts, ratios); the trend stays per period.
std::vector<HealthRecord> assessHealth(const std::vector<CustomerSeries>& series, const HealthOptions& options = {},
                                       const std::unordered_map<qint64, std::pair<double, double>>* windows = nullptr);

} // namespace ul
