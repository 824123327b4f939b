// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"
#include "db/Connection.h"
#include "store/FactStore.h"
#include "store/LifetimePass.h"

#include <map>
#include <vector>

namespace ul {

// The derived tables of workspace format 8 (schema.sql, schema-postgresql.sql), read and written
// in one place per dialect: every customer's lifetime per metric (packed in one row in a file,
// one row per customer on a server, where the views query them), the monthly cohorts and the
// activity of whole periods. RollupWriter keeps them; format 7 has none of them, so readers ask
// hasDerivedTables() first and take the old way without them.

/// Whether the workspace keeps the format-8 tables.
bool hasDerivedTables(Connection& db, QString* error);

/// Every customer's lifetime of a metric, customers ascending (empty: no data).
bool writeLifetimes(Connection& db, qint64 metricId, const Precision& precision,
                    const std::vector<CustomerTotal>& lifetimes, QString* error);
/// *kept false when the metric has no lifetimes stored (not a summed metric, or never written).
bool readLifetimes(Connection& db, qint64 metricId, const Precision& precision, std::vector<CustomerTotal>* out,
                   bool* kept, QString* error);
/// The stored values in another precision (MetricPrecision.cpp); false on overflow.
bool rescaleLifetimes(Connection& db, qint64 metricId, const Precision& from, const Precision& to, QString* error);

bool writeCohortCells(Connection& db, qint64 metricId, const std::vector<CohortCell>& cells, QString* error);
bool readCohortCells(Connection& db, qint64 metricId, std::vector<CohortCell>* out, QString* error);

/// Replaces every row of a metric (granularity code as period_totals).
bool writeActivity(Connection& db, qint64 metricId, const std::map<std::pair<int, Day>, PeriodActivity>& rows,
                   QString* error);
bool readActivity(Connection& db, qint64 metricId, int granularity, Day firstStart, Day lastStart,
                  std::vector<PeriodActivity>* out, QString* error);
bool readAllActivity(Connection& db, qint64 metricId, std::map<std::pair<int, Day>, PeriodActivity>* out,
                     QString* error);

/// Drops every derived format-8 row of the metrics `metricIdsSql` selects (an SQL list or subquery).
bool deleteDerivedRows(Connection& db, const QString& metricIdsSql, QString* error);

} // namespace ul
