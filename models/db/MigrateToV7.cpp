// SPDX-License-Identifier: MIT
#include "db/MigrateToV7.h"

#include "db/DatasetStats.h"

namespace ul {

bool migrateToVersion7(Connection& db, QString* error)
{
    // The same definitions as resources/schema.sql and schema-postgresql.sql (their types
    // read the same on both backends).
    if (!db.exec(QStringLiteral(R"(
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO counters (name, value) SELECT 'import', (SELECT COALESCE(MAX(id), 0) FROM imports)
    WHERE NOT EXISTS (SELECT 1 FROM counters WHERE name = 'import');
CREATE TABLE IF NOT EXISTS dataset_stats (dataset_id BIGINT PRIMARY KEY, customers BIGINT NOT NULL);
)"),
                 error))
        return false;
    Statement datasets = db.prepare(QStringLiteral("SELECT id FROM datasets"), error);
    if (!datasets.isValid())
        return false;
    std::vector<qint64> ids;
    while (datasets.step(error))
        ids.push_back(datasets.columnInt(0));
    if (datasets.failed())
        return false;
    for (const qint64 id : ids)
        if (!refreshDatasetStats(db, id, error))
            return false;
    return true;
}

} // namespace ul
