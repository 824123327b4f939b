// SPDX-License-Identifier: MIT
// Exact distinct counts (--map distinct=COL) and ratio metrics (metric add --ratio A/B), computed by hand.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "db/Workspace.h"

#include <QTest>

using namespace ul;

class TestDistinctRatio : public QObject {
    Q_OBJECT
private slots:
    void init();
    void distinctPerMonthAndQuarter();
    void distinctForOneCustomerAndRanking();
    void distinctKpisAndRunningCount();
    void ratioPerPeriodAndRanking();
    void ratioUndefinedWhereDenominatorIsZero();
    void metricCommandRefusesWhatItCannotDo();
    void forgettingAnImportRemovesItsValues();
    void versionTwoWorkspaceMigrates();
    void cohortsUniteValuesAndDivideSums();

private:
    std::unique_ptr<test::TempWorkspace> m_tmp;
};

namespace {

test::CliRun cli(const QStringList& args) { return test::runCoreCommand(args); }

QStringList lines(const QString& text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

// Logins, semicolon-separated, with UTC offsets: cat's -02:00 login on 31 Jan is 1 Feb in UTC.
// ann logs in for two accounts, twice on one day, and in both files in March.
const char kFirstFile[] = "when;account;user;seconds\n"
                          "2024-01-02 09:00:00+00;acme;ann;600\n"
                          "2024-01-02 10:00:00+00;acme;ann;300\n"
                          "2024-01-15 10:00:00+00;acme;bob;1200\n"
                          "2024-01-31 23:30:00-02;acme;cat;60\n"
                          "2024-02-05 08:00:00+00;acme;ann;0\n"
                          "2024-03-10 08:00:00+00;acme;ann;900\n"
                          "2024-01-20 08:00:00+00;beta;ann;100\n"
                          "2024-02-20 08:00:00+00;beta;dan;0\n";
const char kSecondFile[] = "when;account;user;seconds\n"
                           "2024-03-11 08:00:00+00;acme;bob;300\n"
                           "2024-03-12 08:00:00+00;acme;ann;300\n"
                           "2024-04-01 08:00:00+00;beta;dan;50\n";

QStringList report(const QString& db, const QString& view, const QString& metric, const QStringList& extra = {})
{
    const auto r = cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--view"), view,
                                   QStringLiteral("--metric"), metric}
                       + extra);
    if (r.code != 0)
        return {QStringLiteral("error: ") + r.err};
    return lines(r.out);
}

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}

QStringList month() { return {QStringLiteral("--granularity"), QStringLiteral("month")}; }

QString kpi(const QStringList& rows, const QString& name)
{
    for (const QString& row : rows)
        if (row.startsWith(name + QLatin1Char(',')))
            return row.mid(name.size() + 1);
    return QStringLiteral("(missing)");
}

} // namespace

void TestDistinctRatio::init()
{
    m_tmp = std::make_unique<test::TempWorkspace>();
    const QString a = m_tmp->writeFile(QStringLiteral("logins.csv"), kFirstFile);
    const QString b = m_tmp->writeFile(QStringLiteral("logins-april.csv"), kSecondFile);
    const auto first = cli({QStringLiteral("import"), QStringLiteral("--db"), m_tmp->path(), QStringLiteral("--map"),
                            QStringLiteral("distinct=user"), a});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY(first.out.contains(QStringLiteral("distinct  : user [unique_user]")));
    const auto second = cli({QStringLiteral("import"), QStringLiteral("--db"), m_tmp->path(),
                             QStringLiteral("--dataset"), QStringLiteral("logins"), QStringLiteral("--map"),
                             QStringLiteral("distinct=user"), b});
    QVERIFY2(second.code == 0, qPrintable(second.err));
}

void TestDistinctRatio::distinctPerMonthAndQuarter()
{
    const QString db = m_tmp->path();
    // Jan {ann, bob}; Feb {cat, ann, dan}; Mar {ann, bob} across both imports; Apr {dan}.
    QCOMPARE(report(db, QStringLiteral("totals"), QStringLiteral("unique_user"), month()).mid(1),
             QStringList({QStringLiteral("2024-01,2,2,true"), QStringLiteral("2024-02,3,2,false"),
                          QStringLiteral("2024-03,2,1,false"), QStringLiteral("2024-04,1,1,true")}));
    // Q1 {ann, bob, cat, dan} = 4, where the months summed would give 7.
    QCOMPARE(report(db, QStringLiteral("totals"), QStringLiteral("Unique user"),
                    {QStringLiteral("--granularity"), QStringLiteral("quarter")})
                 .mid(1),
             QStringList({QStringLiteral("2024-Q1,4,2,true"), QStringLiteral("2024-Q2,1,1,true")}));
    // Days: ann's two logins of 2 Jan count once.
    QCOMPARE(report(db, QStringLiteral("totals"), QStringLiteral("unique_user"),
                    {QStringLiteral("--from"), QStringLiteral("2024-01-02"), QStringLiteral("--to"),
                     QStringLiteral("2024-01-02")})
                 .value(1),
             QStringLiteral("2024-01-02,1,1,false"));
    // Records still count every login: 4 in January (cat's is February's).
    QVERIFY(report(db, QStringLiteral("totals"), QStringLiteral("records"), month())
                .value(1)
                .startsWith(QStringLiteral("2024-01,4,")));
}

void TestDistinctRatio::distinctForOneCustomerAndRanking()
{
    const QString db = m_tmp->path();
    QCOMPARE(report(db, QStringLiteral("totals"), QStringLiteral("unique_user"), month() + args({"--customer", "acme"}))
                 .mid(1, 3),
             QStringList({QStringLiteral("2024-01,2,1,true"), QStringLiteral("2024-02,2,1,false"),
                          QStringLiteral("2024-03,2,1,false")}));
    // Over the whole range: acme {ann, bob, cat}, beta {ann, dan}.
    QCOMPARE(report(db, QStringLiteral("top"), QStringLiteral("unique_user")).mid(1),
             QStringList({QStringLiteral("1,acme,3,60"), QStringLiteral("2,beta,2,40")}));
    QCOMPARE(report(db, QStringLiteral("health"), QStringLiteral("unique_user"),
                    month() + args({"--periods", "1", "--to", "2024-03-31"}))
                 .mid(1),
             QStringList({QStringLiteral("acme,2,2,0,stable"), QStringLiteral("beta,1,0,-100,churned")}));
}

void TestDistinctRatio::distinctKpisAndRunningCount()
{
    const QString db = m_tmp->path();
    // ann, seen for both accounts, is one user: 4 over the range, not 3 + 2.
    const QStringList all = report(db, QStringLiteral("kpis"), QStringLiteral("unique_user"));
    QCOMPARE(kpi(all, QStringLiteral("total")), QStringLiteral("4"));
    QCOMPARE(kpi(all, QStringLiteral("top_customer_share_pct")), QStringLiteral("75"));
    const QStringList march = report(db, QStringLiteral("kpis"), QStringLiteral("unique_user"),
                                     args({"--from", "2024-03-01", "--to", "2024-03-31"}));
    QCOMPARE(kpi(march, QStringLiteral("total")), QStringLiteral("2"));
    QCOMPARE(kpi(march, QStringLiteral("previous_total")), QStringLiteral("3"));
    // Values seen so far, not a sum of monthly counts (2, 5, 7, 8).
    QCOMPARE(report(db, QStringLiteral("cumulative"), QStringLiteral("unique_user"), month()).mid(1),
             QStringList({QStringLiteral("2024-01,2"), QStringLiteral("2024-02,4"), QStringLiteral("2024-03,4"),
                          QStringLiteral("2024-04,4")}));
}

void TestDistinctRatio::ratioPerPeriodAndRanking()
{
    const QString db = m_tmp->path();
    const auto added = cli({QStringLiteral("metric"), QStringLiteral("add"), QStringLiteral("--db"), db,
                            QStringLiteral("--dataset"), QStringLiteral("logins"), QStringLiteral("--key"),
                            QStringLiteral("seconds_per_login"), QStringLiteral("--ratio"),
                            QStringLiteral("seconds/Records"), QStringLiteral("--name"),
                            QStringLiteral("Seconds per login")});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    const auto datasets = cli({QStringLiteral("datasets"), QStringLiteral("--db"), db});
    QVERIFY2(datasets.out.contains(QStringLiteral(
                 "logins,2,seconds_per_login,Seconds per login,,2024-01-02,2024-04-01,ratio,seconds/records")),
             qPrintable(datasets.out));
    // Jan 2,200 s / 4 logins; Feb 60 / 3; Mar 1,500 / 3; Apr 50 / 1.
    QCOMPARE(report(db, QStringLiteral("totals"), QStringLiteral("seconds_per_login"), month()).mid(1),
             QStringList({QStringLiteral("2024-01,550,2,true"), QStringLiteral("2024-02,20,2,false"),
                          QStringLiteral("2024-03,500,1,false"), QStringLiteral("2024-04,50,1,true")}));
    // acme 3,660 s / 8 logins; beta 150 / 3. Ratios have no share of a whole.
    QCOMPARE(report(db, QStringLiteral("top"), QStringLiteral("Seconds per login")).mid(1),
             QStringList({QStringLiteral("1,acme,457.5,"), QStringLiteral("2,beta,50,")}));
    const QStringList k = report(db, QStringLiteral("kpis"), QStringLiteral("seconds_per_login"));
    QCOMPARE(kpi(k, QStringLiteral("total")).left(8), QStringLiteral("346.3636")); // 3,810 / 11
    QCOMPARE(kpi(k, QStringLiteral("avg_per_active_customer")), QString());
    // Sum so far over sum so far: Feb (2,200 + 60) / 7, Mar 3,760 / 10.
    const QStringList running = report(db, QStringLiteral("cumulative"), QStringLiteral("seconds_per_login"), month());
    QCOMPARE(running.value(2).left(16), QStringLiteral("2024-02,322.8571"));
    QCOMPARE(running.value(3), QStringLiteral("2024-03,376"));
}

void TestDistinctRatio::ratioUndefinedWhereDenominatorIsZero()
{
    const QString db = m_tmp->path();
    const auto added = cli({QStringLiteral("metric"), QStringLiteral("add"), QStringLiteral("--db"), db,
                            QStringLiteral("--dataset"), QStringLiteral("logins"), QStringLiteral("--key"),
                            QStringLiteral("logins_per_second"), QStringLiteral("--ratio"),
                            QStringLiteral("records/seconds")});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    // beta's February session lasted 0 s: undefined there, shown as 0 with no active customer.
    QCOMPARE(report(db, QStringLiteral("totals"), QStringLiteral("logins_per_second"),
                    month() + args({"--customer", "beta"}))
                 .mid(1),
             QStringList({QStringLiteral("2024-01,0.01,1,true"), QStringLiteral("2024-02,0,0,false"),
                          QStringLiteral("2024-03,0,0,false"), QStringLiteral("2024-04,0.02,1,true")}));
    // The per-customer ranking of February leaves beta out instead of dividing by zero.
    QCOMPARE(report(db, QStringLiteral("top"), QStringLiteral("logins_per_second"),
                    args({"--from", "2024-02-01", "--to", "2024-02-29"}))
                 .mid(1),
             QStringList({QStringLiteral("1,acme,0.03333333333333333,")}));
}

void TestDistinctRatio::metricCommandRefusesWhatItCannotDo()
{
    const QString db = m_tmp->path();
    const auto add = [&](const QString& key, const QString& ratio) {
        return cli({QStringLiteral("metric"), QStringLiteral("add"), QStringLiteral("--db"), db,
                    QStringLiteral("--dataset"), QStringLiteral("logins"), QStringLiteral("--key"), key,
                    QStringLiteral("--ratio"), ratio});
    };
    QCOMPARE(add(QStringLiteral("users_per_login"), QStringLiteral("unique_user/records")).code, 0);
    const auto ofRatio = add(QStringLiteral("nested"), QStringLiteral("users_per_login/records"));
    QCOMPARE(ofRatio.code, 1);
    QVERIFY2(ofRatio.err.contains(QStringLiteral("users_per_login")), qPrintable(ofRatio.err));
    QVERIFY(add(QStringLiteral("x"), QStringLiteral("nosuch/records")).code != 0);
    QVERIFY(add(QStringLiteral("seconds"), QStringLiteral("records/seconds")).code != 0); // key taken
    QCOMPARE(add(QStringLiteral("y"), QStringLiteral("records")).code, 2);                // not A/B
    const auto removeImported = cli({QStringLiteral("metric"), QStringLiteral("remove"), QStringLiteral("--db"), db,
                                     QStringLiteral("--dataset"), QStringLiteral("logins"), QStringLiteral("--key"),
                                     QStringLiteral("seconds")});
    QVERIFY(removeImported.code != 0);
    QVERIFY(!removeImported.err.isEmpty());
    const auto removed = cli({QStringLiteral("metric"), QStringLiteral("remove"), QStringLiteral("--db"), db,
                              QStringLiteral("--dataset"), QStringLiteral("logins"), QStringLiteral("--key"),
                              QStringLiteral("users_per_login")});
    QVERIFY2(removed.code == 0, qPrintable(removed.err));
    const auto datasets = cli({QStringLiteral("datasets"), QStringLiteral("--db"), db});
    QVERIFY(!datasets.out.contains(QStringLiteral("users_per_login")));
    QVERIFY(datasets.out.contains(QStringLiteral(",seconds,")));
}

void TestDistinctRatio::forgettingAnImportRemovesItsValues()
{
    const QString db = m_tmp->path();
    const auto forgot = cli({QStringLiteral("forget-import"), QStringLiteral("--db"), db, QStringLiteral("2")});
    QVERIFY2(forgot.code == 0, qPrintable(forgot.err + forgot.out));
    // March keeps only ann (first file); April is gone.
    QCOMPARE(report(db, QStringLiteral("totals"), QStringLiteral("unique_user"), month()).mid(1),
             QStringList({QStringLiteral("2024-01,2,2,true"), QStringLiteral("2024-02,3,2,false"),
                          QStringLiteral("2024-03,1,1,true")}));
    const auto check = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
}

void TestDistinctRatio::versionTwoWorkspaceMigrates()
{
    UL_FILE_ONLY("format 2 exists only as a file");
    // Turn the workspace back into schema 2 (summed metrics only), then open it again.
    {
        Workspace ws;
        QVERIFY(m_tmp->open(ws));
        QString error;
        QVERIFY2(ws.db().exec(QStringLiteral("DELETE FROM metrics WHERE kind <> 'sum';"
                                             "DROP TABLE distinct_chunks; DROP TABLE distinct_values;"
                                             "ALTER TABLE metrics DROP COLUMN formula;"
                                             "ALTER TABLE metrics DROP COLUMN kind;"
                                             "DELETE FROM metrics WHERE parent_id IS NOT NULL;"
                                             "DROP INDEX metrics_by_parent;"
                                             "ALTER TABLE metrics DROP COLUMN parent_id;"
                                             "ALTER TABLE metrics DROP COLUMN slice_id;"
                                             "DROP TABLE dimensions; DROP TABLE slices; DROP TABLE slice_values;"
                                             "DROP TABLE saved_views; DROP TABLE annotations;"
                                             "PRAGMA user_version = 2;"),
                              &error),
                 qPrintable(error));
    }
    // Reading does not write: report asks for the migration instead of doing it.
    const QStringList refused = report(m_tmp->path(), QStringLiteral("totals"), QStringLiteral("seconds"), month());
    QVERIFY2(refused.value(0).contains(QStringLiteral("workspace format 2")), qPrintable(refused.value(0)));
    {
        Workspace ws;
        QVERIFY(m_tmp->open(ws));
        QString error;
        QCOMPARE(*ws.db().queryInt(QStringLiteral("PRAGMA user_version"), &error), qint64(Workspace::SchemaVersion));
        QCOMPARE(*ws.db().queryInt(QStringLiteral("SELECT count(*) FROM metrics WHERE kind = 'sum'"), &error),
                 qint64(2));
        QCOMPARE(*ws.db().queryInt(QStringLiteral("SELECT count(*) FROM distinct_chunks"), &error), qint64(0));
    }
    const QStringList after = report(m_tmp->path(), QStringLiteral("totals"), QStringLiteral("seconds"), month());
    QVERIFY2(after.value(1) == QStringLiteral("2024-01,2200,2,true"), qPrintable(after.join(QLatin1Char('\n'))));
}

void TestDistinctRatio::cohortsUniteValuesAndDivideSums()
{
    const QString db = m_tmp->path();
    // One cohort (acme and beta, both first active in January): its unique users are the union
    // of theirs, 2 in January (ann, bob), not 2 + 1; then cat, ann, dan; ann, bob; dan.
    QCOMPARE(report(db, QStringLiteral("cohorts"), QStringLiteral("unique_user")).mid(1),
             QStringList({QStringLiteral("2024-01,0,2,100,2,100"), QStringLiteral("2024-01,1,2,100,3,150"),
                          QStringLiteral("2024-01,2,1,50,2,100"), QStringLiteral("2024-01,3,1,50,1,50")}));
    // A ratio's cohort value is the cohort's sum over its sum (as the totals), not the members' ratios summed.
    const auto add = cli({QStringLiteral("metric"), QStringLiteral("add"), QStringLiteral("--db"), db,
                          QStringLiteral("--dataset"), QStringLiteral("logins"), QStringLiteral("--key"),
                          QStringLiteral("spl"), QStringLiteral("--ratio"), QStringLiteral("seconds/records")});
    QVERIFY2(add.code == 0, qPrintable(add.err));
    const QStringList cohorts = report(db, QStringLiteral("cohorts"), QStringLiteral("spl"));
    QCOMPARE(cohorts.value(1), QStringLiteral("2024-01,0,2,100,550,100"));
    QVERIFY2(cohorts.value(3).startsWith(QStringLiteral("2024-01,2,1,50,500,")),
             qPrintable(cohorts.join(QLatin1Char('|'))));
}

QTEST_GUILESS_MAIN(TestDistinctRatio)
#include "tst_distinct_ratio.moc"
