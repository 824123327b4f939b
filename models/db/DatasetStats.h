// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"
#include "db/DatasetCustomers.h"

#include <optional>

namespace ul {

/// Per-dataset figures every report's catalog shows (how many customers a dataset has), kept
/// in the table dataset_stats by the writers (import, forget-import, migration, recover), so a
/// reader pays a look-up instead of a count over the customers: on a shared server that count
/// ran for every dataset of every report, under the writers' churn.

/// Recounts one dataset (inside the writer's transaction); a dataset that is gone loses its row.
/// On format 8 its customers' creation days are kept too (DatasetCustomers.h): merged with
/// `added` (an import's customers, ascending) when given, else grouped again.
bool refreshDatasetStats(Connection& db, qint64 datasetId, QString* error,
                         const std::vector<DatasetCustomer>* added = nullptr);

/// The next import id: one more than any import id this workspace ever gave, also when that
/// import was forgotten since (a later `forget-import N` must not remove another import).
/// Inside the writer's transaction, so a failed import gives its number back.
std::optional<qint64> nextImportId(Connection& db, QString* error);

} // namespace ul
