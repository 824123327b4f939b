// SPDX-License-Identifier: MIT
// Metrics beyond a column's sum, computed by hand: the built-in records and --compute.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "import/ComputedMetric.h"

#include <QTest>

using namespace ul;

class TestAnalysisMetrics : public QObject {
    Q_OBJECT
private slots:
    void recordsCountRowsPerPeriod();
    void recordsKeyStaysBuiltIn();
    void computedMetrics();
    void computedExpressions_data();
    void computedExpressions();
    void computedErrors();
    void customerMovementsByActivity();
    void cohortsByActivity();
};

namespace {

test::CliRun cli(const QStringList& args) { return test::runCoreCommand(args); }

QStringList lines(const QString& text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

} // namespace

void TestAnalysisMetrics::recordsCountRowsPerPeriod()
{
    // Login events: one row per login, no numeric column at all but the session length.
    test::TempWorkspace tmp;
    const QString file = tmp.writeFile(QStringLiteral("logins.csv"), "timestamp,account,user,session_seconds\n"
                                                                     "2024-01-03T08:00:00Z,acme,u1,60\n"
                                                                     "2024-01-03T09:00:00Z,acme,u1,\n"
                                                                     "2024-01-20T10:00:00Z,acme,u2,120\n"
                                                                     "2024-02-01T10:00:00Z,acme,u1,30\n"
                                                                     "2024-02-02T10:00:00Z,beta,u9,10\n");
    const auto imported = cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QVERIFY(imported.out.contains(QStringLiteral("records   : Records [records], one per row (built in)")));
    const auto months = cli({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--view"),
                             QStringLiteral("totals"), QStringLiteral("--metric"), QStringLiteral("records"),
                             QStringLiteral("--granularity"), QStringLiteral("month")});
    QVERIFY2(months.code == 0, qPrintable(months.err));
    // A row with a missing session length is still a login.
    QVERIFY2(lines(months.out).value(1).startsWith(QStringLiteral("2024-01,3,")), qPrintable(months.out));
    QVERIFY(lines(months.out).value(2).startsWith(QStringLiteral("2024-02,2,")));
    const auto top = cli({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--view"),
                          QStringLiteral("top"), QStringLiteral("--metric"), QStringLiteral("Records")});
    QCOMPARE(lines(top.out).mid(1), QStringList({QStringLiteral("1,acme,4,80"), QStringLiteral("2,beta,1,20")}));
    const auto datasets = cli({QStringLiteral("datasets"), QStringLiteral("--db"), tmp.path()});
    QVERIFY(datasets.out.contains(QStringLiteral(",records,Records,5,2024-01-03,2024-02-02")));
}

void TestAnalysisMetrics::recordsKeyStaysBuiltIn()
{
    test::TempWorkspace tmp;
    const auto r = cli(
        {QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
         tmp.writeFile(QStringLiteral("r.csv"), "customer,date,Records\na,2024-01-01,10\na,2024-01-02,20\n")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("metric    : Records [records_2]")));
    QVERIFY(r.out.contains(QStringLiteral("built-in row count")));
    const auto theColumn = cli({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--view"),
                                QStringLiteral("kpis"), QStringLiteral("--metric"), QStringLiteral("records_2")});
    QVERIFY2(theColumn.out.contains(QStringLiteral("total,30\n")), qPrintable(theColumn.out));
    const auto theRows = cli({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--view"),
                              QStringLiteral("kpis"), QStringLiteral("--metric"), QStringLiteral("records")});
    QVERIFY2(theRows.out.contains(QStringLiteral("total,2\n")), qPrintable(theRows.out));
}

void TestAnalysisMetrics::computedMetrics()
{
    test::TempWorkspace tmp;
    // Row 2 lacks a price (revenue missing, not 0); rows 1 and 3 divide by a zero discount.
    const QString file = tmp.writeFile(QStringLiteral("orders.csv"), "Invoice,Date,Customer,Qty,Unit Price,Discount\n"
                                                                     "1,2024-01-05,a,6,2.55,0\n"
                                                                     "2,2024-01-05,a,2,,1\n"
                                                                     "3,2024-01-06,b,3,1.5,0\n"
                                                                     "4,2024-01-07,b,4,2,2\n");
    const auto r = cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--compute"),
                        QStringLiteral("Revenue=Qty*\"Unit Price\""), QStringLiteral("--compute"),
                        QStringLiteral("per_discount=qty/discount"), QStringLiteral("--compute"),
                        QStringLiteral("net=(Qty * unit_price) - Discount"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("computed  : Revenue [revenue] = Qty*\"Unit Price\"")));
    QVERIFY(r.out.contains(QStringLiteral("Warning: 2 computed value(s) divide by zero and were left missing")));
    const auto top = [&](const QString& metric) {
        return lines(cli({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--view"),
                          QStringLiteral("top"), QStringLiteral("--metric"), metric})
                         .out)
            .mid(1);
    };
    // a: 6 × 2.55 = 15.3 (exactly, not 15.299999…); b: 3 × 1.5 + 4 × 2 = 12.5.
    QCOMPARE(top(QStringLiteral("revenue")),
             QStringList({QStringLiteral("1,a,15.3,55.03597122302158"), QStringLiteral("2,b,12.5,44.96402877697842")}));
    QCOMPARE(top(QStringLiteral("per_discount")),
             QStringList({QStringLiteral("1,a,2,50"), QStringLiteral("2,b,2,50")}));
    QCOMPARE(top(QStringLiteral("net")),
             QStringList({QStringLiteral("1,a,15.3,59.30232558139535"), QStringLiteral("2,b,10.5,40.69767441860465")}));
}

void TestAnalysisMetrics::computedExpressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected"); // empty: missing
    QTest::newRow("precedence") << "a + b * c"
                                << "7";
    QTest::newRow("parentheses") << "(a + b) * c"
                                 << "9";
    QTest::newRow("unary minus") << "-a - -b"
                                 << "1";
    QTest::newRow("literal") << "a * 1.5 + 0.25"
                             << "1.75";
    QTest::newRow("exact decimals") << "d * 3"
                                    << "0.3";
    QTest::newRow("division exact") << "c / b"
                                    << "1.5";
    QTest::newRow("missing operand") << "a + e"
                                     << "";
    QTest::newRow("division by zero") << "a / z"
                                      << "div0";
}

void TestAnalysisMetrics::computedExpressions()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    const QStringList headers = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("z")};
    const std::vector<std::string_view> fields = {"1", "2", "3", "0.1", "", "0"};
    ComputedMetricProgram program;
    QString error;
    QVERIFY2(program.compile({QStringLiteral("x"), QStringLiteral("x"), expression}, headers, &error),
             qPrintable(error));
    MetricValue value;
    int bad = -1;
    const auto outcome = program.evaluate(fields, false, &value, &bad);
    if (expected.isEmpty()) {
        QCOMPARE(outcome, ComputedMetricProgram::Outcome::Missing);
    } else if (expected == QLatin1String("div0")) {
        QCOMPARE(outcome, ComputedMetricProgram::Outcome::DivisionByZero);
    } else {
        QCOMPARE(outcome, ComputedMetricProgram::Outcome::Value);
        QVERIFY(value.exact);
        QCOMPARE(double(value.micros) / 1e6, expected.toDouble());
    }
}

void TestAnalysisMetrics::computedErrors()
{
    test::TempWorkspace tmp;
    const QString file = tmp.writeFile(QStringLiteral("o.csv"), "customer,date,qty,note\na,2024-01-05,2,x\n");
    const auto unknown = cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--compute"),
                              QStringLiteral("v=qty*nope"), file});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("--compute v: no column 'nope'")));
    const auto syntax = cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--compute"),
                             QStringLiteral("v=qty*(2"), file});
    QCOMPARE(syntax.code, 1);
    QVERIFY(syntax.err.contains(QStringLiteral("')' expected at character 7")));
    const auto taken = cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--compute"),
                            QStringLiteral("Qty=qty*2"), file});
    QCOMPARE(taken.code, 1);
    QVERIFY(taken.err.contains(QStringLiteral("the key 'qty' is already taken")));
    // A text operand is a located bad value.
    const auto text = cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--compute"),
                           QStringLiteral("v=qty*note"), file});
    QCOMPARE(text.code, 1);
    QVERIFY2(text.err.contains(QStringLiteral("o.csv:2:4 (column 'note'): not a number (used by --compute v)")),
             qPrintable(text.err));
    const auto usage = cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--compute"),
                            QStringLiteral("=qty"), file});
    QCOMPARE(usage.code, 2);
}

namespace {

/// a every month Jan–Mar; b in Jan, away in Feb, back in Mar; c new in Mar, a zero in Apr
/// (a zero is activity).
const QByteArray kReturning = "account,day,minutes\na,2024-01-05,1\nb,2024-01-09,2\na,2024-02-05,3\n"
                              "a,2024-03-05,1\nb,2024-03-06,1\nc,2024-03-20,5\nc,2024-04-02,0\n";

} // namespace

void TestAnalysisMetrics::customerMovementsByActivity()
{
    test::TempWorkspace tmp;
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                  tmp.writeFile(QStringLiteral("m.csv"), kReturning)})
                 .code,
             0);
    const auto view = [&](const QStringList& extra) {
        return lines(
            cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--view"),
                            QStringLiteral("customers"), QStringLiteral("--metric"), QStringLiteral("minutes")}
                + extra)
                .out);
    };
    QCOMPARE(view({QStringLiteral("--granularity"), QStringLiteral("month")}),
             QStringList({QStringLiteral("period,active,new,churned,reactivated,partial"),
                          QStringLiteral("2024-01,2,0,0,0,true"), QStringLiteral("2024-02,1,0,1,0,false"),
                          QStringLiteral("2024-03,3,1,0,1,false"),
                          QStringLiteral("2024-04,1,0,2,0,true")})); // the data runs 5 Jan to 2 Apr
    // January opens the data: a and b are the base it starts with, new only when asked for.
    QCOMPARE(
        view({QStringLiteral("--granularity"), QStringLiteral("month"), QStringLiteral("--first-period-new")}).value(1),
        QStringLiteral("2024-01,2,2,0,0,true"));
    // A range that starts in February still knows who was active in January.
    QCOMPARE(view({QStringLiteral("--granularity"), QStringLiteral("month"), QStringLiteral("--from"),
                   QStringLiteral("2024-02-01")})
                 .value(1),
             QStringLiteral("2024-02,1,0,1,0,false"));
    QCOMPARE(view({QStringLiteral("--granularity"), QStringLiteral("quarter")}).mid(1),
             QStringList({QStringLiteral("2024-Q1,3,0,0,0,true"), QStringLiteral("2024-Q2,1,0,2,0,true")}));
}

void TestAnalysisMetrics::cohortsByActivity()
{
    test::TempWorkspace tmp;
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                  tmp.writeFile(QStringLiteral("m.csv"), kReturning)})
                 .code,
             0);
    const auto r = cli({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--view"),
                        QStringLiteral("cohorts"), QStringLiteral("--metric"), QStringLiteral("minutes")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(lines(r.out),
             QStringList({QStringLiteral("cohort,months_since_start,customers,customer_retention_pct,value,"
                                         "value_retention_pct"),
                          QStringLiteral("2024-01,0,2,100,3,100"), QStringLiteral("2024-01,1,1,50,3,100"),
                          QStringLiteral("2024-01,2,2,100,2,66.66666666666666"), QStringLiteral("2024-01,3,0,0,0,0"),
                          QStringLiteral("2024-03,0,1,100,5,100"), QStringLiteral("2024-03,1,1,100,0,0")}));
}

QTEST_GUILESS_MAIN(TestAnalysisMetrics)
#include "tst_analysis_metrics.moc"
