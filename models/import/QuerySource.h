// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

namespace ul {

/// Rows of a query on a PostgreSQL-protocol server (PostgreSQL, Citus, Redshift, CockroachDB,
/// YugabyteDB...) as an import source: the result is written as CSV with a header, which the
/// importer then reads like any export (role detection, mapping, provenance).
struct QuerySource {
    QString server; ///< libpq URI of the source, without password (~/.pgpass, a service file, PGPASSWORD)
    QString query;  ///< one SELECT (or anything COPY (...) TO STDOUT accepts)

    /// The provenance the import records: "query-<hash of server and query>" as its name (what
    /// `--replace` matches: the same query run again replaces its earlier result), and the
    /// server with the query text as its location.
    QString importName() const;
    QString importLocation() const;
};

/// Runs `source.query` read-only, with timestamps in UTC and ISO dates, and writes the result as
/// CSV to `csvPath`; *rows receives the number of rows. `cancelled` is polled between blocks.
/// Errors name the server and say what went wrong (a syntax error, a permission, the network).
bool fetchQueryAsCsv(const QuerySource& source, const QString& csvPath, qint64* rows, QString* error,
                     const std::function<bool()>& cancelled = {});

} // namespace ul
