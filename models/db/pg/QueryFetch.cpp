// SPDX-License-Identifier: MIT
// The PostgreSQL side of a query import source (import/QuerySource.h declares it): the import
// layer knows the source and its provenance, the backend that speaks libpq fetches the rows.
#include "import/QuerySource.h"

#include "db/pg/PgConnection.h"
#include "db/pg/ServerLocation.h"

#include <libpq-fe.h>

#include <QFile>

#include <cstring>

namespace ul {

void QueryCancel::attach(pg_cancel* handle)
{
    const std::lock_guard lock(m_mutex);
    m_handle = handle;
    if (m_cancelled && m_handle) {
        char why[256];
        PQcancel(m_handle, why, sizeof why);
    }
}

void QueryCancel::detach()
{
    const std::lock_guard lock(m_mutex);
    if (m_handle)
        PQfreeCancel(m_handle);
    m_handle = nullptr;
}

void QueryCancel::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_handle) {
        char why[256];
        PQcancel(m_handle, why, sizeof why); // thread-safe by libpq's design
    }
}

namespace {

/// One CSV field as RFC 4180 writes it: quoted when it holds a separator, a quote or a line end.
void appendCsvField(QByteArray& line, const char* value, int length)
{
    const bool quote = std::memchr(value, ',', size_t(length)) || std::memchr(value, '"', size_t(length))
                       || std::memchr(value, '\n', size_t(length)) || std::memchr(value, '\r', size_t(length));
    if (!quote) {
        line.append(value, length);
        return;
    }
    line += '"';
    for (int i = 0; i < length; ++i) {
        if (value[i] == '"')
            line += '"';
        line += value[i];
    }
    line += '"';
}

/// The server's message for a failed step (with its detail), never empty. The source is not a
/// workspace: its messages are shown as the server wrote them.
QString failure(PgConnection& db, const PGresult* r)
{
    const char* primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const char* detail = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_DETAIL) : nullptr;
    QString why = QString::fromUtf8(primary ? primary : PQerrorMessage(db.handle())).trimmed();
    why = why.section(QLatin1Char('\n'), 0, 0);
    if (detail && *detail)
        why += QStringLiteral(" (%1)").arg(QString::fromUtf8(detail).trimmed().section(QLatin1Char('\n'), 0, 0));
    if (why.isEmpty())
        why = QStringLiteral("the server gave no reason (did it close the connection?)");
    return why;
}

/// Reads and drops a COPY the server started unasked, so the connection is usable again.
void drainCopy(PgConnection& db)
{
    for (;;) {
        char* buffer = nullptr;
        const int n = PQgetCopyData(db.handle(), &buffer, 0);
        if (buffer)
            PQfreemem(buffer);
        if (n < 0)
            break;
    }
}

/// The prepared query's rows fetched one at a time, written as CSV (servers without COPY TO
/// STDOUT, and queries COPY cannot wrap, such as SHOW).
bool writeRows(PgConnection& db, QFile& out, qint64* rows, QString* error)
{
    if (!PQsendQueryPrepared(db.handle(), "", 0, nullptr, nullptr, nullptr, 0) || !PQsetSingleRowMode(db.handle())) {
        *error = failure(db, nullptr);
        return false;
    }
    bool ok = true, header = false;
    while (PGresult* r = PQgetResult(db.handle())) {
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_SINGLE_TUPLE || (status == PGRES_TUPLES_OK && !header)) {
            QByteArray line;
            if (!header) {
                for (int c = 0; c < PQnfields(r); ++c) {
                    if (c > 0)
                        line += ',';
                    const char* name = PQfname(r, c);
                    appendCsvField(line, name, int(std::strlen(name)));
                }
                line += '\n';
                header = true;
            }
            for (int row = 0; row < PQntuples(r); ++row) {
                for (int c = 0; c < PQnfields(r); ++c) {
                    if (c > 0)
                        line += ',';
                    if (!PQgetisnull(r, row, c))
                        appendCsvField(line, PQgetvalue(r, row, c), PQgetlength(r, row, c));
                }
                line += '\n';
                ++*rows;
            }
            if (ok && out.write(line) != line.size()) {
                *error = out.errorString();
                ok = false;
            }
        } else if (status == PGRES_COPY_OUT || status == PGRES_COPY_IN || status == PGRES_COPY_BOTH) {
            // Not a result of rows: read it off and stop (PQgetResult would return it forever).
            if (ok)
                *error = QStringLiteral("the query started a COPY instead of returning rows");
            ok = false;
            PQclear(r);
            if (status == PGRES_COPY_OUT)
                drainCopy(db);
            else
                PQputCopyEnd(db.handle(), "not a query of rows");
            continue;
        } else if (status != PGRES_TUPLES_OK && ok) {
            *error = failure(db, r);
            ok = false;
        }
        PQclear(r);
    }
    return ok;
}

/// COPY (query) TO STDOUT as CSV: the server writes the CSV itself, fastest where it can. The
/// query was prepared alone before (one statement, rows): wrapped on lines of its own, a
/// comment at its end cannot reach the rest, and the wrapper runs through the extended
/// protocol too, which takes one statement only.
bool copyRows(PgConnection& db, const QString& query, QFile& out, qint64* rows, QString* error, bool* unsupported)
{
    const QByteArray copy =
        QStringLiteral("COPY (\n%1\n) TO STDOUT WITH (FORMAT csv, HEADER true)").arg(query).toUtf8();
    PGresult* started = PQexecParams(db.handle(), copy.constData(), 0, nullptr, nullptr, nullptr, nullptr, 0);
    if (PQresultStatus(started) != PGRES_COPY_OUT) {
        const char* state = PQresultErrorField(started, PG_DIAG_SQLSTATE);
        // Not a COPY this server knows (Redshift), or a query COPY cannot wrap (SHOW): the
        // caller reads the rows one by one instead.
        *unsupported = state && (std::strcmp(state, "0A000") == 0 || std::strcmp(state, "42601") == 0);
        *error = failure(db, started);
        PQclear(started);
        return false;
    }
    PQclear(started);
    qint64 lines = 0;
    bool ok = true;
    for (;;) {
        char* buffer = nullptr;
        const int n = PQgetCopyData(db.handle(), &buffer, 0);
        if (n < 0)
            break;
        // Each block is one row; the first is the header. After a failure the rest is read and
        // dropped: the protocol wants the COPY drained before anything else.
        if (ok && out.write(buffer, n) != n) {
            *error = out.errorString();
            ok = false;
        }
        PQfreemem(buffer);
        ++lines;
    }
    while (PGresult* r = PQgetResult(db.handle())) {
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_COPY_OUT) {
            // A second result set cannot come from one statement; never loop on it.
            if (ok)
                *error = QStringLiteral("the query returned more than one result set");
            ok = false;
            PQclear(r);
            drainCopy(db);
            continue;
        }
        if (ok && status != PGRES_COMMAND_OK) {
            *error = failure(db, r);
            ok = false;
        }
        PQclear(r);
    }
    *rows = std::max<qint64>(0, lines - 1);
    return ok;
}

/// Prepares the query alone inside the read-only transaction: one statement (the extended
/// protocol refuses several), which returns rows. Nothing of it runs yet.
bool prepareQuery(PgConnection& db, const QString& query, QString* error)
{
    PGresult* prepared = PQprepare(db.handle(), "", query.toUtf8().constData(), 0, nullptr);
    const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
    if (!ok)
        *error = failure(db, prepared);
    PQclear(prepared);
    if (!ok)
        return false;
    PGresult* described = PQdescribePrepared(db.handle(), "");
    const int columns = PQresultStatus(described) == PGRES_COMMAND_OK ? PQnfields(described) : -1;
    if (columns < 0)
        *error = failure(db, described);
    PQclear(described);
    if (columns == 0)
        *error = QStringLiteral("the query returns no rows: give one SELECT (or WITH ... SELECT, VALUES, TABLE)");
    return columns > 0;
}

} // namespace

bool fetchQueryAsCsv(const QuerySource& source, const QString& csvPath, qint64* rows, QString* error,
                     QueryCancel* cancel)
{
    *rows = 0;
    if (!PgConnection::isServerLocation(source.server)) {
        *error = QStringLiteral("--sql-source expects a postgresql:// URI, got '%1'").arg(source.server);
        return false;
    }
    QString query = source.query.trimmed();
    while (query.endsWith(QLatin1Char(';')))
        query.chop(1);
    if (query.isEmpty()) {
        *error = QStringLiteral("--query is empty");
        return false;
    }
    const QString server = withoutSchema(source.server);
    const auto failed = [&](const QString& why) {
        *error = QStringLiteral("%1: the query failed: %2").arg(server, why);
        return false;
    };
    // Read-only by construction: the session starts read-only with a statement timeout (set as
    // connection options the query cannot reach), the query runs inside BEGIN READ ONLY, alone
    // (one statement, prepared through the extended protocol), and must return rows.
    // Timestamps with their offset come in UTC, dates as ISO: what the importer reads best.
    const QByteArray session = QStringLiteral("-c default_transaction_read_only=on -c statement_timeout=%1 "
                                              "-c TimeZone=UTC -c DateStyle=ISO,YMD")
                                   .arg(qint64(source.timeoutSeconds) * 1000)
                                   .toUtf8();
    PgConnection db;
    QString schema;
    if (!db.open(source.server, &schema, error, session))
        return false;
    QString sqlError;
    if (!schema.isEmpty()) {
        const QByteArray utf8 = schema.toUtf8();
        char* quoted = PQescapeIdentifier(db.handle(), utf8.constData(), size_t(utf8.size()));
        const bool set = quoted
                         && db.exec(QStringLiteral("SET search_path TO %1").arg(QString::fromUtf8(quoted)), &sqlError);
        PQfreemem(quoted);
        if (!set)
            return failed(sqlError);
    }
    if (!db.exec(QStringLiteral("BEGIN TRANSACTION READ ONLY"), &sqlError))
        return failed(sqlError);
    if (!prepareQuery(db, query, &sqlError))
        return failed(sqlError);
    // Through a temporary file beside the CSV: a reader never sees a half-written result.
    QFile out(csvPath);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(csvPath, out.errorString());
        return false;
    }
    if (cancel)
        cancel->attach(PQgetCancel(db.handle()));
    bool unsupported = false;
    bool ok = copyRows(db, query, out, rows, &sqlError, &unsupported);
    if (!ok && unsupported) {
        // The failed COPY aborted the transaction: the rows are read in a new one.
        db.exec(QStringLiteral("ROLLBACK"), nullptr);
        out.resize(0);
        *rows = 0;
        ok = db.exec(QStringLiteral("BEGIN TRANSACTION READ ONLY"), &sqlError) && prepareQuery(db, query, &sqlError)
             && writeRows(db, out, rows, &sqlError);
    }
    if (cancel)
        cancel->detach();
    db.exec(QStringLiteral("ROLLBACK"), nullptr);
    // The last buffered block is written by flush: a full disk must not pass as a short result.
    if (ok && !out.flush()) {
        sqlError = out.errorString();
        ok = false;
    }
    out.close();
    if (cancel && cancel->cancelled()) {
        *error = QStringLiteral("cancelled");
        return false;
    }
    return ok || failed(sqlError);
}

} // namespace ul
