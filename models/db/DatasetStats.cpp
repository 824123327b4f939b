// SPDX-License-Identifier: MIT
#include "db/DatasetStats.h"

namespace ul {

bool refreshDatasetStats(Connection& db, qint64 datasetId, QString* error, const std::vector<DatasetCustomer>* added)
{
    Statement drop = db.prepare(QStringLiteral("DELETE FROM dataset_stats WHERE dataset_id = ?"), error);
    if (db.tableExists(QStringLiteral("dataset_customers"), error)) {
        // The count comes with the customers, which format 8 keeps anyway.
        qint64 customers = 0;
        Statement exists = db.prepare(QStringLiteral("SELECT 1 FROM datasets WHERE id = ?"), error);
        if (!exists.isValid() || !refreshDatasetCustomers(db, datasetId, added, &customers, error) || !drop.isValid()
            || !drop.bind(1, datasetId).run(error))
            return false;
        exists.bind(1, datasetId);
        if (!exists.step(error))
            return !exists.failed(); // the dataset is gone
        Statement insert = db.prepare(QStringLiteral("INSERT INTO dataset_stats (dataset_id, customers) VALUES (?, ?)"),
                                      error);
        return insert.isValid() && insert.bind(1, datasetId).bind(2, customers).run(error);
    }
    if (!error->isEmpty())
        return false;
    Statement count = db.prepare(
        QStringLiteral(
            "INSERT INTO dataset_stats (dataset_id, customers) SELECT id, (SELECT count(DISTINCT customer_id) "
            "FROM customer_dates WHERE dataset_id = ?) FROM datasets WHERE id = ?"),
        error);
    return drop.isValid() && count.isValid() && drop.bind(1, datasetId).run(error)
           && count.bind(1, datasetId).bind(2, datasetId).run(error);
}

std::optional<qint64> nextImportId(Connection& db, QString* error)
{
    // The counter never goes below an id in use (a file written by a version without it).
    if (!db.exec(
            QStringLiteral("UPDATE counters SET value = (SELECT MAX(v) FROM (SELECT value AS v FROM counters WHERE "
                           "name = 'import' UNION ALL SELECT MAX(id) FROM imports) AS known) + 1 WHERE name = "
                           "'import'"),
            error))
        return std::nullopt;
    const std::optional<qint64> id = db.queryInt(QStringLiteral("SELECT value FROM counters WHERE name = 'import'"),
                                                 error);
    if (!id && error->isEmpty())
        *error = QStringLiteral("%1: the workspace has no import counter; run `usagelens check`").arg(db.location());
    return id;
}

} // namespace ul
