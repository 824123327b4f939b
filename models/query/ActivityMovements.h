// SPDX-License-Identifier: MIT
#pragma once

#include "query/UsageQuery.h"

#include <QString>

#include <unordered_map>
#include <vector>

namespace ul {

class FactStore;

/// Customers by activity in one period of a metric: active = at least one value (zero counts)
/// in the period; new = the customer's first active period ever, except in the data's first
/// period, whose customers are the opening base (unless UsageQuery::firstPeriodIsNew); churned = active in the
/// previous period, not in this one; reactivated = active now, not in the previous period, and
/// active at some time before that.
struct ActivityPeriod {
    Day start = 0;
    QString label;
    qint64 active = 0;
    qint64 newCustomers = 0;
    qint64 churned = 0;
    qint64 reactivated = 0;
    qint64 opening = 0; ///< the data's first period only: customers already there, not counted as new
    /// The range or the data covers the period only in part (as PeriodTotal::partial): its churn
    /// and newness are artefacts of the cut, not movements.
    bool partial = false;
};

/// Each customer's account creation day (--cohort-by created): a customer then is new in the
/// period its account was created in, not in its first active one, and cohorts group customers
/// by creation month. Customers without one keep their first active period.
using CreatedDays = std::unordered_map<qint64, Day>;

/// Every period intersecting the query's range, oldest first. The period before the range is
/// read too, so the first period's churn and reactivation are right. With `created`, new counts
/// the active customers whose account was created in the period (a customer active for the
/// first time in a later period is then neither new nor reactivated).
bool activityMovements(FactStore& store, const UsageQuery& query, std::vector<ActivityPeriod>* out, QString* error,
                       const CreatedDays* created = nullptr);

/// One monthly cohort by activity: the customers whose first active month is `month`, and how
/// many of them (and how much of the metric) are active k months later.
struct ActivityCohort {
    Day month = 0;
    std::vector<qint64> customers; ///< [k]: members active in month + k
    std::vector<double> values;    ///< [k]: the members' total in month + k
    qint64 size = 0;               ///< by creation: every member, active or not
};

/// Cohorts of the metric over all its data by month; those starting inside the query's range
/// are returned, oldest first, each followed to the last month with data. With `created`,
/// cohorts are by the month accounts were created (members who never used the metric count
/// in `size`).
bool activityCohorts(FactStore& store, const UsageQuery& query, std::vector<ActivityCohort>* out, QString* error,
                     const CreatedDays* created = nullptr);

} // namespace ul
