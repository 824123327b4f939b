// SPDX-License-Identifier: MIT
#include "db/SqliteConnection.h"

#include <sqlite3.h>

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <unistd.h>

namespace ul {

constexpr size_t kMaxIdleStatements = 64;

/// Takes statements back into their connection's cache (or finalizes them).
class SqliteStatementCache {
public:
    static void giveBack(const std::weak_ptr<void>& cache, std::string sql, sqlite3_stmt* stmt)
    {
        const std::shared_ptr<void> alive = cache.lock();
        if (!alive || sql.empty()) {
            sqlite3_finalize(stmt);
            return;
        }
        auto* c = static_cast<SqliteConnection::StatementCache*>(alive.get());
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        const std::lock_guard lock(c->mutex);
        if (c->idle.size() >= kMaxIdleStatements) {
            sqlite3_finalize(stmt);
            return;
        }
        c->idle.emplace(std::move(sql), stmt);
    }
    static sqlite3_stmt* take(SqliteConnection::StatementCache& c, const std::string& sql)
    {
        const std::lock_guard lock(c.mutex);
        const auto it = c.idle.find(sql);
        if (it == c.idle.end())
            return nullptr;
        sqlite3_stmt* stmt = it->second;
        c.idle.erase(it);
        return stmt;
    }
};

namespace {

/// SQLite's message, except for the two conditions a user must act on: a damaged file and a
/// file another process is writing. Both name the file.
QString describeError(sqlite3* db, int rc, const QString& message, int waitedMs)
{
    const int primary = rc & 0xff;
    const char* name = db ? sqlite3_db_filename(db, "main") : nullptr;
    const QString file = name && *name ? QString::fromUtf8(name) : QStringLiteral("(unnamed)");
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return QStringLiteral("workspace %1 is damaged (%2); run `usagelens check --db %1`").arg(file, message);
    // Not damage: the file or its folder may not be written (a read-only folder or disk).
    if (primary == SQLITE_READONLY)
        return QStringLiteral("workspace %1 is read-only: its file or folder cannot be written (%2)")
            .arg(file, message);
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return waitedMs > 0 ? QStringLiteral("workspace %1 is busy: another import is running (waited %2 s)")
                                  .arg(file)
                                  .arg(waitedMs / 1000)
                            : QStringLiteral("workspace %1 is busy: another import is running").arg(file);
    return message;
}

class SqliteStatement final : public StatementBackend {
public:
    SqliteStatement(sqlite3* db, sqlite3_stmt* stmt, const int* busyMs, std::weak_ptr<void> cache, std::string sql)
        : m_db(db)
        , m_stmt(stmt)
        , m_busyMs(busyMs)
        , m_cache(std::move(cache))
        , m_sql(std::move(sql))
    {}
    ~SqliteStatement() override { SqliteStatementCache::giveBack(m_cache, std::move(m_sql), m_stmt); }

    void bindInt(int index, long long value) override { sqlite3_bind_int64(m_stmt, index, value); }
    void bindDouble(int index, double value) override { sqlite3_bind_double(m_stmt, index, value); }
    void bindText(int index, std::string_view utf8) override
    {
        sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindBlob(int index, std::string_view bytes) override
    {
        // A zero-length blob is still a blob, not NULL.
        sqlite3_bind_blob(m_stmt, index, bytes.empty() ? "" : bytes.data(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    void bindNull(int index) override { sqlite3_bind_null(m_stmt, index); }
    void bindValueOf(int index, const StatementBackend& source, int column) override
    {
        const auto& from = static_cast<const SqliteStatement&>(source);
        sqlite3_bind_value(m_stmt, index, sqlite3_column_value(from.m_stmt, column));
    }
    bool step(QString* error, bool* failed) override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE) {
            *failed = true;
            if (error)
                *error = describeError(m_db, rc, QString::fromUtf8(sqlite3_errmsg(m_db)), *m_busyMs);
        }
        return false;
    }
    void reset() override { sqlite3_reset(m_stmt); }
    long long columnInt(int col) const override { return sqlite3_column_int64(m_stmt, col); }
    double columnDouble(int col) const override { return sqlite3_column_double(m_stmt, col); }
    QString columnText(int col) const override
    {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
        return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, col)) : QString();
    }
    std::string_view columnBlob(int col) const override
    {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
        return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, col))) : std::string_view();
    }
    bool columnIsNull(int col) const override { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    int columnCount() const override { return sqlite3_column_count(m_stmt); }
    QString columnName(int col) const override { return QString::fromUtf8(sqlite3_column_name(m_stmt, col)); }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
    const int* m_busyMs;         ///< the connection's wait for another writer
    std::weak_ptr<void> m_cache; ///< the connection's cache, while it is open (else finalized)
    std::string m_sql;           ///< empty: not to be cached
};

/// A prepared INSERT run once per row: SQLite has no faster path than that inside a transaction.
class SqliteBulkWriter final : public BulkWriter {
public:
    explicit SqliteBulkWriter(Statement insert)
        : m_insert(std::move(insert))
    {}
    void add(long long value) override { m_insert.bind(++m_column, value); }
    void addDouble(double value) override { m_insert.bind(++m_column, value); }
    void addNull() override { m_insert.bindNull(++m_column); }
    void addText(std::string_view utf8) override { m_insert.bindText(++m_column, utf8); }
    void addBlob(std::string_view bytes) override { m_insert.bindBlob(++m_column, bytes); }
    bool endRow(QString* error) override
    {
        m_column = 0;
        return m_insert.run(error);
    }
    bool finish(QString*) override { return true; }

private:
    Statement m_insert;
    int m_column = 0;
};

} // namespace

SqliteConnection::~SqliteConnection() { close(); }

void SqliteConnection::clearStatementCache()
{
    // Statements still in use finalize themselves: the cache they would return to is gone.
    const std::lock_guard lock(m_cache->mutex);
    for (auto& [sql, stmt] : m_cache->idle)
        sqlite3_finalize(stmt);
    m_cache->idle.clear();
}

bool SqliteConnection::open(const QString& path, Mode mode, QString* error)
{
    close();
    int flags = m_shared ? SQLITE_OPEN_FULLMUTEX : SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    QByteArray utf8 = path.toUtf8();
    if (mode == Mode::ReadOnly) {
        // A reader in a folder nobody can write (a read-only disk or share): SQLite could not
        // make the -shm file it reads a WAL workspace with. Nobody can be writing there either,
        // so the file is read as it is (immutable); a leftover log it would have to recover is
        // named instead.
        const QFileInfo info(path);
        if (::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0) {
            if (QFileInfo(path + QStringLiteral("-wal")).size() > 0) {
                if (error)
                    *error = QStringLiteral("%1 has changes in its write-ahead log (%1-wal) that only a writable "
                                            "folder can recover: copy both files to a writable folder and open the "
                                            "copy")
                                 .arg(path);
                return false;
            }
            utf8 = "file:" + QUrl::toPercentEncoding(info.absoluteFilePath(), "/") + "?immutable=1";
            flags |= SQLITE_OPEN_URI;
        }
    }
    const int rc = sqlite3_open_v2(utf8.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    // A busy writer elsewhere (e.g. the GUI importing) should make readers wait, not fail.
    sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
    return true;
}

void SqliteConnection::close()
{
    clearStatementCache();
    m_cache = std::make_shared<StatementCache>();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool SqliteConnection::exec(const QString& sql, QString* error)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = describeError(m_db, rc, QString::fromUtf8(message ? message : sqlite3_errstr(rc)),
                                   m_busyTimeoutMs);
        sqlite3_free(message);
        return false;
    }
    return true;
}

Statement SqliteConnection::prepare(const QString& sql, QString* error)
{
    const QByteArray utf8 = sql.toUtf8();
    // Only statements with parameters come back: one with its values in the text is one-off.
    std::string key = utf8.contains('?') ? utf8.toStdString() : std::string();
    sqlite3_stmt* stmt = key.empty() ? nullptr : SqliteStatementCache::take(*m_cache, key);
    if (!stmt
        && sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), key.empty() ? 0 : SQLITE_PREPARE_PERSISTENT,
                              &stmt, nullptr)
               != SQLITE_OK) {
        if (error)
            *error = lastErrorMessage();
        return {};
    }
    return Statement(
        std::make_unique<SqliteStatement>(m_db, stmt, &m_busyTimeoutMs, std::weak_ptr<void>(m_cache), std::move(key)));
}

long long SqliteConnection::lastInsertId() { return sqlite3_last_insert_rowid(m_db); }

bool SqliteConnection::tableExists(const QString& table, QString* error)
{
    Statement st = prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), error);
    if (!st.isValid())
        return false;
    st.bind(1, table);
    return st.step(error);
}

bool SqliteConnection::begin(QString* error)
{
    if (inReadSnapshot()) {
        if (error)
            *error = QStringLiteral("cannot write to %1 while a read snapshot is held on the same connection")
                         .arg(location());
        return false;
    }
    // IMMEDIATE takes the write lock up front so a long import never fails half-way on SQLITE_BUSY.
    return exec(QStringLiteral("BEGIN IMMEDIATE"), error);
}

bool SqliteConnection::commit(QString* error) { return exec(QStringLiteral("COMMIT"), error); }

void SqliteConnection::rollback() { exec(QStringLiteral("ROLLBACK"), nullptr); }

bool SqliteConnection::beginReadTransaction(QString* error)
{
    // A deferred BEGIN takes its snapshot at the first read: read the schema at once, so the
    // snapshot is the state as of now, not as of whichever query happens to come first.
    if (!exec(QStringLiteral("BEGIN"), error))
        return false;
    if (!queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"), error)) {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        return false;
    }
    return true;
}

void SqliteConnection::endReadTransaction()
{
    if (!exec(QStringLiteral("COMMIT"), nullptr))
        exec(QStringLiteral("ROLLBACK"), nullptr);
}

std::unique_ptr<BulkWriter> SqliteConnection::bulkWriter(const QString& table, const QStringList& columns,
                                                         QString* error)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    Statement insert = prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                                   .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                               error);
    if (!insert.isValid())
        return nullptr;
    return std::make_unique<SqliteBulkWriter>(std::move(insert));
}

void SqliteConnection::setWriterWait(bool wait, std::function<bool()>)
{
    m_busyTimeoutMs = wait ? kBusyTimeoutMs : 0;
    sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
}

QString SqliteConnection::location() const
{
    const char* name = m_db ? sqlite3_db_filename(m_db, "main") : nullptr;
    return name ? QString::fromUtf8(name) : QString();
}

QString SqliteConnection::lastErrorMessage() const
{
    return m_db ? describeError(m_db, sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)),
                                m_busyTimeoutMs)
                : QString();
}

int SqliteConnection::lastErrorCode() const { return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE; }

} // namespace ul
