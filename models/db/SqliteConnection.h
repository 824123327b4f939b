// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace ul {

/// A workspace file: one sqlite3 handle. A connection belongs to the thread that uses it; open
/// one per worker thread (WAL mode lets readers run beside the writer).
class SqliteConnection final : public Connection {
public:
    SqliteConnection() = default;
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    /// How long a statement waits for another process's write lock before it fails.
    static constexpr int kBusyTimeoutMs = 5000;

    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };
    bool open(const QString& path, Mode mode, QString* error);

    Dialect dialect() const override { return Dialect::Sqlite; }
    bool isOpen() const override { return m_db != nullptr; }
    void close() override;
    bool exec(const QString& sql, QString* error) override;
    Statement prepare(const QString& sql, QString* error) override;
    long long lastInsertId() override;
    bool tableExists(const QString& table, QString* error) override;
    bool begin(QString* error) override;
    bool commit(QString* error) override;
    void rollback() override;
    std::unique_ptr<BulkWriter> bulkWriter(const QString& table, const QStringList& columns, QString* error) override;
    QString location() const override;
    /// Without waiting, another writer is "busy" at once; else SQLite waits kBusyTimeoutMs.
    void setWriterWait(bool wait, std::function<bool()> onWait) override;
    bool announceChange(const QString&, QString*) override { return true; }

    QString lastErrorMessage() const;
    /// Opens `path` for several threads at once (SQLite's serialized mode): one connection, and
    /// so one read snapshot, shared by the workers of an export (ThreadWorkspace's pinned mode).
    void setShared(bool shared) { m_shared = shared; }
    int lastErrorCode() const;
    sqlite3* handle() const { return m_db; }

protected:
    bool beginReadTransaction(QString* error) override;
    void endReadTransaction() override;

private:
    friend class SqliteStatementCache;
    /// Prepared statements with parameters, kept for the next prepare() of the same SQL: an
    /// import runs the same few statements once per metric and chunk, and parsing them anew
    /// each time was most of the cost of a file with thousands of metric columns.
    struct StatementCache {
        std::mutex mutex; ///< a pinned snapshot's connection serves several threads
        std::unordered_multimap<std::string, sqlite3_stmt*> idle;
    };
    void clearStatementCache();

    sqlite3* m_db = nullptr;
    bool m_shared = false;
    std::shared_ptr<StatementCache> m_cache = std::make_shared<StatementCache>();
    int m_busyTimeoutMs = kBusyTimeoutMs;
};

} // namespace ul
