// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace ul {

class Statement;

/// Owns one sqlite3 handle. A connection belongs to the thread that uses it; open one per
/// worker thread (WAL mode lets readers run beside the writer).
class SqliteConnection {
public:
    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(SqliteConnection&& other) noexcept;
    SqliteConnection& operator=(SqliteConnection&& other) noexcept;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    /// How long a statement waits for another process's write lock before it fails.
    static constexpr int kBusyTimeoutMs = 5000;

    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };
    bool open(const QString& path, Mode mode, QString* error);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    bool exec(const QString& sql, QString* error);
    /// Returns a prepared statement or an invalid one with *error set.
    Statement prepare(const QString& sql, QString* error);
    /// First column of the first row as an integer (for PRAGMAs and counts).
    std::optional<long long> queryInt(const QString& sql, QString* error);
    long long lastInsertId() const;
    QString lastErrorMessage() const;
    int lastErrorCode() const;
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

/// RAII wrapper of a prepared statement. Binding indexes are 1-based as in SQLite.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    Statement& bind(int index, long long value);
    Statement& bind(int index, int value) { return bind(index, static_cast<long long>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bindText(int index, std::string_view utf8);
    Statement& bindNull(int index);
    /// Binds bytes (copied by SQLite).
    Statement& bindBlob(int index, std::string_view bytes);
    /// Binds the current value of `source`'s column as it is (type included; copied).
    Statement& bindValueOf(int index, const Statement& source, int column);

    /// Advances to the next row: true while a row is available. On error returns false and
    /// sets *error (when given); check `failed()` to tell the end from an error.
    bool step(QString* error = nullptr);
    /// Runs a statement that returns no rows.
    bool run(QString* error);
    void reset();
    bool failed() const { return m_failed; }

    long long columnInt(int col) const;
    double columnDouble(int col) const;
    QString columnText(int col) const;
    /// The bytes of a blob (or text) column, valid until the next step() or reset().
    std::string_view columnBlob(int col) const;
    bool columnIsNull(int col) const;
    int columnCount() const;
    QString columnName(int col) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
};

/// BEGIN IMMEDIATE on construction; rolls back on destruction unless committed.
class Transaction {
public:
    explicit Transaction(SqliteConnection& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const QString& beginError() const { return m_beginError; }
    bool commit(QString* error);

private:
    SqliteConnection& m_db;
    bool m_active = false;
    QString m_beginError;
};

} // namespace ul
