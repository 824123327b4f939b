// SPDX-License-Identifier: MIT
#include "db/SqliteConnection.h"

#include <sqlite3.h>

#include <QByteArray>

namespace ul {

SqliteConnection::~SqliteConnection() { close(); }

SqliteConnection::SqliteConnection(SqliteConnection&& other) noexcept
    : m_db(other.m_db)
{
    other.m_db = nullptr;
}

SqliteConnection& SqliteConnection::operator=(SqliteConnection&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        other.m_db = nullptr;
    }
    return *this;
}

namespace {

/// SQLite's message, except for the two conditions a user must act on: a damaged file and a
/// file another process is writing. Both name the file.
QString describeError(sqlite3* db, int rc, const QString& message)
{
    const int primary = rc & 0xff;
    const char* name = db ? sqlite3_db_filename(db, "main") : nullptr;
    const QString file = name && *name ? QString::fromUtf8(name) : QStringLiteral("(unnamed)");
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return QStringLiteral("workspace %1 is damaged (%2); run `usagelens check --db %1`").arg(file, message);
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return QStringLiteral("workspace %1 is busy: another import is running (waited %2 s)")
            .arg(file)
            .arg(SqliteConnection::kBusyTimeoutMs / 1000);
    return message;
}

} // namespace

bool SqliteConnection::open(const QString& path, Mode mode, QString* error)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    // A busy writer elsewhere (e.g. the GUI importing) should make readers wait, not fail.
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    return true;
}

void SqliteConnection::close()
{
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
            *error = describeError(m_db, rc, QString::fromUtf8(message ? message : sqlite3_errstr(rc)));
        sqlite3_free(message);
        return false;
    }
    return true;
}

Statement SqliteConnection::prepare(const QString& sql, QString* error)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = lastErrorMessage();
        return {};
    }
    return Statement(m_db, stmt);
}

std::optional<long long> SqliteConnection::queryInt(const QString& sql, QString* error)
{
    Statement st = prepare(sql, error);
    if (!st.isValid() || !st.step(error))
        return std::nullopt;
    return st.columnInt(0);
}

long long SqliteConnection::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

QString SqliteConnection::lastErrorMessage() const
{
    return m_db ? describeError(m_db, sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)))
                : QString();
}

int SqliteConnection::lastErrorCode() const { return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE; }

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_failed(other.m_failed)
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_failed = other.m_failed;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int index, long long value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindText(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    // A zero-length blob is still a blob, not NULL.
    sqlite3_bind_blob(m_stmt, index, bytes.empty() ? "" : bytes.data(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindValueOf(int index, const Statement& source, int column)
{
    sqlite3_bind_value(m_stmt, index, sqlite3_column_value(source.m_stmt, column));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step(QString* error)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        if (error)
            *error = describeError(m_db, rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    return false;
}

bool Statement::run(QString* error)
{
    m_failed = false;
    step(error);
    sqlite3_reset(m_stmt);
    return !m_failed;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    m_failed = false;
}

long long Statement::columnInt(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::columnDouble(int col) const { return sqlite3_column_double(m_stmt, col); }
bool Statement::columnIsNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

std::string_view Statement::columnBlob(int col) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, col))) : std::string_view();
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

QString Statement::columnName(int col) const { return QString::fromUtf8(sqlite3_column_name(m_stmt, col)); }

QString Statement::columnText(int col) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, col)) : QString();
}

Transaction::Transaction(SqliteConnection& db)
    : m_db(db)
{
    // IMMEDIATE takes the write lock up front so a long import never fails half-way on SQLITE_BUSY.
    m_active = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"), &m_beginError);
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.exec(QStringLiteral("ROLLBACK"), nullptr);
}

bool Transaction::commit(QString* error)
{
    if (!m_active) {
        if (error)
            *error = m_beginError.isEmpty() ? QStringLiteral("no active transaction") : m_beginError;
        return false;
    }
    if (!m_db.exec(QStringLiteral("COMMIT"), error))
        return false; // destructor rolls back
    m_active = false;
    return true;
}

} // namespace ul
