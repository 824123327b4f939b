// SPDX-License-Identifier: MIT
#include "db/MigrateToV4.h"

namespace ul {

bool migrateToVersion4(Connection& db, QString* error)
{
    // The same definitions as resources/schema.sql.
    return db.exec(QStringLiteral(R"(
ALTER TABLE metrics ADD COLUMN parent_id INTEGER;
ALTER TABLE metrics ADD COLUMN slice_id INTEGER;
CREATE INDEX metrics_by_parent ON metrics(parent_id, slice_id);
CREATE TABLE dimensions (
    id INTEGER PRIMARY KEY, dataset_id INTEGER NOT NULL, key TEXT NOT NULL, display_name TEXT NOT NULL,
    UNIQUE (dataset_id, key));
CREATE TABLE slices (
    id INTEGER PRIMARY KEY, dataset_id INTEGER NOT NULL, label TEXT NOT NULL, UNIQUE (dataset_id, label));
CREATE TABLE slice_values (
    slice_id INTEGER NOT NULL, dimension_id INTEGER NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (slice_id, dimension_id)) WITHOUT ROWID;
)"),
                   error);
}

} // namespace ul
