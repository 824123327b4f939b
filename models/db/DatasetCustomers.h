// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "db/Connection.h"

#include <limits>
#include <optional>
#include <vector>

namespace ul {

/// A customer of a dataset with the days its creation is judged by (over all the dataset's
/// imports): the earliest `created` column value and the earliest day with data.
struct DatasetCustomer {
    static constexpr Day kNoDay = std::numeric_limits<Day>::min();
    quint32 customer = 0;
    Day created = kNoDay;
    Day first = kNoDay;
    /// The creation day the views use: the created column where present, else the first usage.
    std::optional<Day> createdDay() const
    {
        return created != kNoDay ? std::optional(created) : first != kNoDay ? std::optional(first) : std::nullopt;
    }
};

// Every customer of a dataset with its creation days (format 8, table dataset_customers): packed
// in one row per dataset in a file, a row per customer on a server. Kept by the writers with the
// dataset's customer count (DatasetStats.h), so top-new and the KPIs read one row instead of
// grouping customer_dates, which holds a row per customer and import.

/// Writes the dataset's customers anew: merged with `added` (this import's customers, ascending)
/// when the stored ones are complete without it, else grouped again from customer_dates.
/// *count receives the number of customers. Inside the writer's transaction.
bool refreshDatasetCustomers(Connection& db, qint64 datasetId, const std::vector<DatasetCustomer>* added, qint64* count,
                             QString* error);
/// The dataset's customers grouped from customer_dates (what refreshDatasetCustomers keeps).
bool groupDatasetCustomers(Connection& db, qint64 datasetId, std::vector<DatasetCustomer>* out, QString* error);
/// Customers ascending; *kept false when the workspace (format 7) does not keep them.
bool readDatasetCustomers(Connection& db, qint64 datasetId, std::vector<DatasetCustomer>* out, bool* kept,
                          QString* error);

} // namespace ul
