// SPDX-License-Identifier: MIT
// contributors, computed by hand: who drove a period's change, largest absolute change first,
// the changes adding up exactly to the period's change.
#include "TempWorkspace.h"
#include "import/Importer.h"
#include "query/Contributors.h"
#include "report/ViewRegistry.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ul;

namespace {

ReportTable run(Workspace& ws, const ReportRequest& request, ReportError* error, bool* ok)
{
    ReportContext context(ws.db());
    ReportTable t;
    *ok = runReportView(context, QStringLiteral("contributors"), request, &t, error);
    return t;
}

} // namespace

class TstViewContributors : public QObject {
    Q_OBJECT
private slots:
    void aCohortCellListsItsMembersOnly()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        // First active months: old 2022-08, a and b 2022-09, late 2022-10.
        const QString csv = tmp.writeFile(QStringLiteral("c.csv"), "account,day,minutes\n"
                                                                   "old,2022-08-05,7\n"
                                                                   "old,2022-10-05,9\n"
                                                                   "a,2022-09-03,10\n"
                                                                   "b,2022-09-04,20\n"
                                                                   "a,2022-10-02,25\n"
                                                                   "late,2022-10-09,50\n");
        QVERIFY(importFiles(ws, {csv}, {}).ok);
        ReportRequest request;
        request.metric = QStringLiteral("minutes");
        request.granularity = Granularity::Month;
        request.period = QStringLiteral("2022-10");
        request.cohort = QStringLiteral("2022-09");
        ReportError error;
        bool ok = false;
        const ReportTable t = run(ws, request, &error, &ok);
        QVERIFY2(ok, qPrintable(error.message));
        // The September cohort went from 30 to 25: b -20 (400% of -5), a +15 (-300%).
        QCOMPARE(toCsv(t), QStringLiteral("customer,value,previous,change,change_share_pct\n"
                                          "b,0,20,-20,400\n"
                                          "a,25,10,15,-300\n"));
        request.cohort = QStringLiteral("2022-9");
        run(ws, request, &error, &ok);
        QVERIFY(!ok);
        QCOMPARE(error.kind, ReportError::Kind::Usage);
    }

    void largestChangeFirstWithItsShare()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        // September: big 100, mid 30, gone 10 (140). October: big 40, mid 35.5, fresh 4.5 (80).
        const QString csv = tmp.writeFile(QStringLiteral("u.csv"), "account;day;minutes\n"
                                                                   "big;2022-09-03;60\n"
                                                                   "big;2022-09-28;40\n"
                                                                   "mid;2022-09-10;30\n"
                                                                   "gone;2022-09-11;10\n"
                                                                   "big;2022-10-02;40\n"
                                                                   "mid;2022-10-15;35.5\n"
                                                                   "fresh;2022-10-31;4.5\n"
                                                                   "big;2022-11-01;1\n");
        const ImportResult imported = importFiles(ws, {csv}, {});
        QVERIFY2(imported.ok, qPrintable(imported.error));
        ReportRequest request;
        request.metric = QStringLiteral("minutes");
        request.granularity = Granularity::Month;
        request.period = QStringLiteral("2022-10");
        ReportError error;
        bool ok = false;
        const ReportTable t = run(ws, request, &error, &ok);
        QVERIFY2(ok, qPrintable(error.message));
        // Period change: 80 - 140 = -60. big -60 (100%), gone -10, mid +5.5, fresh +4.5.
        QCOMPARE(toCsv(t), QStringLiteral("customer,value,previous,change,change_share_pct\n"
                                          "big,40,100,-60,100\n"
                                          "gone,0,10,-10,16.666666666666664\n"
                                          "mid,35.5,30,5.5,-9.166666666666666\n"
                                          "fresh,4.5,0,4.5,-7.5\n"));

        // A bad label is a usage error that names the option.
        request.period = QStringLiteral("October");
        run(ws, request, &error, &ok);
        QVERIFY(!ok);
        QCOMPARE(error.kind, ReportError::Kind::Usage);
        QVERIFY(error.message.contains(QStringLiteral("--period")));
        // A week label must be a Monday.
        request.period = QStringLiteral("2022-10-05");
        request.granularity = Granularity::Week;
        run(ws, request, &error, &ok);
        QVERIFY(!ok);

        // Without --period: the last whole month (November is cut after its first day).
        request.period.clear();
        request.granularity = Granularity::Month;
        const ReportTable lastWhole = run(ws, request, &error, &ok);
        QVERIFY2(ok, qPrintable(error.message));
        QCOMPARE(lastWhole.rows.size(), t.rows.size());
        QCOMPARE(lastWhole.text(0, QStringLiteral("customer")), QStringLiteral("big"));
        QCOMPARE(findReportView(QStringLiteral("contributors"))->group, TabGroup::Drilldown);
    }

    void changesAddUpExactlyOnRandomData()
    {
        // Random cents for 40 customers over two quarters: the customers' changes add up to the
        // quarter's change to the cent, and shares to 100%.
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        QRandomGenerator rng(20221017);
        QByteArray csv("id,date,amount\n");
        qint64 q3 = 0, q4 = 0;
        for (int i = 0; i < 600; ++i) {
            const int customer = int(rng.bounded(40));
            const bool fourth = rng.bounded(2) == 1;
            const int day = 1 + int(rng.bounded(28));
            const int month = (fourth ? 10 : 7) + int(rng.bounded(3));
            const qint64 cents = rng.bounded(100000);
            (fourth ? q4 : q3) += cents;
            csv += "c" + QByteArray::number(customer) + ",2021-" + QByteArray::number(month).rightJustified(2, '0')
                   + "-" + QByteArray::number(day).rightJustified(2, '0') + "," + QByteArray::number(cents / 100) + "."
                   + QByteArray::number(cents % 100).rightJustified(2, '0') + "\n";
        }
        QVERIFY(importFiles(ws, {tmp.writeFile(QStringLiteral("r.csv"), csv)}, {}).ok);
        ReportRequest request;
        request.metric = QStringLiteral("amount");
        request.granularity = Granularity::Quarter;
        request.period = QStringLiteral("2021-Q4");
        ReportError error;
        bool ok = false;
        const ReportTable t = run(ws, request, &error, &ok);
        QVERIFY2(ok, qPrintable(error.message));
        QVERIFY(t.rows.size() > 30);
        qint64 changeCents = 0;
        double shares = 0;
        for (size_t r = 0; r < t.rows.size(); ++r) {
            const Decimal* change = std::get_if<Decimal>(&t.rows[r][3]);
            QVERIFY2(change, "an exact metric's change is an exact decimal");
            QCOMPARE(change->scale, 2);
            changeCents += change->units;
            shares += t.number(r, QStringLiteral("change_share_pct")).value_or(0);
            if (r > 0)
                QVERIFY(std::fabs(*t.number(r - 1, QStringLiteral("change")))
                        >= std::fabs(*t.number(r, QStringLiteral("change"))));
        }
        QCOMPARE(changeCents, q4 - q3);
        QVERIFY(std::fabs(shares - 100.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TstViewContributors)
#include "tst_view_contributors.moc"
