// SPDX-License-Identifier: MIT
// Partial periods: a period the data or the range covers only in part is flagged, and never
// drives a change; a change from almost nothing is not shown.
#include "CliRunner.h"
#include "TempWorkspace.h"

#include <QTest>

using namespace ul;

class TestPartialPeriods : public QObject {
    Q_OBJECT
private slots:
    void dataEndingMidMonth();
    void rangeCuttingAMonth();
    void changeFromAlmostNothingIsNotShown();
};

namespace {

QStringList report(const QString& db, const QStringList& args)
{
    const auto r = test::runCoreCommand(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db,
                                                    QStringLiteral("--metric"), QStringLiteral("minutes")}
                                        + args);
    return r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/// One row a day from 1 Jan to 17 Oct 2017: the data stops mid-October.
QByteArray daily()
{
    QByteArray csv = "customer,date,minutes\n";
    for (QDate d(2017, 1, 1); d <= QDate(2017, 10, 17); d = d.addDays(1))
        csv += "c" + QByteArray::number(d.day() % 3) + "," + d.toString(Qt::ISODate).toLatin1() + ",10\n";
    return csv;
}

} // namespace

void TestPartialPeriods::dataEndingMidMonth()
{
    test::TempWorkspace tmp;
    QCOMPARE(test::runCoreCommand({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                                   tmp.writeFile(QStringLiteral("d.csv"), daily())})
                 .code,
             0);
    const QStringList months = report(tmp.path(), {QStringLiteral("--view"), QStringLiteral("change"),
                                                   QStringLiteral("--granularity"), QStringLiteral("month")});
    QCOMPARE(months.first(), QStringLiteral("period,value,change_pct,partial"));
    QCOMPARE(months.value(9), QStringLiteral("2017-09,300,-3.225806451612903,false")); // 30 days vs 31
    // October has 17 days of data: flagged, and its -43% against September is not a change.
    QCOMPARE(months.value(10), QStringLiteral("2017-10,170,,true"));
    const QStringList quarters = report(tmp.path(), {QStringLiteral("--view"), QStringLiteral("totals"),
                                                     QStringLiteral("--granularity"), QStringLiteral("quarter")});
    QCOMPARE(quarters.mid(1),
             QStringList({QStringLiteral("2017-Q1,900,3,false"), QStringLiteral("2017-Q2,910,3,false"),
                          QStringLiteral("2017-Q3,920,3,false"), QStringLiteral("2017-Q4,170,3,true")}));
    // A day is complete when it has data at all.
    const QStringList days = report(tmp.path(), {QStringLiteral("--view"), QStringLiteral("totals"),
                                                 QStringLiteral("--from"), QStringLiteral("2017-10-16")});
    QCOMPARE(days.mid(1),
             QStringList({QStringLiteral("2017-10-16,10,1,false"), QStringLiteral("2017-10-17,10,1,false")}));
}

void TestPartialPeriods::rangeCuttingAMonth()
{
    test::TempWorkspace tmp;
    QCOMPARE(test::runCoreCommand({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                                   tmp.writeFile(QStringLiteral("d.csv"), daily())})
                 .code,
             0);
    const QStringList months = report(tmp.path(), {QStringLiteral("--view"), QStringLiteral("totals"),
                                                   QStringLiteral("--granularity"), QStringLiteral("month"),
                                                   QStringLiteral("--from"), QStringLiteral("2017-03-10"),
                                                   QStringLiteral("--to"), QStringLiteral("2017-05-31")});
    QCOMPARE(months.mid(1), QStringList({QStringLiteral("2017-03,220,3,true"), QStringLiteral("2017-04,300,3,false"),
                                         QStringLiteral("2017-05,310,3,false")}));
    const QStringList change = report(tmp.path(), {QStringLiteral("--view"), QStringLiteral("change"),
                                                   QStringLiteral("--granularity"), QStringLiteral("month"),
                                                   QStringLiteral("--from"), QStringLiteral("2017-03-10"),
                                                   QStringLiteral("--to"), QStringLiteral("2017-05-31")});
    QCOMPARE(change.value(2), QStringLiteral("2017-04,300,,false")); // March was cut by the range
    QCOMPARE(change.value(3), QStringLiteral("2017-05,310,3.3333333333333335,false"));
}

void TestPartialPeriods::changeFromAlmostNothingIsNotShown()
{
    // Complete months 1, 1000, 1000, 1100: from 1 to 1000 is not a +99,900% change.
    test::TempWorkspace tmp;
    QByteArray csv = "customer,date,minutes\n";
    const int values[] = {1, 1000, 1000, 1100};
    for (int m = 0; m < 4; ++m) {
        csv += "a," + QDate(2024, m + 1, 1).toString(Qt::ISODate).toLatin1() + "," + QByteArray::number(values[m])
               + "\n";
        csv += "a," + QDate(2024, m + 1, 1).addMonths(1).addDays(-1).toString(Qt::ISODate).toLatin1() + ",0\n";
    }
    QCOMPARE(test::runCoreCommand({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                                   tmp.writeFile(QStringLiteral("m.csv"), csv)})
                 .code,
             0);
    const QStringList change = report(tmp.path(), {QStringLiteral("--view"), QStringLiteral("change"),
                                                   QStringLiteral("--granularity"), QStringLiteral("month")});
    QCOMPARE(change.mid(1),
             QStringList({QStringLiteral("2024-01,1,,false"), QStringLiteral("2024-02,1000,,false"),
                          QStringLiteral("2024-03,1000,0,false"), QStringLiteral("2024-04,1100,10,false")}));
}

QTEST_GUILESS_MAIN(TestPartialPeriods)
#include "tst_partial_periods.moc"
