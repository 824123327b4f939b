// SPDX-License-Identifier: MIT
// Hostile input and damaged files: values stay in range, sums stay finite, a damaged workspace
// is refused and never written, read commands create nothing, special files are refused at once.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "db/Connection.h"
#include "db/SqliteConnection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>

using namespace ul;

class TestReliability : public QObject {
    Q_OBJECT
private slots:
    void farDatesAreBadValues();
    void dateRangeWidensTheAcceptedDays();
    void nonFiniteValuesAndSumsAreRefused();
    void readCommandsCreateAndChangeNothing();
    void failedImportLeavesNoNewFile();
    void specialFilesAreRefusedAtOnce();
    void damagedWorkspacesAreRefusedAndNeverWritten();
    void checkFindsRollupsThatDifferFromTheFacts();
    void busyWorkspaceNamesTheFile();
};

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

test::CliRun run(const QStringList& args) { return test::runCoreCommand(args); }

/// Two metrics, 40 customers, a year of days: enough pages to damage one at a time.
QByteArray usageRows()
{
    QByteArray csv = "customer,date,minutes,sessions\n";
    for (int d = 0; d < 365; d += 2)
        for (int c = 0; c < 40; ++c)
            csv += "c" + QByteArray::number(c) + "," + QDate(2023, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1()
                   + "," + QByteArray::number((c * 37 + d * 11) % 1000) + "," + QByteArray::number(c % 7) + "\n";
    return csv;
}

} // namespace

void TestReliability::farDatesAreBadValues()
{
    test::TempWorkspace tmp;
    const QString file = tmp.writeFile(QStringLiteral("far.csv"),
                                       "customer,date,amount\na,2024-01-05,1\nb,9999-12-31,2\n");
    const auto r = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("far.csv:3:2 (column 'date'): a date outside 1900-01-01 .. 2100-12-31")),
             qPrintable(r.err));
}

void TestReliability::dateRangeWidensTheAcceptedDays()
{
    test::TempWorkspace tmp;
    const QString file = tmp.writeFile(QStringLiteral("plan.csv"),
                                       "customer,date,amount\na,2024-01-05,1\nb,2150-06-01,2\n");
    const auto refused = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
    QCOMPARE(refused.code, 1);
    const auto bad = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--date-range"),
                          QStringLiteral("2200-01-01..1900-01-01"), file});
    QCOMPARE(bad.code, 2);
    const auto widened = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                              QStringLiteral("--date-range"), QStringLiteral("..2200-12-31"), file});
    QVERIFY2(widened.code == 0, qPrintable(widened.err));
    QVERIFY(widened.out.contains(QStringLiteral("dates accepted: 1900-01-01 .. 2200-12-31 (given)")));
    // Every period computation is total: 127 years of months, quarters and years end.
    const QStringList granularities = {QStringLiteral("month"), QStringLiteral("quarter"), QStringLiteral("year")};
    const int expected[] = {(2150 - 2024) * 12 + 6, (2150 - 2024) * 4 + 2, 2150 - 2024 + 1};
    for (int i = 0; i < 3; ++i) {
        const auto totals = run({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--view"),
                                 QStringLiteral("totals"), QStringLiteral("--metric"), QStringLiteral("amount"),
                                 QStringLiteral("--granularity"), granularities[i]});
        QVERIFY2(totals.code == 0, qPrintable(totals.err));
        QCOMPARE(int(totals.out.count(QLatin1Char('\n'))) - 1, expected[i]);
    }
}

void TestReliability::nonFiniteValuesAndSumsAreRefused()
{
    test::TempWorkspace tmp;
    const auto seed = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                           tmp.writeFile(QStringLiteral("seed.csv"), "customer,date,amount\ns,2024-01-01,1\n")});
    QCOMPARE(seed.code, 0);
    const QByteArray before = fileHash(tmp.path());
    const auto texts = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                            tmp.writeFile(QStringLiteral("inf.csv"), "customer,date,amount\na,2024-01-05,inf\n"
                                                                     "b,2024-01-05,NaN\nc,2024-01-05,1e400\n"
                                                                     "d,2024-01-05,1\n")});
    QCOMPARE(texts.code, 1);
    QVERIFY(texts.err.contains(QStringLiteral("inf.csv:2:3 (column 'amount'): not a number: 'inf'")));
    QVERIFY(texts.err.contains(QStringLiteral("inf.csv:3:3 (column 'amount'): not a number: 'NaN'")));
    QVERIFY(texts.err.contains(QStringLiteral("inf.csv:4:3 (column 'amount'): not a number: '1e400'")));
    // Two finite values whose sum is not: refused, never stored as inf.
    const auto sum = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                          tmp.writeFile(QStringLiteral("big.csv"), "customer,date,amount\na,2024-01-05,1.5e308\n"
                                                                   "a,2024-01-05,1.5e308\n")});
    QCOMPARE(sum.code, 1);
    QVERIFY2(sum.err.contains(QStringLiteral("big.csv")) && sum.err.contains(QStringLiteral("2024-01-05"))
                 && sum.err.contains(QStringLiteral("add up to more than")),
             qPrintable(sum.err));
    QCOMPARE(fileHash(tmp.path()), before);
    const auto top = run({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--view"),
                          QStringLiteral("top"), QStringLiteral("--metric"), QStringLiteral("amount")});
    QVERIFY(!top.out.contains(QStringLiteral("inf")));
}

void TestReliability::readCommandsCreateAndChangeNothing()
{
    test::TempWorkspace tmp;
    const QString empty = tmp.writeFile(QStringLiteral("empty.usagelens"), {});
    const QString missing = tmp.dir() + QStringLiteral("/missing.usagelens");
    const QList<QStringList> reads = {
        {QStringLiteral("datasets")},
        {QStringLiteral("imports")},
        {QStringLiteral("report"), QStringLiteral("--view"), QStringLiteral("totals"), QStringLiteral("--metric"),
         QStringLiteral("x")},
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
         tmp.dir() + QStringLiteral("/out")},
        {QStringLiteral("forget-import"), QStringLiteral("1")},
    };
    for (const QStringList& command : reads) {
        const auto onEmpty = run(QStringList{command.first(), QStringLiteral("--db"), empty} + command.mid(1));
        QCOMPARE(onEmpty.code, 1);
        QVERIFY2(onEmpty.err.contains(QStringLiteral("empty.usagelens: an empty file")), qPrintable(onEmpty.err));
        QCOMPARE(QFileInfo(empty).size(), 0);
        const auto onMissing = run(QStringList{command.first(), QStringLiteral("--db"), missing} + command.mid(1));
        QCOMPARE(onMissing.code, 1);
        QVERIFY(onMissing.err.contains(QStringLiteral("missing.usagelens: no such workspace")));
        QVERIFY(!QFileInfo::exists(missing));
    }
    // On a real workspace, reading changes no byte of it.
    QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                 tmp.writeFile(QStringLiteral("u.csv"), usageRows())})
                .code
            == 0);
    const QByteArray before = fileHash(tmp.path());
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--view"),
                  QStringLiteral("top"), QStringLiteral("--metric"), QStringLiteral("minutes")})
                 .code,
             0);
    QCOMPARE(run({QStringLiteral("datasets"), QStringLiteral("--db"), tmp.path()}).code, 0);
    QCOMPARE(fileHash(tmp.path()), before);
    QVERIFY(!QFileInfo::exists(tmp.path() + QStringLiteral("-wal")));
}

void TestReliability::failedImportLeavesNoNewFile()
{
    test::TempWorkspace tmp;
    const auto noInput = run(
        {QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), tmp.dir() + QStringLiteral("/none.csv")});
    QCOMPARE(noInput.code, 1);
    QVERIFY(noInput.err.contains(QStringLiteral("none.csv: no such file")));
    QVERIFY(!QFileInfo::exists(tmp.path()));
    const auto badRows = run(
        {QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
         tmp.writeFile(QStringLiteral("bad.csv"), "customer,date,amount\na,2024-01-05,x\nb,2024-01-05,1\n")});
    QCOMPARE(badRows.code, 1);
    QVERIFY(!QFileInfo::exists(tmp.path()));
    QVERIFY(!QFileInfo::exists(tmp.path() + QStringLiteral("-wal")));
}

void TestReliability::specialFilesAreRefusedAtOnce()
{
    test::TempWorkspace tmp;
    const QString fifo = tmp.dir() + QStringLiteral("/pipe.csv");
    QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    // No writer ever opens the FIFO: reading it would block forever.
    const auto onFifo = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), fifo});
    QCOMPARE(onFifo.code, 1);
    QVERIFY2(onFifo.err.contains(QStringLiteral("pipe.csv: not a regular file")), qPrintable(onFifo.err));
    const auto onDir = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), tmp.dir()});
    QCOMPARE(onDir.code, 1);
    QVERIFY(onDir.err.contains(QStringLiteral("not a regular file")));
    QVERIFY(!QFileInfo::exists(tmp.path()));
    const auto dirAsWorkspace = run({QStringLiteral("datasets"), QStringLiteral("--db"), tmp.dir()});
    QCOMPARE(dirAsWorkspace.code, 1);
}

void TestReliability::damagedWorkspacesAreRefusedAndNeverWritten()
{
    UL_FILE_ONLY("damaged pages of a file");
    test::TempWorkspace tmp;
    QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                 tmp.writeFile(QStringLiteral("u.csv"), usageRows())})
                .code
            == 0);
    QFile good(tmp.path());
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    good.close();
    constexpr qsizetype kPage = 65536;
    const qsizetype pages = bytes.size() / kPage;
    QVERIFY2(pages >= 4, "the fixture should span several pages");
    const QString more = tmp.writeFile(QStringLiteral("more.csv"), "customer,date,minutes\nz,2024-02-01,5\n");
    int refusedOnRead = 0;
    for (qsizetype page = 1; page < pages; ++page) { // page 0 holds the header: "not a database" is tested elsewhere
        const QString damaged = tmp.dir() + QStringLiteral("/damaged_%1.usagelens").arg(page);
        QByteArray copy = bytes;
        copy.replace(page * kPage, kPage, QByteArray(kPage, '\0'));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(copy) == copy.size());
        out.close();
        const QByteArray before = fileHash(damaged);

        const auto check = run({QStringLiteral("check"), QStringLiteral("--db"), damaged});
        QVERIFY2(check.code == 1, qPrintable(QStringLiteral("page %1: %2").arg(page).arg(check.out)));
        QVERIFY(check.err.contains(QStringLiteral("is damaged")));
        for (const QStringList& write :
             {QStringList{QStringLiteral("import"), QStringLiteral("--db"), damaged, more},
              QStringList{QStringLiteral("forget-import"), QStringLiteral("--db"), damaged, QStringLiteral("1")}}) {
            const auto r = run(write);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("workspace %1 is damaged").arg(damaged)), qPrintable(r.err));
            QVERIFY(r.err.contains(QStringLiteral("usagelens check --db")));
        }
        const auto report = run({QStringLiteral("report"), QStringLiteral("--db"), damaged, QStringLiteral("--view"),
                                 QStringLiteral("top"), QStringLiteral("--metric"), QStringLiteral("minutes")});
        if (report.code != 0) {
            ++refusedOnRead;
            QVERIFY2(report.err.contains(QStringLiteral("is damaged"))
                         || report.err.contains(QStringLiteral("damaged")),
                     qPrintable(report.err));
        }
        QCOMPARE(fileHash(damaged), before); // nothing above wrote into it

        const QString recovered = tmp.dir() + QStringLiteral("/recovered_%1.usagelens").arg(page);
        const auto recover = run(
            {QStringLiteral("recover"), QStringLiteral("--db"), damaged, QStringLiteral("--out"), recovered});
        QVERIFY2(recover.code == 0, qPrintable(recover.err));
        QCOMPARE(fileHash(damaged), before);
        const auto recheck = run({QStringLiteral("check"), QStringLiteral("--db"), recovered});
        QVERIFY2(recheck.code == 0, qPrintable(QStringLiteral("page %1: %2").arg(page).arg(recheck.out + recover.out)));
    }
    qInfo("%d of %lld damaged copies refused by report itself; all refused by check, import and forget-import",
          refusedOnRead, static_cast<long long>(pages - 1));
}

void TestReliability::checkFindsRollupsThatDifferFromTheFacts()
{
    test::TempWorkspace tmp;
    QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                 tmp.writeFile(QStringLiteral("u.csv"), usageRows())})
                .code
            == 0);
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--db"), tmp.path()}).code, 0);
    {
        Workspace ws;
        QVERIFY(tmp.open(ws));
        QString error;
        QVERIFY2(ws.db().exec(QStringLiteral("UPDATE period_totals SET value = value + 1 WHERE granularity = 2 AND "
                                             "start = (SELECT min(start) FROM period_totals WHERE granularity = 2)"),
                              &error),
                 qPrintable(error));
    }
    const auto check = run({QStringLiteral("check"), QStringLiteral("--db"), tmp.path()});
    QCOMPARE(check.code, 1);
    QVERIFY2(check.out.contains(QStringLiteral("the rollups differ from what its facts give")), qPrintable(check.out));
    QVERIFY(check.out.contains(test::onServer() ? QStringLiteral("storage: kept sound by the server")
                                                : QStringLiteral("integrity_check: ok")));
}

void TestReliability::busyWorkspaceNamesTheFile()
{
    UL_FILE_ONLY("SQLite's file lock (the server's writer lock: tst_server_workspace)");
    test::TempWorkspace tmp;
    QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                 tmp.writeFile(QStringLiteral("u.csv"), "customer,date,minutes\na,2024-01-01,1\n")})
                .code
            == 0);
    SqliteConnection holder;
    QString error;
    QVERIFY(holder.open(tmp.path(), SqliteConnection::Mode::ReadWrite, &error));
    QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE"), &error)); // another writer holds the lock
    for (const QStringList& write :
         {QStringList{QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                      tmp.writeFile(QStringLiteral("v.csv"), "customer,date,minutes\nb,2024-01-02,1\n")},
          QStringList{QStringLiteral("forget-import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("1")}}) {
        const auto r = run(write);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(
                     QStringLiteral("workspace %1 is busy: another import is running (waited 5 s)").arg(tmp.path())),
                 qPrintable(r.err));
    }
    holder.exec(QStringLiteral("ROLLBACK"), &error);
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
