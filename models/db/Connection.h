// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>

namespace ul {

/// What a backend's prepared statement does; Statement wraps one. Binding indexes are 1-based.
class StatementBackend {
public:
    virtual ~StatementBackend() = default;
    virtual void bindInt(int index, long long value) = 0;
    virtual void bindDouble(int index, double value) = 0;
    virtual void bindText(int index, std::string_view utf8) = 0;
    virtual void bindBlob(int index, std::string_view bytes) = 0;
    virtual void bindNull(int index) = 0;
    /// Binds the current value of `source`'s column (same backend), type included.
    virtual void bindValueOf(int index, const StatementBackend& source, int column) = 0;
    /// Runs the statement on the first call after a reset, then moves row by row: true while a
    /// row is there; false at the end or on an error (*failed then set).
    virtual bool step(QString* error, bool* failed) = 0;
    /// Back to the start; bindings stay.
    virtual void reset() = 0;
    virtual long long columnInt(int col) const = 0;
    virtual double columnDouble(int col) const = 0;
    virtual QString columnText(int col) const = 0;
    virtual std::string_view columnBlob(int col) const = 0;
    virtual bool columnIsNull(int col) const = 0;
    virtual int columnCount() const = 0;
    virtual QString columnName(int col) const = 0;
};

/// A prepared statement of any backend, as a movable value. Placeholders are `?` (or `?N`)
/// in the SQL of every backend.
class Statement {
public:
    Statement() = default;
    explicit Statement(std::unique_ptr<StatementBackend> backend)
        : m_impl(std::move(backend))
    {}
    Statement(Statement&&) noexcept = default;
    Statement& operator=(Statement&&) noexcept = default;

    bool isValid() const { return m_impl != nullptr; }
    Statement& bind(int index, long long value);
    Statement& bind(int index, int value) { return bind(index, static_cast<long long>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bindText(int index, std::string_view utf8);
    Statement& bindNull(int index);
    /// Binds bytes (copied).
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

    long long columnInt(int col) const { return m_impl->columnInt(col); }
    double columnDouble(int col) const { return m_impl->columnDouble(col); }
    QString columnText(int col) const { return m_impl->columnText(col); }
    /// The bytes of a blob (or text) column, valid until the next step() or reset().
    std::string_view columnBlob(int col) const { return m_impl->columnBlob(col); }
    bool columnIsNull(int col) const { return m_impl->columnIsNull(col); }
    int columnCount() const { return m_impl->columnCount(); }
    QString columnName(int col) const { return m_impl->columnName(col); }

private:
    std::unique_ptr<StatementBackend> m_impl;
    bool m_failed = false;
};

/// Rows written to one table in bulk: PostgreSQL streams them with COPY ... FROM STDIN, SQLite
/// runs a prepared INSERT per row. Values are given column by column, then endRow().
class BulkWriter {
public:
    virtual ~BulkWriter() = default;
    virtual void add(long long value) = 0;
    virtual void addDouble(double value) = 0;
    virtual void addNull() = 0;
    virtual void addText(std::string_view utf8) = 0;
    virtual void addBlob(std::string_view bytes) = 0;
    virtual bool endRow(QString* error) = 0;
    /// Everything written so far is in the table (before other statements read it).
    virtual bool finish(QString* error) = 0;
};

/// One connection to a workspace's database, of either backend. It belongs to the thread that
/// uses it: open one per worker thread. The SQL that differs per backend is behind the
/// virtual functions here (and the schema files); everything else is written once.
class Connection {
public:
    enum class Dialect { Sqlite, PostgreSql };

    virtual ~Connection() = default;
    virtual Dialect dialect() const = 0;
    virtual bool isOpen() const = 0;
    virtual void close() = 0;
    /// Runs one or more statements without parameters or results.
    virtual bool exec(const QString& sql, QString* error) = 0;
    /// Returns a prepared statement, or an invalid one with *error set.
    virtual Statement prepare(const QString& sql, QString* error) = 0;
    /// First column of the first row as an integer (counts, versions).
    std::optional<long long> queryInt(const QString& sql, QString* error);
    /// The id the last INSERT into a table with a generated id gave.
    virtual long long lastInsertId() = 0;
    /// Whether the workspace has a table of this name.
    virtual bool tableExists(const QString& table, QString* error) = 0;
    /// A write transaction: SQLite takes its write lock up front (BEGIN IMMEDIATE). Refused
    /// while a read snapshot is held on this connection.
    virtual bool begin(QString* error) = 0;
    virtual bool commit(QString* error) = 0;
    virtual void rollback() = 0;
    /// A read transaction: every query until endRead() sees the workspace as one committed
    /// state, whatever writers commit meanwhile (SQLite: a deferred BEGIN, whose snapshot WAL
    /// keeps; PostgreSQL: REPEATABLE READ, READ ONLY). Nested calls only count; the outermost
    /// endRead() ends it. See ReadSnapshot.
    bool beginRead(QString* error);
    void endRead();
    /// Whether a read snapshot is held (queries then see one state).
    bool inReadSnapshot() const { return m_readDepth > 0; }
    virtual std::unique_ptr<BulkWriter> bulkWriter(const QString& table, const QStringList& columns,
                                                   QString* error) = 0;
    /// Where the workspace is, for messages (a file path, or the server and schema).
    virtual QString location() const = 0;
    /// How begin() meets another writer of the workspace: wait for it, calling `onWait` now and
    /// then (so the user hears why nothing happens; false gives up), or fail at once.
    virtual void setWriterWait(bool wait, std::function<bool()> onWait) = 0;
    /// Tells other sessions of the workspace, when the transaction commits, that `what` changed
    /// (a server's LISTEN/NOTIFY: the windows on it offer to refresh). Nothing for a file.
    virtual bool announceChange(const QString& what, QString* error) = 0;
    /// After a committed import or forget-import: the planner's statistics of the tables it
    /// rewrote are brought up to date (a server's ANALYZE; nothing for a file, whose queries
    /// go by primary key). Best effort: a failure changes nothing the user sees.
    virtual void refreshStatistics() {}

protected:
    /// The backend's statements for beginRead()/endRead() (outermost only).
    virtual bool beginReadTransaction(QString* error) = 0;
    virtual void endReadTransaction() = 0;
    /// For a connection opened inside a snapshot that lives as long as it (ThreadWorkspace's
    /// pinned snapshot): it counts as held, so beginRead() starts nothing.
    void holdReadForever() { ++m_readDepth; }

private:
    std::atomic<int> m_readDepth{0}; ///< atomic: a pinned snapshot's connection serves several threads
};

/// Holds a read snapshot on a connection for its lifetime: the queries of one report, export or
/// window refresh see one committed state. Nests (an inner one does nothing).
class ReadSnapshot {
public:
    explicit ReadSnapshot(Connection& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    /// False when the transaction could not start (the queries then run each on its own state).
    bool isHeld() const { return m_held; }
    const QString& error() const { return m_error; }

private:
    Connection& m_db;
    bool m_held = false;
    QString m_error;
};

/// A write transaction on construction; rolled back on destruction unless committed.
class Transaction {
public:
    explicit Transaction(Connection& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const QString& beginError() const { return m_beginError; }
    bool commit(QString* error);

private:
    Connection& m_db;
    bool m_active = false;
    QString m_beginError;
};

} // namespace ul
