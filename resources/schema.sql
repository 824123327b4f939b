-- SPDX-License-Identifier: MIT
-- UsageLens workspace schema, version 1. Applied by models/db/Migrations.cpp.
-- Days are integers: days since 1970-01-01 (UTC).

CREATE TABLE datasets (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    settings    TEXT NOT NULL DEFAULT '{}'
);

-- Provenance: one row per imported file.
CREATE TABLE imports (
    id             INTEGER PRIMARY KEY,
    dataset_id     INTEGER NOT NULL REFERENCES datasets(id),
    file_name      TEXT NOT NULL,
    file_path      TEXT NOT NULL,
    file_size      INTEGER NOT NULL,
    sha256         TEXT NOT NULL,
    rows_read      INTEGER NOT NULL,
    rows_imported  INTEGER NOT NULL,
    rows_rejected  INTEGER NOT NULL,
    mapping        TEXT NOT NULL,
    imported_at    TEXT NOT NULL
);
CREATE INDEX imports_by_sha ON imports(sha256);

CREATE TABLE metrics (
    id            INTEGER PRIMARY KEY,
    dataset_id    INTEGER NOT NULL REFERENCES datasets(id),
    key           TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    UNIQUE (dataset_id, key)
);

-- Customers are shared by all datasets of a workspace so invoices and account data join on the id.
CREATE TABLE customers (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT NOT NULL UNIQUE
);

-- The fact grain: one metric, one day, one customer, one import. Several source rows of a
-- customer on one day are summed into `value`; `source_rows` counts them (payments, events).
CREATE TABLE facts (
    metric_id    INTEGER NOT NULL,
    day          INTEGER NOT NULL,
    customer_id  INTEGER NOT NULL,
    import_id    INTEGER NOT NULL,
    value        REAL NOT NULL,
    source_rows  INTEGER NOT NULL,
    PRIMARY KEY (metric_id, day, customer_id, import_id)
) WITHOUT ROWID;

-- Derived monthly rollup (rebuilt from facts when an import is removed) so month, quarter and
-- year views and rankings over long ranges read a fraction of the rows.
CREATE TABLE facts_monthly (
    metric_id    INTEGER NOT NULL,
    month        INTEGER NOT NULL,  -- first day of the month
    customer_id  INTEGER NOT NULL,
    value        REAL NOT NULL,
    PRIMARY KEY (metric_id, month, customer_id)
) WITHOUT ROWID;
CREATE INDEX facts_monthly_by_customer ON facts_monthly(customer_id, metric_id, month);

-- Per dataset and import: account creation and first/last activity of each customer.
CREATE TABLE customer_dates (
    dataset_id   INTEGER NOT NULL,
    customer_id  INTEGER NOT NULL,
    import_id    INTEGER NOT NULL,
    created_day  INTEGER,
    first_day    INTEGER,
    last_day     INTEGER,
    PRIMARY KEY (dataset_id, customer_id, import_id)
) WITHOUT ROWID;

-- Everything else kept per customer (flags, seats, plan...): the value of the latest row.
CREATE TABLE attributes (
    customer_id  INTEGER NOT NULL,
    name         TEXT NOT NULL,
    import_id    INTEGER NOT NULL,
    value        TEXT NOT NULL,
    PRIMARY KEY (customer_id, name, import_id)
) WITHOUT ROWID;
CREATE INDEX attributes_by_import ON attributes(import_id);
