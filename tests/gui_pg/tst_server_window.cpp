// SPDX-License-Identifier: MIT
// The window on a workspace on a PostgreSQL server: it opens from the URI, names the schema in
// its title, and when another process imports into the workspace it says so and refreshes on
// request (LISTEN/NOTIFY). Runs only as tst_server_window@postgresql.
#include "ChangeBar.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "ServerConnectDialog.h"
#include "TempWorkspace.h"
#include "importwizard/QuerySourceDialog.h"

#include "CliRunner.h"
#include <QDir>

#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace ul;

namespace {

/// With UL_SNAPSHOT_DIR set, keeps a picture of `widget` there to look at.
void saveForReview(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("UL_SNAPSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TstServerWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!test::onServer())
            QSKIP("server workspaces only: runs as tst_server_window@postgresql");
        QStandardPaths::setTestModeEnabled(true);
    }

    void anotherSessionsImportIsAnnouncedAndRefreshed()
    {
        test::TempWorkspace tmp;
        QCOMPARE(test::runCoreCommand(
                     {QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--dataset"),
                      QStringLiteral("usage"),
                      tmp.writeFile(QStringLiteral("a.csv"), "account,day,minutes\na,2024-01-01,5\nb,2024-01-02,7\n")})
                     .code,
                 0);
        MainWindow window(MainWindow::Options{false, false});
        QString error;
        QVERIFY2(window.openWorkspace(tmp.path(), &error), qPrintable(error));
        window.show();
        QVERIFY2(window.windowTitle().contains(tmp.path().section(QStringLiteral("schema="), 1)),
                 qPrintable(window.windowTitle()));
        QTRY_VERIFY(!window.isRefreshing());
        const int tabsBefore = window.tabs()->count();
        auto* bar = window.findChild<ChangeBar*>();
        QVERIFY(bar && !bar->isVisible());

        // Another process (the command line on another desk) adds a dataset.
        QProcess other;
        other.start(QStringLiteral(UL_APP_BINARY),
                    {QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--dataset"),
                     QStringLiteral("invoices"),
                     tmp.writeFile(QStringLiteral("b.csv"), "account,day,amount\na,2024-01-05,9.5\n")});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QVERIFY2(bar->text().contains(QStringLiteral("new data in 'invoices'")), qPrintable(bar->text()));
        window.resize(1280, 720);
        saveForReview(&window, QStringLiteral("server-change-bar.png"));
        // Nothing changed on screen until Refresh; then the new dataset is there.
        QCOMPARE(window.tabs()->count(), tabsBefore);
        QVERIFY(!window.datasetNames().contains(QStringLiteral("invoices")));
        emit bar->refreshRequested();
        QVERIFY2(window.datasetNames().contains(QStringLiteral("invoices")),
                 qPrintable(window.datasetNames().join(QLatin1Char(' '))));

        // The window's own imports are not news to it.
        QCOMPARE(test::runCoreCommand({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                                       QStringLiteral("--dataset"), QStringLiteral("mine"),
                                       tmp.writeFile(QStringLiteral("c.csv"), "account,day,x\na,2024-01-05,1\n")})
                     .code,
                 0);
        bar->hide();
        QTest::qWait(500);
        QVERIFY(!bar->isVisible());
    }

    void dialogsAskForTheServerAndTheQuery()
    {
        ServerConnectDialog connect(QStringLiteral("postgresql://analyst@db.example.com/usage?schema=team_a"));
        QCOMPARE(connect.location(), QStringLiteral("postgresql://analyst@db.example.com/usage?schema=team_a"));
        connect.setError(QStringLiteral("cannot connect to the server (postgresql://analyst@db.example.com/usage): "
                                        "connection refused"));
        connect.show();
        saveForReview(&connect, QStringLiteral("server-connect-dialog.png"));
        QVERIFY(ServerConnectDialog::needsPassword(QStringLiteral("fe_sendauth: no password supplied")));
        test::TempWorkspace tmp;
        QuerySourceDialog query(tmp.dir());
        query.show();
        saveForReview(&query, QStringLiteral("query-source-dialog.png"));
    }
};

QTEST_MAIN(TstServerWindow)
#include "tst_server_window.moc"
