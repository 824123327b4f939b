// SPDX-License-Identifier: MIT
#include "db/MigrateToV7.h"

namespace ul {

bool migrateToVersion7(Connection& db, QString* error)
{
    // The same definitions as resources/schema.sql and resources/schema-postgresql.sql; a table
    // already there (a file rebuilt by hand at an older format) is kept.
    if (db.dialect() == Connection::Dialect::PostgreSql)
        return db.exec(QStringLiteral(R"(
CREATE TABLE IF NOT EXISTS billing_invoices (
    import_id      bigint NOT NULL,
    line           bigint NOT NULL,
    dataset_id     bigint NOT NULL,
    invoice        text COLLATE "C" NOT NULL,
    customer_id    bigint NOT NULL,
    subscription   text COLLATE "C" NOT NULL,
    status         text COLLATE "C" NOT NULL,
    currency       text COLLATE "C" NOT NULL,
    issued_day     bigint NOT NULL,
    issued_second  bigint NOT NULL,
    service_start  bigint,
    service_end    bigint,
    amount         bigint NOT NULL,
    kind           text COLLATE "C" NOT NULL,
    slice_id       bigint,
    PRIMARY KEY (import_id, line)
);
CREATE INDEX IF NOT EXISTS billing_invoices_by_dataset ON billing_invoices(dataset_id);
)"),
                       error);
    return db.exec(QStringLiteral(R"(
CREATE TABLE IF NOT EXISTS billing_invoices (
    import_id      INTEGER NOT NULL,
    line           INTEGER NOT NULL,
    dataset_id     INTEGER NOT NULL,
    invoice        TEXT NOT NULL,
    customer_id    INTEGER NOT NULL,
    subscription   TEXT NOT NULL,
    status         TEXT NOT NULL,
    currency       TEXT NOT NULL,
    issued_day     INTEGER NOT NULL,
    issued_second  INTEGER NOT NULL,
    service_start  INTEGER,
    service_end    INTEGER,
    amount         INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    slice_id       INTEGER,
    PRIMARY KEY (import_id, line)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS billing_invoices_by_dataset ON billing_invoices(dataset_id);
)"),
                   error);
}

} // namespace ul
