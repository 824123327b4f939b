// SPDX-License-Identifier: MIT
#include "db/MigrateToV8.h"

#include "db/DatasetStats.h"
#include "store/ChunkFactStore.h"
#include "store/RollupWriter.h"

#include <map>
#include <set>

namespace ul {

bool migrateToVersion8(Connection& db, QString* error)
{
    // The same definitions as resources/schema.sql and resources/schema-postgresql.sql.
    static const char* const onServer = R"(
CREATE TABLE IF NOT EXISTS customer_lifetimes (
    metric_id bigint NOT NULL, customer_id bigint NOT NULL, value bigint NOT NULL, rows bigint NOT NULL,
    active_days bigint NOT NULL, first_day bigint NOT NULL, last_day bigint NOT NULL,
    PRIMARY KEY (metric_id, customer_id));
CREATE TABLE IF NOT EXISTS activity_totals (
    metric_id bigint NOT NULL, granularity bigint NOT NULL, start bigint NOT NULL, continuing bigint NOT NULL,
    newcomers bigint NOT NULL, PRIMARY KEY (metric_id, granularity, start));
CREATE TABLE IF NOT EXISTS cohort_cells (
    metric_id bigint NOT NULL, cohort bigint NOT NULL, month bigint NOT NULL, customers bigint NOT NULL,
    value double precision NOT NULL, PRIMARY KEY (metric_id, cohort, month));
CREATE TABLE IF NOT EXISTS dataset_customers (
    dataset_id bigint NOT NULL, customer_id bigint NOT NULL, created_min bigint, first_min bigint,
    PRIMARY KEY (dataset_id, customer_id));
CREATE INDEX IF NOT EXISTS dataset_customers_by_created
    ON dataset_customers (dataset_id, (COALESCE(created_min, first_min)));
ALTER TABLE customer_lifetimes SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.01);
ALTER TABLE activity_totals SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.01);
ALTER TABLE cohort_cells SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.01);
ALTER TABLE dataset_customers SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.01);
)";
    static const char* const inFile = R"(
CREATE TABLE IF NOT EXISTS customer_lifetimes (
    metric_id INTEGER PRIMARY KEY, customers INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS activity_totals (
    metric_id INTEGER NOT NULL, granularity INTEGER NOT NULL, start INTEGER NOT NULL, continuing INTEGER NOT NULL,
    newcomers INTEGER NOT NULL, PRIMARY KEY (metric_id, granularity, start)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cohort_cells (
    metric_id INTEGER NOT NULL, cohort INTEGER NOT NULL, month INTEGER NOT NULL, customers INTEGER NOT NULL,
    value REAL NOT NULL, PRIMARY KEY (metric_id, cohort, month)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dataset_customers (
    dataset_id INTEGER PRIMARY KEY, customers INTEGER NOT NULL, data BLOB NOT NULL);
)";
    if (!db.exec(QString::fromLatin1(db.dialect() == Connection::Dialect::PostgreSql ? onServer : inFile), error))
        return false;
    // Every summed metric's rollups rebuilt: the writer fills the new tables as it goes.
    std::map<qint64, std::set<Day>> months;
    Statement st = db.prepare(QStringLiteral("SELECT DISTINCT metric_id, month FROM fact_chunks"), error);
    if (!st.isValid())
        return false;
    while (st.step(error))
        months[st.columnInt(0)].insert(Day(st.columnInt(1)));
    if (st.failed())
        return false;
    ChunkFactStore store(db);
    for (const auto& [metric, touched] : months) {
        const std::optional<Precision> precision = store.precision(metric, error);
        if (!precision || !rebuildMonths(db, metric, *precision, touched, error))
            return false;
    }
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
