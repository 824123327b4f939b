// SPDX-License-Identifier: MIT
// Opening a workspace on a PostgreSQL server: its schema, created on the first import, marked
// and versioned by the usagelens_meta table (the server's PRAGMA application_id/user_version).
#include "db/Workspace.h"

#include "db/MigrateToV7.h"
#include "db/MigrateToV8.h"
#include "db/pg/PgConnection.h"
#include "db/pg/ServerLocation.h"

#include <libpq-fe.h>

#include <QFile>

namespace ul {

namespace {

QString quoteIdentifier(PgConnection& db, const QString& name)
{
    const QByteArray utf8 = name.toUtf8();
    char* quoted = PQescapeIdentifier(db.handle(), utf8.constData(), size_t(utf8.size()));
    const QString out = quoted ? QString::fromUtf8(quoted) : QString();
    PQfreemem(quoted);
    return out;
}

std::optional<QString> queryText(Connection& db, const QString& sql, QString* error)
{
    Statement st = db.prepare(sql, error);
    if (!st.isValid() || !st.step(error))
        return std::nullopt;
    return st.columnIsNull(0) ? QString() : st.columnText(0);
}

/// The schema the session would use first: the first entry of search_path ("$user" is the role).
QString firstSearchPathEntry(Connection& db, const QString& user, QString* error)
{
    const std::optional<QString> path = queryText(db, QStringLiteral("SHOW search_path"), error);
    QString first = path ? path->section(QLatin1Char(','), 0, 0).trimmed() : QString();
    if (first.startsWith(QLatin1Char('"')) && first.endsWith(QLatin1Char('"')) && first.size() >= 2)
        first = first.mid(1, first.size() - 2);
    return first == QLatin1String("$user") ? user : first;
}

QString loadServerSchemaScript()
{
    QFile file(QStringLiteral(":/schema-postgresql.sql"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Format 6 -> 7 (MigrateToV7.h) and its autovacuum settings, then 7 -> 8 (MigrateToV8.h), once,
/// whoever comes first.
bool migrateServerWorkspace(PgConnection& db, QString* error)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = tx.beginError();
        return false;
    }
    if (!db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('usagelens:' || current_schema()))"), error))
        return false;
    const std::optional<QString> format = queryText(
        db, QStringLiteral("SELECT value FROM usagelens_meta WHERE key = 'format'"), error);
    if (!format)
        return false;
    if (format->toInt() < 7) {
        if (!migrateToVersion7(db, error))
            return false;
        for (const char* table : {"customer_dates", "attributes", "customers", "fact_chunks", "distinct_chunks",
                                  "month_summaries", "period_totals", "dataset_stats", "imports", "billing_invoices"})
            if (!db.exec(QStringLiteral("ALTER TABLE %1 SET (autovacuum_vacuum_scale_factor = 0.02, "
                                        "autovacuum_analyze_scale_factor = 0.01)")
                             .arg(QLatin1String(table)),
                         error))
                return false;
    }
    if (format->toInt() < 8 && !migrateToVersion8(db, error))
        return false;
    Statement stamp = db.prepare(QStringLiteral("UPDATE usagelens_meta SET value = ? WHERE key = 'format'"), error);
    if (!stamp.isValid() || !stamp.bind(1, QString::number(Workspace::SchemaVersion)).run(error))
        return false;
    return tx.commit(error);
}

} // namespace

bool Workspace::openServer(const QString& location, OpenMode mode, QString* error)
{
    auto owned = std::make_unique<PgConnection>();
    PgConnection& db = *owned;
    m_db = std::move(owned);
    QString schema;
    if (!db.open(location, &schema, error))
        return false;
    const bool create = mode == OpenMode::CreateIfMissing;
    QString sqlError;
    const auto fail = [&](const QString& what) {
        *error = what;
        db.close();
        return false;
    };
    if (!schema.isEmpty()
        && !db.exec(QStringLiteral("SET search_path TO %1").arg(quoteIdentifier(db, schema)), &sqlError))
        return fail(sqlError);
    std::optional<QString> current = queryText(db, QStringLiteral("SELECT current_schema()"), &sqlError);
    if (!current)
        return fail(sqlError);
    if (current->isEmpty()) {
        // The schema named does not exist yet: only an import creates it, under a lock keyed by
        // its name, so two first imports at once do not both create it.
        const QString name = schema.isEmpty() ? firstSearchPathEntry(db, db.user(), &sqlError) : schema;
        if (!isValidSchemaName(name, &sqlError))
            return fail(QStringLiteral("%1: %2").arg(db.location(), sqlError));
        if (!create)
            return fail(QStringLiteral("%1: no UsageLens workspace in schema '%2' (there is no such schema)")
                            .arg(db.location(), name));
        const QString quoted = quoteIdentifier(db, name);
        Statement lock = db.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('usagelens-schema:' || ?))"),
                                    &sqlError);
        if (!db.exec(QStringLiteral("BEGIN"), &sqlError) || !lock.isValid() || !lock.bind(1, name).run(&sqlError)
            || !db.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(quoted), &sqlError)
            || !db.exec(QStringLiteral("COMMIT; SET search_path TO %1").arg(quoted), &sqlError)) {
            db.exec(QStringLiteral("ROLLBACK"), nullptr);
            return fail(QStringLiteral("%1: cannot create schema '%2': %3").arg(db.location(), name, sqlError));
        }
        current = name;
    }
    const QString where = QStringLiteral("%1 (schema %2)").arg(db.location(), *current);
    // A search_path may lead to the server's own schemas (pg_temp, pg_catalog): never a workspace.
    if (!isValidSchemaName(*current, &sqlError))
        return fail(QStringLiteral("%1: %2").arg(where, sqlError));

    if (!db.tableExists(QStringLiteral("usagelens_meta"), &sqlError)) {
        if (!sqlError.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(where, sqlError));
        const std::optional<long long> tables = db.queryInt(
            QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"), &sqlError);
        if (!tables)
            return fail(QStringLiteral("%1: %2").arg(where, sqlError));
        if (*tables > 0)
            return fail(QStringLiteral("%1: not a UsageLens workspace (the schema holds %2 table(s) of another "
                                       "program); it was left untouched")
                            .arg(where)
                            .arg(*tables));
        if (!create)
            return fail(QStringLiteral("%1: no UsageLens workspace here yet (the schema is empty); import into it "
                                       "to create one")
                            .arg(where));
        // Two first imports at once: the second waits here, then finds the schema made.
        Transaction tx(db);
        if (!tx.isActive()
            || !db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('usagelens:' || current_schema()))"),
                        &sqlError))
            return fail(QStringLiteral("%1: %2").arg(where, tx.isActive() ? sqlError : tx.beginError()));
        if (!db.tableExists(QStringLiteral("usagelens_meta"), &sqlError)) {
            const QString script = loadServerSchemaScript();
            Statement meta;
            if (script.isEmpty() || !db.exec(script, &sqlError))
                return fail(QStringLiteral("%1: cannot create the workspace: %2").arg(where, sqlError));
            meta = db.prepare(QStringLiteral("INSERT INTO usagelens_meta (key, value) VALUES ('application', "
                                             "'UsageLens'), ('format', ?)"),
                              &sqlError);
            if (!meta.isValid() || !meta.bind(1, QString::number(SchemaVersion)).run(&sqlError))
                return fail(QStringLiteral("%1: cannot create the workspace: %2").arg(where, sqlError));
        }
        if (!tx.commit(&sqlError))
            return fail(QStringLiteral("%1: %2").arg(where, sqlError));
    }
    const std::optional<QString> application = queryText(
        db, QStringLiteral("SELECT value FROM usagelens_meta WHERE key = 'application'"), &sqlError);
    const std::optional<QString> format = queryText(
        db, QStringLiteral("SELECT value FROM usagelens_meta WHERE key = 'format'"), &sqlError);
    if (!application || !format || *application != QLatin1String("UsageLens"))
        return fail(QStringLiteral("%1: not a UsageLens workspace (its usagelens_meta table is not ours); it was "
                                   "left untouched")
                        .arg(where));
    const int version = format->toInt();
    if (version > SchemaVersion)
        return fail(QStringLiteral("%1: made by a newer UsageLens (workspace format %2, this version reads up to %3); "
                                   "update UsageLens to open it")
                        .arg(where)
                        .arg(version)
                        .arg(SchemaVersion));
    // Server workspaces began with format 6; later formats migrate here, step by step, in one
    // transaction under the schema's advisory lock, when a writer opens them (readers and the
    // window read an older format as it is: it only lacks what later formats added).
    if (version < 6)
        return fail(QStringLiteral("%1: workspace format %2 is unknown on a server").arg(where).arg(version));
    if (version < SchemaVersion && (mode == OpenMode::CreateIfMissing || mode == OpenMode::WriteExisting)
        && !migrateServerWorkspace(db, &sqlError))
        return fail(QStringLiteral("%1: cannot bring the workspace to format %2: %3")
                        .arg(where)
                        .arg(SchemaVersion)
                        .arg(sqlError));
    // A reader never writes, not even by mistake.
    if (mode == OpenMode::ReadOnly && !db.exec(QStringLiteral("SET default_transaction_read_only = on"), &sqlError))
        return fail(QStringLiteral("%1: %2").arg(where, sqlError));
    return true;
}

} // namespace ul
