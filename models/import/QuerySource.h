// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <atomic>
#include <mutex>

struct pg_cancel;

namespace ul {

/// Rows of a query on a PostgreSQL-protocol server (PostgreSQL, Citus, Redshift, CockroachDB,
/// YugabyteDB...) as an import source: the result is written as CSV with a header, which the
/// importer then reads like any export (role detection, mapping, provenance). The import layer
/// declares the source; the PostgreSQL backend fetches it (db/pg/QueryFetch.cpp implements
/// QueryCancel and fetchQueryAsCsv()).
struct QuerySource {
    QString server; ///< libpq URI of the source, without password (~/.pgpass, a service file, PGPASSWORD)
    QString query;  ///< one SELECT
    /// The server stops the query after this long (--query-timeout, default 10 minutes).
    int timeoutSeconds = 600;

    /// The provenance the import records: "query-<hash of server and query>" as its name (what
    /// `--replace` matches: the same query run again replaces its earlier result), and the
    /// server with the query text as its location.
    QString importName() const;
    QString importLocation() const;
};

/// Stops a query from another thread (the window's Cancel): the server is asked to cancel it
/// at once, even before its first row.
class QueryCancel {
public:
    void cancel();
    bool cancelled() const { return m_cancelled; }

private:
    friend bool fetchQueryAsCsv(const QuerySource&, const QString&, qint64*, QString*, QueryCancel*);
    void attach(pg_cancel* handle);
    void detach();

    std::mutex m_mutex;
    pg_cancel* m_handle = nullptr;
    std::atomic<bool> m_cancelled{false};
};

/// Runs `source.query` read-only (one statement that returns rows, in a read-only session and
/// transaction, with a statement timeout), with timestamps in UTC and ISO dates, and writes the result as
/// CSV to `csvPath`; *rows receives the number of rows. A server without COPY TO STDOUT
/// (Redshift) is read row by row instead. `?schema=NAME` in the URI sets its search_path.
/// Errors name the server and say what went wrong (a syntax error, a permission, the network).
bool fetchQueryAsCsv(const QuerySource& source, const QString& csvPath, qint64* rows, QString* error,
                     QueryCancel* cancel = nullptr);

} // namespace ul
