// SPDX-License-Identifier: MIT
// Partial periods: a period the data or the range covers only in part is flagged, and never
// drives a change; a change from almost nothing is not shown.
#include "CliRunner.h"
#include "TempWorkspace.h"

#include <QMap>
#include <QTest>

using namespace ul;

class TestPartialPeriods : public QObject {
    Q_OBJECT
private slots:
    void dataEndingMidMonth();
    void rangeCuttingAMonth();
    void changeFromAlmostNothingIsNotShown();
    void revenueHeadlineUsesLastCompleteMonth();
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
    // Health compares whole months: September against August, not half an October (where c0's
    // 50 against September's 100 would put it at risk).
    const QStringList health = report(tmp.path(), {QStringLiteral("--view"), QStringLiteral("health"),
                                                   QStringLiteral("--granularity"), QStringLiteral("month"),
                                                   QStringLiteral("--periods"), QStringLiteral("1")});
    QCOMPARE(health.first(), QStringLiteral("customer,previous,current,change_pct,status"));
    QVERIFY2(health.contains(QStringLiteral("c0,100,100,0,stable")), qPrintable(health.join(u'|')));
    QVERIFY2(health.contains(QStringLiteral("c1,110,100,-9.090909090909092,stable")), qPrintable(health.join(u'|')));
    QVERIFY2(!health.join(QLatin1Char('|')).contains(QStringLiteral("at_risk")), qPrintable(health.join(u'|')));
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

void TestPartialPeriods::revenueHeadlineUsesLastCompleteMonth()
{
    // Four customers pay 100 on the 5th of every month; the export stops on 17 October, when only
    // one of them has paid so far. October's MRR (200) is not a 50% fall or a 50% logo churn.
    QByteArray csv = "customer,paid_on,amount\n";
    for (int month = 1; month <= 9; ++month)
        for (int c = 1; c <= 4; ++c)
            csv += "c" + QByteArray::number(c) + ",2017-" + QByteArray::number(month).rightJustified(2, '0')
                   + "-05,100\n";
    csv += "c1,2017-10-05,100\nc2,2017-10-17,100\n";
    test::TempWorkspace tmp;
    QCOMPARE(test::runCoreCommand({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                                   tmp.writeFile(QStringLiteral("inv.csv"), csv)})
                 .code,
             0);
    const auto kpis = [&](const QStringList& args) {
        const auto r = test::runCoreCommand(QStringList{QStringLiteral("report"), QStringLiteral("--db"), tmp.path(),
                                                        QStringLiteral("--dataset"), QStringLiteral("inv"),
                                                        QStringLiteral("--view"), QStringLiteral("revenue-kpis")}
                                            + args);
        QMap<QString, QString> values;
        for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            values.insert(line.section(QLatin1Char(','), 0, 0), line.section(QLatin1Char(','), 1));
        return values;
    };
    QMap<QString, QString> k = kpis({});
    QCOMPARE(k.value(QStringLiteral("month")), QStringLiteral("2017-09"));
    QCOMPARE(k.value(QStringLiteral("month_complete")), QStringLiteral("true"));
    QCOMPARE(k.value(QStringLiteral("partial_month")), QStringLiteral("2017-10"));
    QCOMPARE(k.value(QStringLiteral("covered_to")), QStringLiteral("2017-10-17"));
    QCOMPARE(k.value(QStringLiteral("mrr")), QStringLiteral("400"));
    QCOMPARE(k.value(QStringLiteral("mrr_growth_pct")), QStringLiteral("0"));
    QCOMPARE(k.value(QStringLiteral("logo_churn_pct")), QStringLiteral("0"));
    // A range that ends on 20 August cuts August: July is the headline.
    k = kpis({QStringLiteral("--to"), QStringLiteral("2017-08-20")});
    QCOMPARE(k.value(QStringLiteral("month")), QStringLiteral("2017-07"));
    QCOMPARE(k.value(QStringLiteral("partial_month")), QStringLiteral("2017-08"));
    QCOMPARE(k.value(QStringLiteral("covered_to")), QStringLiteral("2017-08-20")); // the range's end, not the data's
    // Only a partial month in range: it is shown, and flagged.
    k = kpis({QStringLiteral("--from"), QStringLiteral("2017-10-01")});
    QCOMPARE(k.value(QStringLiteral("month")), QStringLiteral("2017-10"));
    QCOMPARE(k.value(QStringLiteral("month_complete")), QStringLiteral("false"));
    QCOMPARE(k.value(QStringLiteral("partial_month")), QString());
}

QTEST_GUILESS_MAIN(TestPartialPeriods)
#include "tst_partial_periods.moc"
