// SPDX-License-Identifier: MIT
#include "import/QuerySource.h"

#include "db/pg/PgConnection.h"

#include <libpq-fe.h>

#include <QCryptographicHash>
#include <QFile>

namespace ul {

QString QuerySource::importName() const
{
    const QByteArray key = (server + QLatin1Char('\n') + query.trimmed()).toUtf8();
    return QStringLiteral("query-%1")
        .arg(QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(12)));
}

QString QuerySource::importLocation() const { return server + QStringLiteral(": ") + query.trimmed(); }

bool fetchQueryAsCsv(const QuerySource& source, const QString& csvPath, qint64* rows, QString* error,
                     const std::function<bool()>& cancelled)
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
    const QString where = source.server;
    // Only read; timestamps with their offset in UTC, dates as ISO: what the importer reads best.
    if (!db.exec(QStringLiteral("SET default_transaction_read_only = on; SET TimeZone = 'UTC'; "
                                "SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'iso_8601'"),
                 error))
        return false;
    QFile out(csvPath);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(csvPath, out.errorString());
        return false;
    }
    const QByteArray copy = QStringLiteral("COPY (%1) TO STDOUT WITH (FORMAT csv, HEADER true)").arg(query).toUtf8();
    PGresult* started = PQexec(db.handle(), copy.constData());
    if (PQresultStatus(started) != PGRES_COPY_OUT) {
        *error = QStringLiteral("%1: the query failed: %2").arg(where, db.describe(started));
        PQclear(started);
        return false;
    }
    PQclear(started);
    qint64 lines = 0;
    bool aborted = false;
    for (;;) {
        char* buffer = nullptr;
        const int n = PQgetCopyData(db.handle(), &buffer, 0);
        if (n < 0)
            break;
        // Each block is one row; the first is the header. After a failure the rest is read and
        // dropped: the protocol wants the COPY drained before anything else.
        if (!aborted && out.write(buffer, n) != n) {
            *error = QStringLiteral("%1: %2").arg(csvPath, out.errorString());
            aborted = true;
            PQrequestCancel(db.handle());
        }
        PQfreemem(buffer);
        ++lines;
        if (!aborted && cancelled && (lines & 0xfff) == 0 && cancelled()) {
            *error = QStringLiteral("cancelled");
            aborted = true;
            PQrequestCancel(db.handle());
        }
    }
    bool ok = !aborted;
    while (PGresult* r = PQgetResult(db.handle())) {
        if (ok && PQresultStatus(r) != PGRES_COMMAND_OK) {
            *error = QStringLiteral("%1: the query failed: %2").arg(where, db.describe(r));
            ok = false;
        }
        PQclear(r);
    }
    *rows = std::max<qint64>(0, lines - 1);
    return ok;
}

} // namespace ul
