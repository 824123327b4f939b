// SPDX-License-Identifier: MIT
#include "db/MigrateToV7.h"

#include "db/DatasetStats.h"

namespace ul {

bool migrateToVersion7(Connection& db, QString* error)
{
    // Billing invoices in each dialect's types; the same definitions as resources/schema.sql
    // and resources/schema-postgresql.sql. A table already there (a file rebuilt by hand at an
    // older format) is kept.
    static const char* const billingOnServer = R"(
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
)";
    static const char* const billingInFile = R"(
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
)";
    if (!db.exec(QString::fromLatin1(db.dialect() == Connection::Dialect::PostgreSql ? billingOnServer : billingInFile),
                 error))
        return false;
    // The import counter and the kept customer counts: their types read the same on both.
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
