// SPDX-License-Identifier: MIT
#include "db/MigrateToV5.h"

namespace ul {

bool migrateToVersion5(Connection& db, QString* error)
{
    // The same definition as resources/schema.sql.
    return db.exec(QStringLiteral(R"(
CREATE TABLE saved_views (
    name TEXT PRIMARY KEY, definition TEXT NOT NULL, saved_at TEXT NOT NULL);
)"),
                   error);
}

} // namespace ul
