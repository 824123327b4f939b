// SPDX-License-Identifier: MIT
#include "import/QuerySource.h"

#include "db/pg/PgConnection.h"

#include <libpq-fe.h>

#include <QCryptographicHash>
#include <QFile>

#include <cstring>

namespace ul {

QString QuerySource::importName() const
{
    const QByteArray key = (server + QLatin1Char('\n') + query.trimmed()).toUtf8();
    return QStringLiteral("query-%1")
        .arg(QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(12)));
}

QString QuerySource::importLocation() const { return server + QStringLiteral(": ") + query.trimmed(); }

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

/// The query's rows fetched one at a time, written as CSV (servers without COPY TO STDOUT).
bool writeRows(PgConnection& db, const QString& query, QFile& out, qint64* rows, QString* error)
{
    if (!PQsendQuery(db.handle(), query.toUtf8().constData()) || !PQsetSingleRowMode(db.handle())) {
        *error = db.describe(nullptr);
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
        } else if (status != PGRES_TUPLES_OK && ok) {
            *error = db.describe(r);
            ok = false;
        }
        PQclear(r);
    }
    return ok;
}

/// COPY (query) TO STDOUT as CSV: the server writes the CSV itself, fastest where it can.
bool copyRows(PgConnection& db, const QString& query, QFile& out, qint64* rows, QString* error, bool* unsupported)
{
    const QByteArray copy = QStringLiteral("COPY (%1) TO STDOUT WITH (FORMAT csv, HEADER true)").arg(query).toUtf8();
    PGresult* started = PQexec(db.handle(), copy.constData());
    if (PQresultStatus(started) != PGRES_COPY_OUT) {
        const char* state = PQresultErrorField(started, PG_DIAG_SQLSTATE);
        // Not a COPY this server knows (Redshift): the caller reads the rows one by one instead.
        *unsupported = state && (std::strcmp(state, "0A000") == 0 || std::strcmp(state, "42601") == 0);
        *error = db.describe(started);
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
        if (ok && PQresultStatus(r) != PGRES_COMMAND_OK) {
            *error = db.describe(r);
            ok = false;
        }
        PQclear(r);
    }
    *rows = std::max<qint64>(0, lines - 1);
    return ok;
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
    PgConnection db;
    QString schema;
    if (!db.open(source.server, &schema, error))
        return false;
    // Only read; timestamps with their offset in UTC, dates as ISO: what the importer reads best.
    QString setup = QStringLiteral("SET default_transaction_read_only = on; SET TimeZone = 'UTC'; "
                                   "SET DateStyle = 'ISO, YMD'");
    if (!schema.isEmpty())
        setup += QStringLiteral("; SET search_path TO \"%1\"")
                     .arg(QString(schema).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
    if (!db.exec(setup, error))
        return false;
    QFile out(csvPath);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(csvPath, out.errorString());
        return false;
    }
    if (cancel)
        cancel->attach(PQgetCancel(db.handle()));
    bool unsupported = false;
    bool ok = copyRows(db, query, out, rows, error, &unsupported);
    if (!ok && unsupported) {
        out.resize(0);
        *rows = 0;
        ok = writeRows(db, query, out, rows, error);
    }
    if (cancel)
        cancel->detach();
    // The last buffered block is written by flush: a full disk must not pass as a short result.
    if (ok && !out.flush()) {
        *error = out.errorString();
        ok = false;
    }
    out.close();
    if (cancel && cancel->cancelled()) {
        *error = QStringLiteral("cancelled");
        return false;
    }
    if (!ok)
        *error = QStringLiteral("%1: the query failed: %2").arg(source.server, *error);
    return ok;
}

} // namespace ul
