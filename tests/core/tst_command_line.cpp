// SPDX-License-Identifier: MIT
// The subcommands run in-process: exit codes, stdout data, one-line stderr errors.
#include "CliRunner.h"
#include "TempWorkspace.h"

#include <QTest>

using namespace ul;

namespace {
using test::CliRun;

CliRun runCli(const QStringList& args) { return test::runCoreCommand(args); }
} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT
private slots:
    void importPrintsMappingAndReports();
    void usageErrorsExitTwo();
    void runtimeErrorsExitOne();
    void demoWorkspace();
    void sharedLivepeerData();
};

void TestCommandLine::importPrintsMappingAndReports()
{
    test::TempWorkspace tmp;
    const CliRun imp = runCli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                               test::testDataFile(QStringLiteral("usage_small.csv"))});
    QCOMPARE(imp.code, 0);
    QVERIFY2(imp.out.contains(QStringLiteral("customer  : customer")), qPrintable(imp.out));
    QVERIFY(imp.out.contains(QStringLiteral("Rows: 7 read, 7 imported, 0 rejected")));
    const CliRun rep = runCli({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--metric"),
                               QStringLiteral("Minutes (Total)"), QStringLiteral("--view"), QStringLiteral("totals"),
                               QStringLiteral("--granularity"), QStringLiteral("month")});
    QCOMPARE(rep.code, 0);
    QCOMPARE(rep.out, QStringLiteral("period,value,active_customers,partial\n2022-01,36,2,true\n2022-02,7,2,true\n"));
    QVERIFY(rep.err.isEmpty());
    const CliRun json = runCli({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(),
                                QStringLiteral("--metric"), QStringLiteral("minutes_total"), QStringLiteral("--view"),
                                QStringLiteral("top"), QStringLiteral("--top"), QStringLiteral("1"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.code, 0);
    QVERIFY2(json.out.contains(QStringLiteral("\"customer\": \"b\"")), qPrintable(json.out));
    const CliRun list = runCli({QStringLiteral("imports"), QStringLiteral("--db"), tmp.path()});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.contains(QStringLiteral("usage_small.csv")));
    const CliRun ds = runCli({QStringLiteral("datasets"), QStringLiteral("--db"), tmp.path()});
    QVERIFY(ds.out.contains(QStringLiteral("usage_small,3,minutes_total,Minutes (Total),6,2022-01-03,2022-02-15")));
    QCOMPARE(runCli({QStringLiteral("forget-import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("1")}).code,
             0);
}

void TestCommandLine::usageErrorsExitTwo()
{
    test::TempWorkspace tmp;
    const CliRun noView = runCli({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(),
                                  QStringLiteral("--metric"), QStringLiteral("x")});
    QCOMPARE(noView.code, 2);
    QCOMPARE(noView.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--view"),
                     QStringLiteral("nope")})
                 .code,
             2);
    QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--view"),
                     QStringLiteral("totals"), QStringLiteral("--metric"), QStringLiteral("m"),
                     QStringLiteral("--from"), QStringLiteral("2022-13-01")})
                 .code,
             2);
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path()}).code, 2);
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--bogus")}).code, 2);
    QCOMPARE(runCli({QStringLiteral("frobnicate")}).code, 2);
}

void TestCommandLine::runtimeErrorsExitOne()
{
    test::TempWorkspace tmp;
    const CliRun missing = runCli({QStringLiteral("report"), QStringLiteral("--db"),
                                   tmp.dir() + QStringLiteral("/none.usagelens"), QStringLiteral("--view"),
                                   QStringLiteral("totals"), QStringLiteral("--metric"), QStringLiteral("m")});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.startsWith(QStringLiteral("usagelens: ")));
    QByteArray content("customer_id,usage_date,n\n");
    for (int i = 1; i <= 10; ++i)
        content += "c,2022-01-0" + QByteArray::number(i % 9 + 1) + ",1\n";
    content += "a,2022-01-01,x\n";
    const QString bad = tmp.writeFile(QStringLiteral("bad.csv"), content);
    const CliRun imp = runCli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), bad});
    QCOMPARE(imp.code, 1);
    QVERIFY2(imp.err.contains(QStringLiteral("bad.csv:12:3 (column 'n'): not a number: 'x'")), qPrintable(imp.err));
}

void TestCommandLine::demoWorkspace()
{
    test::TempWorkspace tmp;
    const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), tmp.path()});
    QCOMPARE(demo.code, 0);
    const CliRun ds = runCli({QStringLiteral("datasets"), QStringLiteral("--db"), tmp.path()});
    QVERIFY(ds.out.contains(QStringLiteral("demo_usage")));
    QVERIFY(ds.out.contains(QStringLiteral("demo_invoices")));
    QVERIFY(ds.out.contains(QStringLiteral("demo_accounts")));
    QVERIFY(ds.out.contains(QStringLiteral("transcoded_minutes,Transcoded Minutes")));
    // Deterministic: a second demo gives the same numbers.
    test::TempWorkspace tmp2;
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), tmp2.path()}).code, 0);
    const QStringList kpis{QStringLiteral("report"), QStringLiteral("--metric"), QStringLiteral("transcoded_minutes"),
                           QStringLiteral("--view"), QStringLiteral("kpis")};
    QCOMPARE(runCli(QStringList{kpis} << QStringLiteral("--db") << tmp.path()).out,
             runCli(QStringList{kpis} << QStringLiteral("--db") << tmp2.path()).out);
    // An existing demo is not overwritten.
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), tmp.path()}).code, 1);
}

void TestCommandLine::sharedLivepeerData()
{
    const QString dir = test::sharedDataDir();
    if (dir.isEmpty())
        QSKIP("../shared/data is not present");
    test::TempWorkspace tmp;
    const CliRun imp = runCli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--map"),
                               QStringLiteral("customer=cust_id"), QStringLiteral("--map"),
                               QStringLiteral("date=usage_date"), QStringLiteral("--map"),
                               QStringLiteral("created=user_created_date"),
                               dir + QStringLiteral("/livepeer_daily_usage.csv")});
    QCOMPARE(imp.code, 0);
    QVERIFY2(imp.out.contains(QStringLiteral("Rows: 10901 read, 10901 imported")), qPrintable(imp.out));
    const CliRun top = runCli({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--metric"),
                               QStringLiteral("transcoded_duration"), QStringLiteral("--view"), QStringLiteral("top"),
                               QStringLiteral("--from"), QStringLiteral("2022-01-01"), QStringLiteral("--to"),
                               QStringLiteral("2022-10-21")});
    QCOMPARE(top.code, 0);
    // Independently computed with a Python script over the raw CSV: 5e4f leads with 108,583,302.99.
    QVERIFY2(top.out.split(QLatin1Char('\n')).value(1).startsWith(QStringLiteral("1,5e4f,108583302.98")),
             qPrintable(top.out));
    const CliRun invoices = runCli(
        {QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), dir + QStringLiteral("/saas_invoices.ndjson")});
    QCOMPARE(invoices.code, 0);
    QVERIFY2(invoices.out.contains(QStringLiteral("timestampPaid (epoch-s)")), qPrintable(invoices.out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
