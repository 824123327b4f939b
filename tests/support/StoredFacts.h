// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "db/Workspace.h"

#include <optional>
#include <set>
#include <vector>

namespace ul::test {

/// One stored fact as a test reads it back: decoded from the workspace's chunks.
struct StoredFact {
    qint64 metric = 0;
    qint64 importId = 0;
    QString customer; ///< external id
    Day day = 0;
    double value = 0;
    qint64 rows = 0;
};

/// Every fact cell of the workspace (of one import when given), as stored: imports not merged.
std::vector<StoredFact> storedFacts(Workspace& ws, std::optional<qint64> importId = std::nullopt);
/// The ids of the built-in records metric (one per dataset with dated imports).
std::set<qint64> recordsMetricIds(Workspace& ws);
/// Which metrics a sum covers: the file's own columns, or the built-in records metric.
enum class Metrics { FromColumns, Records, All };
/// The sum of every stored fact value; -1 when the chunks cannot be read.
double sumOfFacts(Workspace& ws, Metrics which = Metrics::FromColumns);
/// The sum of every month summary (the derived per-customer months); -1 on error.
double sumOfMonthSummaries(Workspace& ws, Metrics which = Metrics::FromColumns);

} // namespace ul::test
