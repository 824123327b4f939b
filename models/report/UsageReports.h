// SPDX-License-Identifier: MIT
#pragma once

#include "db/SqliteConnection.h"
#include "query/UsageQuery.h"
#include "report/ReportTable.h"

#include <QStringList>

namespace ul {

/// The usage views by name: totals, cumulative, change, histogram, top, top-new, kpis.
QStringList usageViewNames();
/// Runs one view into a table with the columns documented in the README.
bool usageReport(SqliteConnection& db, const UsageQuery& query, const QString& view, ReportTable* out, QString* error);

} // namespace ul
