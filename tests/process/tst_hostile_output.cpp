// SPDX-License-Identifier: MIT
// Output paths a hostile or unlucky user gives, run as the real program: a device, a directory,
// a full disk. Each is refused or fails with exactly one line on stderr, ours ("usagelens:
// ..."), with no line of the libraries underneath (libxlsxwriter's "[ERROR]", libpng's, one
// QPainter warning per drawing call), and nothing is left behind.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/mount.h>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray err;
};

Run runApp(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(UL_APP_BINARY), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.err = p.readAllStandardError();
    return r;
}

/// One line of ours, nothing else.
bool oneLineOfOurs(const QByteArray& err)
{
    const QByteArray text = err.trimmed();
    return text.startsWith("usagelens") && !text.contains('\n');
}

} // namespace

class TstHostileOutput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.usagelens"));
        const Run r = runApp({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void devicesAndDirectoriesAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList pdf{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf")};
        const QStringList xlsx{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx")};
        const QStringList png{QStringLiteral("snapshot")};
        QTest::newRow("pdf to a directory") << pdf + QStringList{QStringLiteral("--out"), QDir::tempPath()};
        QTest::newRow("pdf to /dev/full") << pdf + QStringList{QStringLiteral("--out"), QStringLiteral("/dev/full")};
        QTest::newRow("xlsx to /dev/null") << xlsx + QStringList{QStringLiteral("--out"), QStringLiteral("/dev/null")};
        QTest::newRow("png to /dev/full") << png + QStringList{QStringLiteral("--out"), QStringLiteral("/dev/full")};
        QTest::newRow("png to a directory") << png + QStringList{QStringLiteral("--out"), QDir::tempPath()};
    }
    void devicesAndDirectoriesAreRefused()
    {
        QFETCH(QStringList, args);
        const Run r = runApp(args + QStringList{QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneLineOfOurs(r.err), r.err.left(2000).constData());
        QVERIFY(QFileInfo(QStringLiteral("/dev/null")).exists() && !QFileInfo(QStringLiteral("/dev/null")).isFile());
    }

    void aFullDiskIsOneLineAndLeavesNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
        QTest::newRow("pdf") << QStringLiteral("pdf");
        QTest::newRow("png") << QStringLiteral("png");
    }
    void aFullDiskIsOneLineAndLeavesNothing()
    {
        QFETCH(QString, format);
        const QString folder = m_dir.filePath(QStringLiteral("full-") + format);
        QDir().mkpath(folder);
        if (::mount("ul-test", QFile::encodeName(folder).constData(), "tmpfs", 0, "size=16k") != 0)
            QSKIP("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)");
        const QString out = folder + QStringLiteral("/report.") + format;
        const QStringList args = format == QLatin1String("png")
                                     ? QStringList{QStringLiteral("snapshot"), QStringLiteral("--out"), out}
                                     : QStringList{QStringLiteral("export"), QStringLiteral("--format"), format,
                                                   QStringLiteral("--out"), out};
        const Run r = runApp(args + QStringList{QStringLiteral("--db"), m_db});
        const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        ::umount2(QFile::encodeName(folder).constData(), MNT_DETACH);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneLineOfOurs(r.err), r.err.left(2000).constData());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TstHostileOutput)
#include "tst_hostile_output.moc"
