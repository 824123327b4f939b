// SPDX-License-Identifier: MIT
// Crash safety: an import, a --replace and a forget-import killed with SIGKILL at ten moments
// each. After every kill the workspace must be sound (`usagelens check`: integrity and rollups
// equal to the facts), hold exactly what it held before (no partial import) and answer the same.
// As tst_kill_safety@postgresql the workspaces are schemas on the test cluster (tests/pg/).
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <random>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runApp(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(UL_APP_BINARY), args);
    Run r;
    if (!p.waitForFinished(120000)) {
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

/// Starts `args` and kills it with SIGKILL after `delayMs`; true when it was killed (not finished).
bool killAfter(const QStringList& args, int delayMs)
{
    QProcess p;
    p.start(QStringLiteral(UL_APP_BINARY), args);
    if (!p.waitForStarted())
        return false;
    if (p.waitForFinished(delayMs))
        return false; // it finished first
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished();
    return true;
}

QByteArray usageCsv(int rows, int seed)
{
    std::mt19937 rng{unsigned(seed)};
    QByteArray csv = "customer,date,minutes,sessions\n";
    csv.reserve(rows * 32);
    for (int i = 0; i < rows; ++i) {
        const QDate day = QDate(2022, 1, 1).addDays(int(rng() % 730));
        csv += "c" + QByteArray::number(int(rng() % 5000)) + ',' + day.toString(Qt::ISODate).toLatin1() + ','
               + QByteArray::number(int(rng() % 100000) / 100.0, 'f', 2) + ',' + QByteArray::number(int(rng() % 20))
               + '\n';
    }
    return csv;
}

bool onServer() { return qEnvironmentVariable("UL_TEST_BACKEND") == QLatin1String("postgresql"); }

/// A schema of the test cluster dropped (psql), so the next import starts it afresh.
bool dropSchema(const QString& schema)
{
    QProcess p;
    p.start(QStringLiteral("psql"), {qEnvironmentVariable("UL_TEST_PG_URI"), QStringLiteral("-q"), QStringLiteral("-c"),
                                     QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema)});
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

} // namespace

class TstKillSafety : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (onServer())
            QVERIFY2(!qEnvironmentVariable("UL_TEST_PG_URI").isEmpty(), "UL_TEST_PG_URI is not set");
        m_first = write(QStringLiteral("first.csv"), usageCsv(50000, 1));
        m_big = write(QStringLiteral("big.csv"), usageCsv(500000, 2));
    }

    void killedImportLeavesTheWorkspaceAsItWas() { killAtTenMoments(Operation::Import); }
    void killedReplaceLeavesTheWorkspaceAsItWas() { killAtTenMoments(Operation::Replace); }
    void killedForgetImportLeavesTheWorkspaceAsItWas() { killAtTenMoments(Operation::Forget); }

    void cleanupTestCase()
    {
        qInfo("30 runs: %d killed before they exited, %d of them rolled back to the state before; every workspace "
              "sound",
              m_killed, m_rolledBack);
    }

private:
    enum class Operation { Import, Replace, Forget };

    /// Where workspace `name` is: a file, or a schema of its own on the server.
    QString location(const QString& name) const
    {
        if (!onServer())
            return m_dir.filePath(name + QStringLiteral(".usagelens"));
        return qEnvironmentVariable("UL_TEST_PG_URI") + QStringLiteral("?schema=") + schemaOf(name);
    }
    QString schemaOf(const QString& name) const
    {
        return QStringLiteral("ul_kill_%1_%2").arg(QCoreApplication::applicationPid()).arg(name);
    }
    /// Workspace `name` made again from nothing.
    bool remove(const QString& name)
    {
        if (onServer())
            return dropSchema(schemaOf(name));
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(location(name) + QLatin1String(suffix));
        return true;
    }
    /// Workspace `to` holding what `base` holds: a file is copied; a server schema gets the same
    /// imports again.
    bool copyBase(const QString& to, Operation op)
    {
        if (!remove(to))
            return false;
        if (!onServer())
            return QFile::copy(location(QStringLiteral("base")), location(to));
        return runApp({QStringLiteral("import"), QStringLiteral("--db"), location(to), m_first}).exitCode == 0
               && (op == Operation::Import
                   || runApp({QStringLiteral("import"), QStringLiteral("--db"), location(to), m_big}).exitCode == 0);
    }

    QString write(const QString& name, const QByteArray& content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

    /// What the workspace answers: its imports and a monthly total per metric.
    QByteArray answers(const QString& db)
    {
        QByteArray all = runApp({QStringLiteral("imports"), QStringLiteral("--db"), db}).out;
        for (const char* metric : {"minutes", "sessions"})
            all += runApp({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--view"),
                           QStringLiteral("totals"), QStringLiteral("--granularity"), QStringLiteral("month"),
                           QStringLiteral("--metric"), QString::fromLatin1(metric)})
                       .out;
        // The import time differs between runs; the ids, files, hashes and rows do not.
        QString text = QString::fromUtf8(all);
        text.remove(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d[T ][0-9:.]+(Z|[+-]\\d\\d:?\\d\\d)?")));
        return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    }

    void killAtTenMoments(Operation op)
    {
        const QString base = location(QStringLiteral("base"));
        QVERIFY(remove(QStringLiteral("base")));
        QVERIFY(runApp({QStringLiteral("import"), QStringLiteral("--db"), base, m_first}).exitCode == 0);
        if (op != Operation::Import) // replace and forget act on an import of the big file
            QVERIFY(runApp({QStringLiteral("import"), QStringLiteral("--db"), base, m_big}).exitCode == 0);
        const auto args = [&](const QString& db) {
            switch (op) {
            case Operation::Import: return QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, m_big};
            case Operation::Replace:
                return QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--replace"),
                                   m_big};
            case Operation::Forget:
                return QStringList{QStringLiteral("forget-import"), QStringLiteral("--db"), db, QStringLiteral("2")};
            }
            return QStringList();
        };
        // How long the whole operation takes, to spread the kills over it.
        const QString timing = location(QStringLiteral("timing"));
        QVERIFY(copyBase(QStringLiteral("timing"), op));
        QElapsedTimer timer;
        timer.start();
        const Run full = runApp(args(timing));
        QVERIFY2(full.exitCode == 0, full.err.constData());
        const qint64 durationMs = std::max<qint64>(timer.elapsed(), 20);
        const QByteArray before = answers(base);

        for (int moment = 0; moment < 10; ++moment) {
            const QString db = location(QStringLiteral("victim"));
            QVERIFY(copyBase(QStringLiteral("victim"), op));
            const int delay = int(durationMs * (moment + 1) / 12);
            if (killAfter(args(db), delay))
                ++m_killed;
            const Run check = runApp({QStringLiteral("check"), QStringLiteral("--db"), db});
            QVERIFY2(check.exitCode == 0, (check.out + check.err).constData());
            const QByteArray after = answers(db);
            // Killed: exactly the state before. Finished first: exactly the state of a full run.
            QVERIFY2(after == before || after == answers(timing),
                     qPrintable(QStringLiteral("moment %1 (%2 ms)").arg(moment).arg(delay)));
            m_rolledBack += after == before ? 1 : 0;
        }
        if (onServer())
            for (const char* name : {"base", "timing", "victim"})
                dropSchema(schemaOf(QLatin1String(name)));
    }

    QTemporaryDir m_dir;
    QString m_first;
    QString m_big;
    int m_killed = 0;
    int m_rolledBack = 0;
};

QTEST_GUILESS_MAIN(TstKillSafety)
#include "tst_kill_safety.moc"
