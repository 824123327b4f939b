// SPDX-License-Identifier: MIT
#include "db/Workspace.h"

#include "db/MigrateToV2.h"
#include "db/MigrateToV3.h"
#include "db/MigrateToV4.h"
#include "db/MigrateToV5.h"
#include "db/MigrateToV6.h"
#include "db/MigrateToV7.h"
#include "db/MigrateToV8.h"
#include "db/SqliteConnection.h"
#include "db/pg/PgConnection.h"
#include "db/pg/ServerLocation.h"

#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace ul {

namespace {

constexpr int kPageSize = 65536;

QString loadSchemaScript()
{
    QFile file(QStringLiteral(":/schema.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString damagedMessage(const QString& path, const QString& what)
{
    return QStringLiteral("workspace %1 is damaged (%2); run `usagelens check --db %1`").arg(path, what);
}

} // namespace

bool Workspace::checkHeader(const QString& path, QString* error) const
{
    QFile file(path);
    if (file.size() == 0)
        return true; // an empty file becomes a new workspace
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic) {
        *error = QStringLiteral(
                     "%1: not a UsageLens workspace (the file is not an SQLite database); it was left untouched")
                     .arg(path);
        return false;
    }
    return true;
}

bool Workspace::isServerLocation(const QString& location) { return PgConnection::isServerLocation(location); }

QString Workspace::displayName(const QString& location)
{
    if (!isServerLocation(location))
        return QFileInfo(location).fileName();
    const QString server = location.section(QStringLiteral("://"), 1).section(QLatin1Char('?'), 0, 0);
    const QString host = server.section(QLatin1Char('@'), -1);
    const QString schema = schemaOf(location);
    return schema.isEmpty() ? host : QStringLiteral("%1 on %2").arg(schema, host);
}

void Workspace::close()
{
    if (m_db)
        m_db->close();
}

bool Workspace::isOpen() const { return m_db && m_db->isOpen(); }

bool Workspace::open(const QString& path, OpenMode mode, QString* error)
{
    m_path = path;
    m_walPending = false;
    return isServerLocation(path) ? openServer(path, mode, error) : openFile(path, mode, error);
}

bool Workspace::openFile(const QString& path, OpenMode mode, QString* error)
{
    const QFileInfo info(path);
    const bool mustExist = mode != OpenMode::CreateIfMissing;
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (!info.exists() && mustExist) {
        *error = QStringLiteral("%1: no such workspace").arg(path);
        return false;
    }
    if (info.exists() && !info.isFile()) {
        *error = QStringLiteral("%1: not a workspace file (a directory or a special file)").arg(path);
        return false;
    }
    // Only a command that imports turns an empty file into a workspace.
    if (info.exists() && info.size() == 0 && mustExist) {
        *error = QStringLiteral("%1: an empty file, not a UsageLens workspace; it was left untouched").arg(path);
        return false;
    }
    if (info.exists() && !checkHeader(path, error))
        return false;

    QString sqlError;
    const QString folder = info.absolutePath();
    const bool folderWritable = ::access(QFile::encodeName(folder).constData(), W_OK) == 0;
    // A command that writes says so at once when it cannot, instead of failing half-way.
    if (!readOnly && (!folderWritable || (info.exists() && !info.isWritable()))) {
        *error = QStringLiteral("%1: read-only: %2 cannot be written, so nothing can be imported or changed here")
                     .arg(path,
                          folderWritable ? QStringLiteral("the file") : QStringLiteral("its folder %1").arg(folder));
        return false;
    }
    // A reader changes no byte of the workspace. Normally it opens read-write all the same, with
    // query_only set (so SQLite removes the -wal and -shm files it made when it closes); but a
    // log another connection left (a crash, or a writer at work) is read, never checkpointed
    // into the file by the reader's close, so then it opens read-only, as it does in a folder
    // it may not write.
    const bool leftLog = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    auto owned = std::make_unique<SqliteConnection>();
    SqliteConnection& db = *owned;
    db.setShared(m_shared);
    m_db = std::move(owned);
    const auto connectionMode = readOnly && (leftLog || !folderWritable || !info.isWritable())
                                    ? SqliteConnection::Mode::ReadOnly
                                : mustExist ? SqliteConnection::Mode::ReadWrite
                                            : SqliteConnection::Mode::ReadWriteCreate;
    if (!db.open(path, connectionMode, &sqlError)
        && !(readOnly && db.open(path, SqliteConnection::Mode::ReadOnly, &sqlError))) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, sqlError);
        return false;
    }
    if (readOnly && !db.exec(QStringLiteral("PRAGMA query_only=1"), &sqlError)) {
        *error = QStringLiteral("%1: %2").arg(path, sqlError);
        db.close();
        return false;
    }
    auto fail = [&](const QString& what) {
        *error = QStringLiteral("%1: %2").arg(path, what);
        db.close();
        return false;
    };

    // Reading the schema detects most corruption before anything is written.
    const auto tableCount = db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"), &sqlError);
    if (!tableCount) {
        *error = sqlError.startsWith(QLatin1String("workspace ")) ? sqlError : damagedMessage(path, sqlError);
        db.close();
        return false;
    }
    const auto appId = db.queryInt(QStringLiteral("PRAGMA application_id"), &sqlError);
    const auto version = db.queryInt(QStringLiteral("PRAGMA user_version"), &sqlError);
    if (!appId || !version)
        return fail(sqlError);
    if (*appId != ApplicationId && (*appId != 0 || *tableCount > 0))
        return fail(
            QStringLiteral("not a UsageLens workspace (an SQLite database of another program); it was left untouched"));
    if (*version > SchemaVersion) {
        return fail(QStringLiteral("made by a newer UsageLens (workspace format %1, this version reads up to %2); "
                                   "update UsageLens to open it")
                        .arg(*version)
                        .arg(SchemaVersion));
    }
    if (readOnly) {
        if (*version<OldestReadableVersion&& * tableCount> 0)
            return fail(QStringLiteral("made by an older UsageLens (workspace format %1); open it in the window or "
                                       "import into it once to bring it to format %2")
                            .arg(*version)
                            .arg(SchemaVersion));
        return true;
    }
    // Nothing is written into a damaged file: writing could spread the damage.
    if (mode != OpenMode::ExistingOnly && *tableCount > 0) {
        const QString problem = writerCheck();
        if (!problem.isEmpty()) {
            *error = damagedMessage(path, problem);
            db.close();
            return false;
        }
    }
    // A new file gets large pages: the facts are packed blobs of a few to a few hundred KiB,
    // which 4 KiB pages split into long overflow chains. (Only possible before the first table.)
    if (*tableCount == 0 && !db.exec(QStringLiteral("PRAGMA page_size=%1").arg(kPageSize), &sqlError))
        return fail(sqlError);
    m_walPending = *tableCount == 0 && mode == OpenMode::CreateIfMissing;
    const QString journal = m_walPending ? QStringLiteral("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; ")
                                         : QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; ");
    if (!db.exec(journal + QStringLiteral("PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY"), &sqlError))
        return fail(sqlError);
    if (*version < SchemaVersion && !migrate(db, int(*version), error)) {
        db.close();
        return false;
    }
    return true;
}

bool Workspace::settleJournal(QString* error)
{
    if (!m_walPending)
        return true;
    QString sqlError;
    if (!m_db->exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL"), &sqlError)) {
        *error = QStringLiteral("%1: %2").arg(m_path, sqlError);
        return false;
    }
    m_walPending = false;
    return true;
}

bool Workspace::migrate(SqliteConnection& db, int fromVersion, QString* error)
{
    Transaction tx(db);
    QString sqlError;
    if (!tx.isActive()) {
        *error = QStringLiteral("%1: %2").arg(m_path, tx.beginError());
        return false;
    }
    // Forward-only migrations. An empty file gets the current schema at once; older formats are
    // brought forward one step at a time.
    if (fromVersion < 1) {
        const QString script = loadSchemaScript();
        if (script.isEmpty() || !db.exec(script, &sqlError)) {
            *error = QStringLiteral("%1: cannot create the schema: %2").arg(m_path, sqlError);
            return false;
        }
    } else {
        if (fromVersion < 2 && !migrateToVersion2(db, &sqlError)) {
            *error = QStringLiteral("%1: cannot bring the workspace to format 2: %2").arg(m_path, sqlError);
            return false;
        }
        if (fromVersion < 3 && !migrateToVersion3(db, &sqlError)) {
            *error = QStringLiteral("%1: cannot bring the workspace to format 3: %2").arg(m_path, sqlError);
            return false;
        }
        if (fromVersion < 4 && !migrateToVersion4(db, &sqlError)) {
            *error = QStringLiteral("%1: cannot bring the workspace to format 4: %2").arg(m_path, sqlError);
            return false;
        }
        if (fromVersion < 5 && !migrateToVersion5(db, &sqlError)) {
            *error = QStringLiteral("%1: cannot bring the workspace to format 5: %2").arg(m_path, sqlError);
            return false;
        }
        if (fromVersion < 6 && !migrateToVersion6(db, &sqlError)) {
            *error = QStringLiteral("%1: cannot bring the workspace to format 6: %2").arg(m_path, sqlError);
            return false;
        }
        if (fromVersion < 7 && !migrateToVersion7(db, &sqlError)) {
            *error = QStringLiteral("%1: cannot bring the workspace to format 7: %2").arg(m_path, sqlError);
            return false;
        }
        if (fromVersion < 8 && !migrateToVersion8(db, &sqlError)) {
            *error = QStringLiteral("%1: cannot bring the workspace to format 8: %2").arg(m_path, sqlError);
            return false;
        }
    }
    const QString stamp =
        QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=%2").arg(ApplicationId).arg(SchemaVersion);
    if (!db.exec(stamp, &sqlError) || !tx.commit(&sqlError)) {
        *error = QStringLiteral("%1: %2").arg(m_path, sqlError);
        return false;
    }
    return true;
}

void Workspace::removeFiles(const QString& path)
{
    if (isServerLocation(path))
        return;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

namespace {

/// What one PRAGMA check found ("ok" rows left out).
QString runCheck(Connection& db, const QString& pragma)
{
    QString sqlError;
    Statement st = db.prepare(pragma, &sqlError);
    if (!st.isValid())
        return sqlError;
    QStringList found;
    while (st.step(&sqlError))
        if (st.columnText(0) != QLatin1String("ok"))
            found << st.columnText(0);
    if (st.failed())
        found << sqlError;
    return found.join(QStringLiteral("; "));
}

} // namespace

QString Workspace::writerCheck()
{
    if (isServer())
        return {};
    // quick_check sees damaged pages but not an index whose entries disagree with its table
    // (a cut index entry): integrity_check does, at the cost of reading every page. Up to
    // kFullCheckBytes the whole file is checked (measured on this 2-core machine: 0.07 s for
    // the 125 MB workspace of 10 million rows; the facts are packed, so pages are few); above,
    // every table but the two of packed facts (which a writer reads by primary key, and whose
    // size is most of the file) is checked with its indexes, the rest quickly.
    const qint64 size = QFileInfo(m_path).size();
    if (size <= kFullCheckBytes)
        return runCheck(*m_db, QStringLiteral("PRAGMA integrity_check(5)"));
    QString found = runCheck(*m_db, QStringLiteral("PRAGMA quick_check(5)"));
    QString sqlError;
    Statement tables = m_db->prepare(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('fact_chunks', "
                       "'distinct_chunks') AND name NOT LIKE 'sqlite_%'"),
        &sqlError);
    QStringList names;
    while (tables.isValid() && tables.step(&sqlError))
        names << tables.columnText(0);
    for (const QString& table : names) {
        if (!found.isEmpty())
            break;
        found = runCheck(*m_db, QStringLiteral("PRAGMA integrity_check(\"%1\")").arg(table));
    }
    return found;
}

} // namespace ul
