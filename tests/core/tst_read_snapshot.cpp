// SPDX-License-Identifier: MIT
// Every report is one snapshot: a writer that commits between a report's queries changes
// nothing the report prints (the report shows the state before or after the commit, never a
// mix), and readers under a writer that swaps a dataset back and forth only ever print one of
// the committed states. Runs on SQLite files and, as tst_read_snapshot@postgresql, on a server.
#include "CliRunner.h"
#include "TempWorkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace ul;

class TestReadSnapshot : public QObject {
    Q_OBJECT
private slots:
    void cleanup();
    void reportBetweenQueriesSeesOneState();
    void readersUnderAWriterSeeCommittedStates();
    void importIdsAreNeverReused();
};

namespace {

test::CliRun run(const QStringList& args) { return test::runCoreCommand(args); }

/// One dataset 'live', two versions of the same file name: A has 3 customers (one of them
/// new in the last month), B has 5 (two new) and other totals.
QByteArray version(bool b)
{
    QByteArray csv = "customer,date,minutes\n";
    const int customers = b ? 5 : 3;
    for (int c = 0; c < customers; ++c)
        for (int d = 1; d <= 28; ++d) {
            // The last customer(s) start in March: new customers of the range.
            const int month = c >= customers - (b ? 2 : 1) ? 3 : (d % 2 ? 1 : 2);
            csv += "c" + QByteArray::number(c) + ",2024-" + QByteArray::number(month).rightJustified(2, '0') + "-"
                   + QByteArray::number(d).rightJustified(2, '0') + "," + QByteArray::number((b ? 7 : 3) * (c + d))
                   + "\n";
        }
    return csv;
}

QString writeVersion(const test::TempWorkspace& tmp, bool b)
{
    const QString dir = tmp.dir() + (b ? QStringLiteral("/b") : QStringLiteral("/a"));
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/live.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(version(b));
    return path;
}

QStringList kpis(const QString& db)
{
    return {QStringLiteral("report"),    QStringLiteral("--db"),       db,
            QStringLiteral("--dataset"), QStringLiteral("live"),       QStringLiteral("--metric"),
            QStringLiteral("minutes"),   QStringLiteral("--view"),     QStringLiteral("kpis"),
            QStringLiteral("--from"),    QStringLiteral("2024-01-01"), QStringLiteral("--to"),
            QStringLiteral("2024-03-28")};
}

test::CliRun replaceWith(const QString& db, const QString& file)
{
    return run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--dataset"),
                QStringLiteral("live"), QStringLiteral("--replace"), file});
}

} // namespace

void TestReadSnapshot::cleanup() { qunsetenv("USAGELENS_TEST_PAUSE"); }

void TestReadSnapshot::reportBetweenQueriesSeesOneState()
{
    test::TempWorkspace tmp;
    const QString a = writeVersion(tmp, false), b = writeVersion(tmp, true);
    auto imported = replaceWith(tmp.path(), b);
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    const test::CliRun stateB = run(kpis(tmp.path()));
    imported = replaceWith(tmp.path(), a);
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    const test::CliRun stateA = run(kpis(tmp.path()));
    QCOMPARE(stateA.code, 0);
    QCOMPARE(stateB.code, 0);
    QVERIFY(stateA.out != stateB.out);

    // The report stops after reading the catalog; B replaces A meanwhile; then it goes on.
    const QString pause = tmp.dir() + QStringLiteral("/pause");
    qputenv("USAGELENS_TEST_PAUSE", pause.toUtf8());
    test::CliRun during;
    std::thread reader([&] { during = run(kpis(tmp.path())); });
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(pause + QStringLiteral(".reached")) && waited.elapsed() < 30000)
        QTest::qWait(5);
    QVERIFY(QFile::exists(pause + QStringLiteral(".reached")));
    const test::CliRun swapped = replaceWith(tmp.path(), b);
    QFile(pause + QStringLiteral(".go")).open(QIODevice::WriteOnly);
    reader.join();
    QVERIFY2(swapped.code == 0, qPrintable(swapped.err));
    // The state when the report began: A, in full.
    QVERIFY2(during.code == 0, qPrintable(during.err));
    QCOMPARE(during.out, stateA.out);
    QCOMPARE(run(kpis(tmp.path())).out, stateB.out);
}

void TestReadSnapshot::readersUnderAWriterSeeCommittedStates()
{
    test::TempWorkspace tmp;
    const QString a = writeVersion(tmp, false), b = writeVersion(tmp, true);
    QCOMPARE(replaceWith(tmp.path(), b).code, 0);
    const QString stateB = run(kpis(tmp.path())).out;
    QCOMPARE(replaceWith(tmp.path(), a).code, 0);
    const QString stateA = run(kpis(tmp.path())).out;

    // 4 readers and a writer swapping A and B for a bounded time.
    std::atomic<bool> stop{false};
    std::atomic<int> reads{0}, swaps{0};
    std::vector<QString> odd;
    std::mutex oddMutex;
    std::vector<std::thread> readers;
    for (int i = 0; i < 4; ++i)
        readers.emplace_back([&] {
            while (!stop) {
                const test::CliRun r = run(kpis(tmp.path()));
                ++reads;
                if (r.code != 0 || (r.out != stateA && r.out != stateB)) {
                    const std::lock_guard lock(oddMutex);
                    odd.push_back(r.code != 0 ? r.err : r.out);
                }
            }
        });
    QString writerError;
    QElapsedTimer timer;
    timer.start();
    for (bool next = true; timer.elapsed() < 10000; next = !next) {
        const test::CliRun w = replaceWith(tmp.path(), next ? b : a);
        if (w.code != 0) {
            writerError = w.err;
            break;
        }
        ++swaps;
    }
    stop = true;
    for (std::thread& t : readers)
        t.join();
    QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
    qInfo("%d reads during %d swaps", int(reads), int(swaps));
    QVERIFY(reads > 0 && swaps > 2);
    QVERIFY2(odd.empty(), qPrintable(QStringLiteral("%1 of %2 reads saw no committed state, e.g.: %3")
                                         .arg(odd.size())
                                         .arg(int(reads))
                                         .arg(odd.empty() ? QString() : odd.front())));
}

void TestReadSnapshot::importIdsAreNeverReused()
{
    test::TempWorkspace tmp;
    const QString a = writeVersion(tmp, false);
    const QString other = tmp.writeFile(QStringLiteral("other.csv"), "customer,date,minutes\nz,2024-01-01,1\n");
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), a}).code, 0);
    const auto second = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), other});
    QVERIFY2(second.out.contains(QStringLiteral("as import #2")), qPrintable(second.out));
    QCOMPARE(run({QStringLiteral("forget-import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("2")}).code, 0);
    // A cron job that later forgets #2 must not remove this one: it is #3.
    const auto third = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), other});
    QVERIFY2(third.out.contains(QStringLiteral("as import #3")), qPrintable(third.out));
    // A failed import uses no number either (the same on both backends).
    const QString bad = tmp.writeFile(QStringLiteral("bad.csv"),
                                      "customer,date,minutes\nq,2024-01-01,1\nr,2024-01-02,2\ns,2024-01-03,x\n");
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), bad}).code, 1);
    const QString fourth = tmp.writeFile(QStringLiteral("fourth.csv"), "customer,date,minutes\ny,2024-01-02,1\n");
    const auto next = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), fourth});
    QVERIFY2(next.out.contains(QStringLiteral("as import #4")), qPrintable(next.out));
}

QTEST_GUILESS_MAIN(TestReadSnapshot)
#include "tst_read_snapshot.moc"
