// SPDX-License-Identifier: MIT
#include "db/MigrateToV3.h"

namespace ul {

bool migrateToVersion3(Connection& db, QString* error)
{
    // The same definitions as resources/schema.sql.
    return db.exec(QStringLiteral(R"(
ALTER TABLE metrics ADD COLUMN kind TEXT NOT NULL DEFAULT 'sum';
ALTER TABLE metrics ADD COLUMN formula TEXT NOT NULL DEFAULT '';
CREATE TABLE distinct_values (
    metric_id INTEGER NOT NULL, value_id INTEGER NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (metric_id, value_id)) WITHOUT ROWID;
CREATE TABLE distinct_chunks (
    metric_id INTEGER NOT NULL, month INTEGER NOT NULL, bucket INTEGER NOT NULL, import_id INTEGER NOT NULL,
    entries INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (metric_id, month, bucket, import_id)) WITHOUT ROWID;
CREATE INDEX distinct_chunks_by_import ON distinct_chunks(import_id);
)"),
                   error);
}

} // namespace ul
