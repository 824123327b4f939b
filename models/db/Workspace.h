// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"
#include "import/ImportSink.h"

#include <QString>

#include <memory>

namespace ul {

class SqliteConnection;

/// One workspace: an SQLite file (WAL mode), or a schema on a PostgreSQL server when the
/// location is a `postgresql://` URI (db/pg/PgWorkspace.cpp). Opening validates it before
/// anything is written: a non-SQLite file, a database or schema of another program, a corrupt
/// file and a workspace made by a newer UsageLens are refused with a message and left untouched.
class Workspace : public ImportTarget {
public:
    static constexpr int SchemaVersion = 8;
    /// The oldest format read-only commands read without migrating: formats 5 to 8 only added
    /// saved views, notes, billing invoices, the import counter, dataset statistics and the tables
    /// derived from all months, which a format-4 file simply does not have (readers count the
    /// customers and scan the months themselves there).
    static constexpr int OldestReadableVersion = 4;
    /// PRAGMA application_id marking UsageLens files ("ULEN").
    static constexpr int ApplicationId = 0x554C454E;

    enum class OpenMode {
        CreateIfMissing, ///< import, demo: a new file is created; an existing one is checked before writing
        WriteExisting,   ///< forget-import: the file must exist and is checked before writing
        ExistingOnly,    ///< the window: the file must exist (an older format is migrated)
        ReadOnly         ///< report, datasets, export...: nothing is created or changed, not even a migration
    };

    /// The SQLite file at `path`, or the server workspace a `postgresql://` URI names.
    bool open(const QString& path, OpenMode mode, QString* error);
    void close();
    bool isOpen() const;
    Connection& db() { return *m_db; }
    /// The location as given (file path or URI), to open more connections to the same workspace.
    const QString& path() const { return m_path; }
    /// True for a workspace on a server (a `postgresql://` location).
    static bool isServerLocation(const QString& location);
    /// A short name for titles and menus: the file's name, or "SCHEMA on HOST/DB".
    static QString displayName(const QString& location);
    bool isServer() const { return isServerLocation(m_path); }
    /// Before open(): a file's connection may then be used by several threads at once (SQLite's
    /// serialized mode), for a read snapshot they share (pinReadSnapshot).
    void setSharedAcrossThreads(bool shared) { m_shared = shared; }
    /// This workspace on `other`'s connection (opened with setSharedAcrossThreads): the window
    /// and the workers of an export read through one connection, so one snapshot.
    void shareConnectionOf(const Workspace& other)
    {
        m_db = other.m_db;
        m_path = other.m_path;
    }

    /// Removes a workspace file and SQLite's companions (-wal, -shm, -journal); for a file this
    /// program just created and must not leave behind. Does nothing for a server location.
    static void removeFiles(const QString& path);
    /// The check a writer runs before it writes: empty when the file is sound, else what SQLite
    /// found (first lines). PRAGMA integrity_check of the whole file up to kFullCheckBytes,
    /// above that of every table but the packed facts (and quick_check of all pages). A server
    /// checks its own pages: empty there.
    QString writerCheck();
    static constexpr qint64 kFullCheckBytes = qint64(2) << 30;
    /// A file this open created is written in rollback-journal mode until its first import has
    /// committed, so the import's pages are written once (WAL would write them twice: into the
    /// log, then back into the file). This then switches it to WAL, which lets readers and a
    /// writer work at once; every later open turns WAL on as well.
    bool settleJournal(QString* error);
    /// An import into this workspace, in one transaction (db/WorkspaceImportSink.cpp).
    std::unique_ptr<ImportSink> beginImport(QString* error) override;

private:
    bool openFile(const QString& path, OpenMode mode, QString* error);
    /// db/pg/PgWorkspace.cpp
    bool openServer(const QString& location, OpenMode mode, QString* error);
    bool checkHeader(const QString& path, QString* error) const;
    bool migrate(SqliteConnection& db, int fromVersion, QString* error);

    std::shared_ptr<Connection> m_db; ///< shared only by the workspaces of a pinned snapshot
    QString m_path;
    bool m_walPending = false;
    bool m_shared = false;
};

} // namespace ul
