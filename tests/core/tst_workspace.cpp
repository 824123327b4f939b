// SPDX-License-Identifier: MIT
#include "TempWorkspace.h"
#include "db/SqliteConnection.h"
#include "db/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace ul;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT
private slots:
    void createsVersionedWalWorkspace();
    void refusesNonSqliteFileUntouched();
    void refusesForeignDatabase();
    void refusesNewerVersion();
    void refusesCorruptFileUntouched();
    void existingOnlyNeedsAFile();
};

void TestWorkspace::createsVersionedWalWorkspace()
{
    UL_FILE_ONLY("WAL, page size and PRAGMA user_version (the server: tst_server_workspace)");
    test::TempWorkspace tmp;
    Workspace ws;
    QVERIFY(tmp.open(ws));
    QString error;
    QCOMPARE(*ws.db().queryInt(QStringLiteral("PRAGMA user_version"), &error), qint64(Workspace::SchemaVersion));
    QCOMPARE(*ws.db().queryInt(QStringLiteral("PRAGMA application_id"), &error), qint64(Workspace::ApplicationId));
    const auto journalMode = [&error](Workspace& w) {
        Statement mode = w.db().prepare(QStringLiteral("PRAGMA journal_mode"), &error);
        return mode.step() ? mode.columnText(0) : QStringLiteral("(failed: %1)").arg(error);
    };
    // A new file is written once by its first import (rollback journal), then shared (WAL).
    QCOMPARE(journalMode(ws), QStringLiteral("delete"));
    QVERIFY2(ws.settleJournal(&error), qPrintable(error));
    QCOMPARE(journalMode(ws), QStringLiteral("wal"));
    ws.close();
    Workspace again; // reopening an up-to-date workspace migrates nothing, and it reads in WAL
    QVERIFY(again.open(tmp.path(), Workspace::OpenMode::ExistingOnly, &error));
    QCOMPARE(journalMode(again), QStringLiteral("wal"));
}

void TestWorkspace::refusesNonSqliteFileUntouched()
{
    test::TempWorkspace tmp;
    const QString path = tmp.writeFile(QStringLiteral("notes.usagelens"), "customer,date\nthis is text\n");
    const QByteArray before = fileHash(path);
    Workspace ws;
    QString error;
    QVERIFY(!ws.open(path, Workspace::OpenMode::CreateIfMissing, &error));
    QVERIFY2(error.contains(QStringLiteral("not an SQLite database")) && error.contains(path), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestWorkspace::refusesForeignDatabase()
{
    test::TempWorkspace tmp;
    const QString path = tmp.dir() + QStringLiteral("/other.db");
    {
        SqliteConnection db;
        QString error;
        QVERIFY(db.open(path, SqliteConnection::Mode::ReadWriteCreate, &error));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t(x)"), &error));
    }
    const QByteArray before = fileHash(path);
    Workspace ws;
    QString error;
    QVERIFY(!ws.open(path, Workspace::OpenMode::ExistingOnly, &error));
    QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestWorkspace::refusesNewerVersion()
{
    UL_FILE_ONLY("PRAGMA user_version (the server: tst_server_workspace)");
    test::TempWorkspace tmp;
    {
        Workspace ws;
        QVERIFY(tmp.open(ws));
        QString error;
        QVERIFY(ws.db().exec(QStringLiteral("PRAGMA user_version = 99"), &error));
    }
    Workspace ws;
    QString error;
    QVERIFY(!ws.open(tmp.path(), Workspace::OpenMode::ExistingOnly, &error));
    QVERIFY2(error.contains(QStringLiteral("newer UsageLens")) && error.contains(QStringLiteral("99")),
             qPrintable(error));
}

void TestWorkspace::refusesCorruptFileUntouched()
{
    UL_FILE_ONLY("damaged pages of a file");
    test::TempWorkspace tmp;
    {
        Workspace ws;
        QVERIFY(tmp.open(ws));
        QString error;
        QVERIFY(ws.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE"), &error));
    }
    // Keep the SQLite header, destroy the schema page.
    QFile f(tmp.path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(100);
    f.write(QByteArray(4000, '\x5A'));
    f.close();
    const QByteArray before = fileHash(tmp.path());
    Workspace ws;
    QString error;
    QVERIFY(!ws.open(tmp.path(), Workspace::OpenMode::ExistingOnly, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QCOMPARE(fileHash(tmp.path()), before);
}

void TestWorkspace::existingOnlyNeedsAFile()
{
    test::TempWorkspace tmp;
    Workspace ws;
    QString error;
    QVERIFY(!ws.open(tmp.dir() + QStringLiteral("/none.usagelens"), Workspace::OpenMode::ExistingOnly, &error));
    QVERIFY(error.contains(QStringLiteral("no such workspace")));
    QVERIFY(!QFile::exists(tmp.dir() + QStringLiteral("/none.usagelens")));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
