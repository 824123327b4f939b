-- SPDX-License-Identifier: MIT
-- UsageLens workspace schema, version 8. New workspaces are created with it; models/db/Workspace.cpp
-- migrates older ones (version 1 kept one row per metric, day, customer and import; version 2 had
-- only summed metrics; version 3 had no per-row text columns; version 6 no billing invoices;
-- version 7 none of the tables derived from all of a metric's months, which readers then do without).
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

-- The decimals of exact metrics (`scale`, 0..6: values and sums are integers in units of
-- 10^-scale and are added exactly), or -1 for metrics kept as floating point.
-- `kind`: 'sum' (facts in fact_chunks), 'distinct' (sets in distinct_chunks: the number of
-- distinct values of a column) or 'ratio' (no facts: `formula` is 'NUMERATOR_KEY/DENOMINATOR_KEY',
-- sum over sum at query time).
CREATE TABLE metrics (
    id            INTEGER PRIMARY KEY,
    dataset_id    INTEGER NOT NULL REFERENCES datasets(id),
    key           TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    scale         INTEGER NOT NULL DEFAULT 0,
    kind          TEXT NOT NULL DEFAULT 'sum',
    formula       TEXT NOT NULL DEFAULT '',
    parent_id     INTEGER,          -- set on a sliced copy: the metric over the rows of one slice
    slice_id      INTEGER,
    UNIQUE (dataset_id, key)
);
CREATE INDEX metrics_by_parent ON metrics(parent_id, slice_id);

-- Dimensions: text columns kept per row, so rows can be filtered and split by them. A slice is
-- one combination of their values (blank values are left out of it); every summed or distinct
-- metric has a hidden sliced copy per slice (metrics.parent_id) holding the rows of that slice,
-- with the parent's precision and the parent's distinct value numbers. A filter reads the
-- copies of the slices it keeps; without a filter the parent is read as before.
CREATE TABLE dimensions (
    id            INTEGER PRIMARY KEY,
    dataset_id    INTEGER NOT NULL,
    key           TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    UNIQUE (dataset_id, key)
);
CREATE TABLE slices (
    id            INTEGER PRIMARY KEY,
    dataset_id    INTEGER NOT NULL,
    label         TEXT NOT NULL,    -- canonical: 'dimension_id=value' joined by U+001F, by id
    UNIQUE (dataset_id, label)
);
CREATE TABLE slice_values (
    slice_id      INTEGER NOT NULL,
    dimension_id  INTEGER NOT NULL,
    value         TEXT NOT NULL,
    PRIMARY KEY (slice_id, dimension_id)
) WITHOUT ROWID;

-- Customers are shared by all datasets of a workspace so invoices and account data join on the id.
CREATE TABLE customers (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT NOT NULL UNIQUE
);

-- The facts: every customer's value per day (summed over that day's source rows, with their
-- count), packed per metric, month, bucket of 1,024 customer ids and import (store/ChunkCodec.h).
-- One month of all customers is a handful of rows; one customer's month is one chunk.
CREATE TABLE fact_chunks (
    metric_id    INTEGER NOT NULL,
    month        INTEGER NOT NULL,  -- first day of the month
    bucket       INTEGER NOT NULL,  -- customer id / 1024
    import_id    INTEGER NOT NULL,
    cells        INTEGER NOT NULL,
    data         BLOB NOT NULL,
    PRIMARY KEY (metric_id, month, bucket, import_id)
) WITHOUT ROWID;
CREATE INDEX fact_chunks_by_import ON fact_chunks(import_id);

-- Distinct-count metrics: every value of the column gets a number per metric; a chunk holds,
-- for one metric, month, bucket and import, each customer's values with the days of the month
-- they were seen on (store/DistinctCodec.h). Counts over any period are unions of these sets.
CREATE TABLE distinct_values (
    metric_id    INTEGER NOT NULL,
    value_id     INTEGER NOT NULL,
    value        TEXT NOT NULL,
    PRIMARY KEY (metric_id, value_id)
) WITHOUT ROWID;
CREATE TABLE distinct_chunks (
    metric_id    INTEGER NOT NULL,
    month        INTEGER NOT NULL,
    bucket       INTEGER NOT NULL,
    import_id    INTEGER NOT NULL,
    entries      INTEGER NOT NULL,
    data         BLOB NOT NULL,
    PRIMARY KEY (metric_id, month, bucket, import_id)
) WITHOUT ROWID;
CREATE INDEX distinct_chunks_by_import ON distinct_chunks(import_id);

-- Derived from the facts (rebuilt for the months an import or forget-import touches):
-- every customer's month of a metric, all imports merged, packed in one row per metric and month.
-- Rankings, KPIs, segments and health over whole months read these instead of the days.
CREATE TABLE month_summaries (
    metric_id    INTEGER NOT NULL,
    month        INTEGER NOT NULL,
    customers    INTEGER NOT NULL,
    data         BLOB NOT NULL,
    PRIMARY KEY (metric_id, month)
) WITHOUT ROWID;

-- Derived: totals of all customers per day (0), week (1), month (2), quarter (3) and year (4)
-- with the number of distinct active customers, for the totals views.
CREATE TABLE period_totals (
    metric_id    INTEGER NOT NULL,
    granularity  INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    value        NOT NULL,          -- integer units at the metric's scale, or REAL
    rows         INTEGER NOT NULL,
    active       INTEGER NOT NULL,
    PRIMARY KEY (metric_id, granularity, start)
) WITHOUT ROWID;

-- Derived (format 8), kept with the month summaries by every import, --replace and forget-import
-- (store/RollupWriter.cpp, store/DerivedTables.h): every customer's totals over all of a summed
-- metric's data (value, rows, active days, first and last day), packed in one row per metric
-- (store/LifetimeCodec.h). Views over a range that holds all the data read these instead of every
-- customer's months: top, KPIs, histogram, ranking, segments.
CREATE TABLE customer_lifetimes (
    metric_id    INTEGER PRIMARY KEY,
    customers    INTEGER NOT NULL,
    data         BLOB NOT NULL
);

-- Derived: per whole period with data (granularities as in period_totals), how many of its active
-- customers were active in the period before and how many were active for the first time ever.
-- Customers by activity follow: new = newcomers, churned = active before - continuing,
-- reactivated = active - continuing - newcomers (-1: not known, read from the facts instead).
CREATE TABLE activity_totals (
    metric_id    INTEGER NOT NULL,
    granularity  INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    continuing   INTEGER NOT NULL,
    newcomers    INTEGER NOT NULL,
    PRIMARY KEY (metric_id, granularity, start)
) WITHOUT ROWID;

-- Derived: the monthly cohorts by first active month (months with no member active left out);
-- value is the members' total, summed in floating point month by month, customers ascending.
CREATE TABLE cohort_cells (
    metric_id    INTEGER NOT NULL,
    cohort       INTEGER NOT NULL,
    month        INTEGER NOT NULL,
    customers    INTEGER NOT NULL,
    value        REAL NOT NULL,
    PRIMARY KEY (metric_id, cohort, month)
) WITHOUT ROWID;

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

-- Derived per dataset (format 8), kept with dataset_stats by the writers (db/DatasetCustomers.h):
-- every customer of the dataset with its earliest `created` value and earliest day with data,
-- packed in one row, customers ascending. New customers (top-new, KPIs) are read from it.
CREATE TABLE dataset_customers (
    dataset_id   INTEGER PRIMARY KEY,
    customers    INTEGER NOT NULL,
    data         BLOB NOT NULL
);

-- Everything else kept per customer (flags, seats, plan...): the value of the latest row.
CREATE TABLE attributes (
    customer_id  INTEGER NOT NULL,
    name         TEXT NOT NULL,
    import_id    INTEGER NOT NULL,
    value        TEXT NOT NULL,
    PRIMARY KEY (customer_id, name, import_id)
) WITHOUT ROWID;
CREATE INDEX attributes_by_import ON attributes(import_id);

-- Named views of the window (dataset, tab, filters) as JSON; `export --saved-view NAME` reads them.
CREATE TABLE saved_views (
    name TEXT PRIMARY KEY, definition TEXT NOT NULL, saved_at TEXT NOT NULL);

-- Notes on dates of a dataset ("pricing change", "outage"), marked on every time chart of it.
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY, dataset_id INTEGER NOT NULL REFERENCES datasets(id), day INTEGER NOT NULL,
    note TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX annotations_by_dataset ON annotations(dataset_id, day);

-- Counters that never go back: 'import' is the last import id given (a forgotten import's
-- number is never given again, so `forget-import N` in a script always means the same import).
CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO counters (name, value) VALUES ('import', 0);

-- Derived per dataset, kept by import and forget-import: what every report's catalog shows
-- (db/DatasetStats.h), so readers do not count it.
CREATE TABLE dataset_stats (dataset_id BIGINT PRIMARY KEY, customers BIGINT NOT NULL);

-- The invoices of billing exports (Stripe, Chargebee, Paddle: import/BillingFormat.h), one row per
-- source row, as the money rules need them: subscription MRR is computed from these
-- (revenue/SubscriptionMrr.h), not from the facts, which hold the same rows as usual. `kind` is
-- '' for an invoice the rules count, else why it is left out ('void', 'uncollectible', 'draft',
-- 'one-off', 'no-period', 'other-status'). Amounts are millionths: subtotal - discounts.
CREATE TABLE billing_invoices (
    import_id      INTEGER NOT NULL,
    line           INTEGER NOT NULL,   -- the source line
    dataset_id     INTEGER NOT NULL,
    invoice        TEXT NOT NULL,      -- the billing system's id
    customer_id    INTEGER NOT NULL,   -- customers.id of the billing system's customer id
    subscription   TEXT NOT NULL,      -- '' for a one-off invoice
    status         TEXT NOT NULL,      -- as written
    currency       TEXT NOT NULL,      -- lower case
    issued_day     INTEGER NOT NULL,
    issued_second  INTEGER NOT NULL,   -- of the day: orders one subscription's invoices of a day
    service_start  INTEGER,            -- the service period (line items), days
    service_end    INTEGER,
    amount         INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    slice_id       INTEGER,            -- the row's slice (dimension values): --where
    PRIMARY KEY (import_id, line)
) WITHOUT ROWID;
CREATE INDEX billing_invoices_by_dataset ON billing_invoices(dataset_id);
