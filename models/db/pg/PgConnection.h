// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"

#include <string>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace ul {

class PgCopy;

/// A workspace on a PostgreSQL server (or anything speaking its protocol), through libpq. The
/// location is a libpq connection URI (`postgresql://user@host/db`, `postgresql:///?service=S`);
/// `?schema=NAME` (ours, removed before libpq sees it) or libpq's `options=-csearch_path=NAME`
/// picks the workspace's schema. Passwords come from libpq: ~/.pgpass, the service file,
/// PGPASSWORD. Statements are prepared once per connection and run with text parameters
/// (bytea in binary); bulk rows stream with COPY. One connection per thread.
class PgConnection final : public Connection {
public:
    PgConnection() = default;
    ~PgConnection() override;
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    /// True for the locations this backend opens (postgresql:// and postgres:// URIs).
    static bool isServerLocation(const QString& location);
    /// Connects; *schema receives the `schema` parameter of the location (empty: libpq's
    /// search_path decides). `sessionOptions` ("-c name=value ...") are set for the session
    /// after the URI's own options, so they win (a query import's read-only session).
    bool open(const QString& location, QString* schema, QString* error, const QByteArray& sessionOptions = {});

    Dialect dialect() const override { return Dialect::PostgreSql; }
    /// Open and sound (a connection the server dropped is not).
    bool isOpen() const override;
    void close() override;
    bool exec(const QString& sql, QString* error) override;
    Statement prepare(const QString& sql, QString* error) override;
    long long lastInsertId() override;
    bool tableExists(const QString& table, QString* error) override;
    bool begin(QString* error) override;
    bool commit(QString* error) override;
    void rollback() override;
    std::unique_ptr<BulkWriter> bulkWriter(const QString& table, const QStringList& columns, QString* error) override;
    QString location() const override { return m_location; }
    void setWriterWait(bool wait, std::function<bool()> onWait) override;
    bool announceChange(const QString& what, QString* error) override;
    void refreshStatistics() override;
    /// The channel LISTEN/NOTIFY use for the workspace's changes; the payload is
    /// "SCHEMA:WHAT|PROCESS" (PgChangeListener).
    static constexpr const char* kChannel = "usagelens_changes";
    /// This process among all that use the server ("pid@host"): its own changes are not news to it.
    static QString processTag();

    pg_conn* handle() const { return m_conn; }
    /// Ends a COPY in progress (every other statement does first: the protocol allows nothing
    /// else meanwhile).
    bool finishCopy(QString* error);
    /// The server's message of a failed result, made actionable where the user can act: a
    /// read-only role, a lost connection, a lock held by another import.
    QString describe(const pg_result* result) const;
    /// Inside a read snapshot: its id, for other connections to join (pg_export_snapshot()).
    bool exportSnapshot(QString* id, QString* error);
    /// Starts a read transaction on the snapshot another connection exported, held for as long
    /// as this connection is open (ThreadWorkspace's pinned snapshot).
    bool joinSnapshot(const QString& id, QString* error);
    /// The user name of the session (for messages).
    QString user() const;
    /// A password the user typed for the server of `location` (the part before '?'): kept in
    /// this process's memory and given to libpq for every later connection to that server, never
    /// to another one, never written anywhere.
    static void rememberPassword(const QString& location, const QString& password);

protected:
    bool beginReadTransaction(QString* error) override;
    void endReadTransaction() override;

private:
    friend class PgCopy;
    static QByteArray rememberedPassword(const QString& location);
    pg_conn* m_conn = nullptr;
    QString m_location;
    std::unordered_map<std::string, std::string> m_prepared; ///< SQL -> server-side statement name
    PgCopy* m_copy = nullptr;                                ///< the COPY in progress, if any
    bool m_waitForWriters = true;
    std::function<bool()> m_onWait;
    std::vector<PgCopy*> m_writers; ///< live bulk writers (rows may wait in them)
};

/// `sql` with `?` and `?N` placeholders turned into `$N` (quoted text left alone); *count
/// receives the number of parameters.
std::string toDollarPlaceholders(std::string_view sql, int* count);

} // namespace ul
