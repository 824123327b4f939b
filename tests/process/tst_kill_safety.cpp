// SPDX-License-Identifier: MIT
// Crash safety: an import, a --replace and a forget-import killed with SIGKILL at ten moments
// each. After every kill the workspace must be sound (`usagelens check`: integrity and rollups
// equal to the facts), hold exactly what it held before (no partial import) and answer the same.
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

} // namespace

class TstKillSafety : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
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
        const QString base = m_dir.filePath(QStringLiteral("base.usagelens"));
        QFile::remove(base);
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
        const QString timing = m_dir.filePath(QStringLiteral("timing.usagelens"));
        QFile::remove(timing);
        QVERIFY(QFile::copy(base, timing));
        QElapsedTimer timer;
        timer.start();
        const Run full = runApp(args(timing));
        QVERIFY2(full.exitCode == 0, full.err.constData());
        const qint64 durationMs = std::max<qint64>(timer.elapsed(), 20);
        const QByteArray before = answers(base);

        for (int moment = 0; moment < 10; ++moment) {
            const QString db = m_dir.filePath(QStringLiteral("victim.usagelens"));
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(db + QLatin1String(suffix));
            QVERIFY(QFile::copy(base, db));
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
    }

    QTemporaryDir m_dir;
    QString m_first;
    QString m_big;
    int m_killed = 0;
    int m_rolledBack = 0;
};

QTEST_GUILESS_MAIN(TstKillSafety)
#include "tst_kill_safety.moc"
