// SPDX-License-Identifier: MIT
// The installed program as a user meets it: its exit codes and what it prints, run as a process.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runApp(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(UL_APP_BINARY), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    return env;
}

} // namespace

class TstEntryPoint : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.usagelens"));
        const Run r = runApp({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void mistypedOptionIsUsageError_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--verison") << QStringLiteral("--verison");
        QTest::newRow("-x") << QStringLiteral("-x");
        QTest::newRow("--db") << QStringLiteral("--db");
    }

    void mistypedOptionIsUsageError()
    {
        QFETCH(QString, option);
        // A display is claimed so that only the option can be the reason for refusing.
        QProcessEnvironment env = headless();
        env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":99999"));
        const Run r = runApp({option}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown option '" + option.toUtf8() + "'"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void noDisplayIsOneClearLine()
    {
        const Run r = runApp({}, headless());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("usagelens: no display: set DISPLAY or use `usagelens snapshot`/`export`\n"));
        QVERIFY(r.out.isEmpty());
    }

    void versionAndHelp()
    {
        Run r = runApp({QStringLiteral("--version")}, headless());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("usagelens "));
        r = runApp({QStringLiteral("-v")}, headless());
        QCOMPARE(r.exitCode, 0);
        r = runApp({QStringLiteral("--help")}, headless());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("snapshot"));
    }

    void headlessCommandsAreQuietOnSuccess_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString png = m_dir.filePath(QStringLiteral("s.png"));
        QTest::newRow("snapshot") << QStringList{QStringLiteral("snapshot"), QStringLiteral("--out"), png};
        QTest::newRow("export xlsx") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                    QStringLiteral("xlsx"), QStringLiteral("--out"),
                                                    m_dir.filePath(QStringLiteral("r.xlsx"))};
        QTest::newRow("export pdf") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                   QStringLiteral("pdf"), QStringLiteral("--out"),
                                                   m_dir.filePath(QStringLiteral("r.pdf"))};
        QTest::newRow("export csv") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                   QStringLiteral("csv"), QStringLiteral("--out"),
                                                   m_dir.filePath(QStringLiteral("csv"))};
    }

    void headlessCommandsAreQuietOnSuccess()
    {
        QFETCH(QStringList, args);
        // Like cron: no display, no XDG_RUNTIME_DIR.
        QProcessEnvironment env = headless();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        const Run r = runApp(args + QStringList{QStringLiteral("--db"), m_db}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err, QByteArray());
        QVERIFY(!r.out.isEmpty()); // the written path(s)
    }

    void errorsStillReachStderr()
    {
        const Run r = runApp({QStringLiteral("export"), QStringLiteral("--db"),
                              m_dir.filePath(QStringLiteral("missing.usagelens")), QStringLiteral("--format"),
                              QStringLiteral("xlsx"), QStringLiteral("--out"),
                              m_dir.filePath(QStringLiteral("x.xlsx"))},
                             headless());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
    }

    void importReadsStandardInput()
    {
        // `-` is standard input: a pipe from another program, recorded as "stdin".
        const QString db = m_dir.filePath(QStringLiteral("stdin.usagelens"));
        QProcess p;
        p.start(QStringLiteral(UL_APP_BINARY),
                {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("-")});
        QVERIFY(p.waitForStarted());
        p.write("account,day,logins\nacme,2024-01-05,3\nbeta,2024-01-06,4\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.contains("Imported stdin (CSV (delimiter ','))"), out.constData());
        QVERIFY(out.contains("Rows: 2 read, 2 imported"));
        const Run imports = runApp({QStringLiteral("imports"), QStringLiteral("--db"), db});
        QVERIFY(imports.out.contains("stdin"));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TstEntryPoint)
#include "tst_entry_point.moc"
