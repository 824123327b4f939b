// SPDX-License-Identifier: MIT
#pragma once

#include "db/Workspace.h"

#include <QString>
#include <QTemporaryDir>
#include <QtTest>

namespace ul::test {

/// True when the tests run on a PostgreSQL server (UL_TEST_BACKEND=postgresql, with the
/// server's URI in UL_TEST_PG_URI; tests/pg/on-server.sh sets both).
bool onServer();

/// A workspace in a fresh temporary folder, removed with the fixture: an SQLite file, or on a
/// server a schema of its own (dropped with the fixture). Files the test writes go to the folder.
class TempWorkspace {
public:
    TempWorkspace();
    ~TempWorkspace();
    TempWorkspace(const TempWorkspace&) = delete;
    TempWorkspace& operator=(const TempWorkspace&) = delete;
    /// The workspace's location: a file path, or a postgresql:// URI naming its schema.
    QString path() const { return m_location; }
    /// Writes `content` to a file in the temporary folder and returns its path.
    QString writeFile(const QString& name, const QByteArray& content) const;
    QString dir() const { return m_dir.path(); }
    /// Opens (creating) the workspace; fails the calling test through QVERIFY on error.
    bool open(Workspace& ws) const;
    /// A SHA-256 of the workspace's logical content (all tables), to prove "unchanged".
    static QString contentDigest(Workspace& ws);

private:
    QTemporaryDir m_dir;
    QString m_location;
    QString m_schema; ///< on a server
};

/// Directory of ../shared/data or an empty string when absent (tests then skip).
QString sharedDataDir();
/// Path of a file in tests/data.
QString testDataFile(const QString& name);

} // namespace ul::test

/// Skips a test about what only an SQLite file has (its bytes, -wal files, PRAGMAs).
#define UL_FILE_ONLY(why)                                                                                              \
    do {                                                                                                               \
        if (ul::test::onServer())                                                                                      \
            QSKIP("SQLite workspace files only: " why);                                                                \
    } while (false)
