// SPDX-License-Identifier: MIT
#include "db/MigrateToV6.h"

namespace ul {

bool migrateToVersion6(Connection& db, QString* error)
{
    // The same definition as resources/schema.sql.
    return db.exec(QStringLiteral(R"(
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY, dataset_id INTEGER NOT NULL REFERENCES datasets(id), day INTEGER NOT NULL,
    note TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX annotations_by_dataset ON annotations(dataset_id, day);
)"),
                   error);
}

} // namespace ul
