// SPDX-License-Identifier: MIT
// The analyst's toolkit against sums done by hand: the pivot (unique counts united per row and
// column, an "Other" row), the distribution of customers' totals (numpy's linear quantiles on
// odd and even counts, --min-total / --max-total), clustering on a chosen feature, registrations
// and cohorts by sign-up.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "core/Quantiles.h"

#include <QTest>

#include <cmath>

using namespace ul;

namespace {

// Logins with UTC offsets: cat's login late on 10 Feb at -02:00 is 11 Feb in UTC. ann uses two
// accounts; acme's ann logs in twice on 3 Jan. Accounts were created before their first login.
const char kLogins[] = "ts,account,user,seconds,signed_up,device\n"
                       "2024-01-03 10:00:00+00,acme,ann,10,2023-12-15,web\n"
                       "2024-01-03 11:00:00+00,acme,ann,5,2023-12-15,app\n"
                       "2024-01-20 09:00:00+00,acme,bob,20,2023-12-15,web\n"
                       "2024-02-02 09:00:00+00,acme,ann,30,2023-12-15,web\n"
                       "2024-02-10 23:30:00-02:00,acme,cat,1,2023-12-15,app\n"
                       "2024-01-05 09:00:00+00,beta,ann,7,2024-01-04,app\n"
                       "2024-02-28 09:00:00+00,beta,dan,2,2024-01-04,web\n"
                       "2024-02-15 09:00:00+00,gamma,eve,0,2024-02-14,app\n"
                       "2024-03-01 09:00:00+00,delta,fay,3,2024-01-30,web\n";

// Per-customer totals of minutes: z 0, a 1, b 2, c 3, d 4, e 100 (spread over days and months).
const char kMinutes[] = "customer;date;minutes\n"
                        "z;2024-01-01;0\n"
                        "a;2024-01-02;1\n"
                        "b;2024-01-02;0.5\n"
                        "b;2024-02-03;1.5\n"
                        "c;2024-01-09;3\n"
                        "d;2024-02-01;2\n"
                        "d;2024-02-02;2\n"
                        "e;2024-01-15;60\n"
                        "e;2024-02-20;40\n";

test::CliRun cli(const QStringList& args) { return test::runCoreCommand(args); }

QStringList lines(const QString& text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

QStringList report(const QString& db, const QStringList& args)
{
    const auto r = cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db} + args);
    return r.code == 0 ? lines(r.out) : QStringList{QStringLiteral("error: ") + r.err};
}

/// The "stat,value" rows of the distribution view as numbers (empty cells: NaN).
QHash<QString, double> stats(const QStringList& rows)
{
    QHash<QString, double> out;
    for (const QString& row : rows.mid(1)) {
        const QStringList cells = row.split(QLatin1Char(','));
        bool ok = false;
        const double v = cells.value(1).toDouble(&ok);
        out.insert(cells.value(0), ok ? v : std::nan(""));
    }
    return out;
}

bool near(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

} // namespace

class TstAnalystViews : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TempWorkspace>();
        const QString logins = m_tmp->writeFile(QStringLiteral("logins.csv"), kLogins);
        const auto a = cli({QStringLiteral("import"), QStringLiteral("--db"), m_tmp->path(),
                            QStringLiteral("--dataset"), QStringLiteral("logins"), QStringLiteral("--map"),
                            QStringLiteral("date=ts"), QStringLiteral("--map"), QStringLiteral("distinct=user"),
                            QStringLiteral("--map"), QStringLiteral("created=signed_up"), logins});
        QVERIFY2(a.code == 0, qPrintable(a.err));
        const QString minutes = m_tmp->writeFile(QStringLiteral("minutes.csv"), kMinutes);
        const auto b = cli({QStringLiteral("import"), QStringLiteral("--db"), m_tmp->path(),
                            QStringLiteral("--dataset"), QStringLiteral("usage"), minutes});
        QVERIFY2(b.code == 0, qPrintable(b.err));
    }

    void pivotUnitesUniqueCounts()
    {
        // acme Jan {ann, bob}, Feb {ann, cat}: 3 over both; beta {ann} {dan}; gamma Feb {eve};
        // delta Mar {fay}. The total row is distinct over everyone: Feb {ann, cat, dan, eve} = 4,
        // and 6 users in all where the row totals add up to 7.
        const QStringList month{QStringLiteral("--view"),        QStringLiteral("pivot"),
                                QStringLiteral("--metric"),      QStringLiteral("unique_user"),
                                QStringLiteral("--granularity"), QStringLiteral("month")};
        QCOMPARE(report(m_tmp->path(), month + QStringList{QStringLiteral("--top"), QStringLiteral("0")}),
                 QStringList({QStringLiteral("customer,2024-01,2024-02,2024-03,total"), QStringLiteral("acme,2,2,,3"),
                              QStringLiteral("beta,1,1,,2"), QStringLiteral("delta,,,1,1"),
                              QStringLiteral("gamma,,1,,1"), QStringLiteral("Total,2,4,1,6")}));
        // --top 1: the others united, not added: Jan {ann}, Feb {dan, eve}, Mar {fay}; 4 in all.
        QCOMPARE(report(m_tmp->path(), month + QStringList{QStringLiteral("--top"), QStringLiteral("1")}),
                 QStringList({QStringLiteral("customer,2024-01,2024-02,2024-03,total"), QStringLiteral("acme,2,2,,3"),
                              QStringLiteral("Other,1,2,1,4"), QStringLiteral("Total,2,4,1,6")}));
        // Sums add up: seconds per account and quarter.
        QCOMPARE(report(m_tmp->path(),
                        {QStringLiteral("--view"), QStringLiteral("pivot"), QStringLiteral("--metric"),
                         QStringLiteral("seconds"), QStringLiteral("--granularity"), QStringLiteral("quarter")}),
                 QStringList({QStringLiteral("customer,2024-Q1,total"), QStringLiteral("acme,66,66"),
                              QStringLiteral("beta,9,9"), QStringLiteral("delta,3,3"), QStringLiteral("gamma,0,0"),
                              QStringLiteral("Total,78,78")}));
        // Exact sums, --top 1: the others are the total less acme, per month (Jan beta 7; Feb
        // beta 2 and gamma 0; Mar delta 3).
        QCOMPARE(
            report(m_tmp->path(), {QStringLiteral("--view"), QStringLiteral("pivot"), QStringLiteral("--metric"),
                                   QStringLiteral("seconds"), QStringLiteral("--granularity"), QStringLiteral("month"),
                                   QStringLiteral("--top"), QStringLiteral("1")}),
            QStringList({QStringLiteral("customer,2024-01,2024-02,2024-03,total"), QStringLiteral("acme,35,31,,66"),
                         QStringLiteral("Other,7,2,3,12"), QStringLiteral("Total,42,33,3,78")}));
    }

    void pivotRowsByAColumn()
    {
        // Users per device: web Jan {ann, bob}, Feb {ann, dan}, Mar {fay}; app Jan {ann} (two
        // accounts, one user), Feb {cat, eve}. Each row and the total row distinct on their own.
        QCOMPARE(report(m_tmp->path(), {QStringLiteral("--view"), QStringLiteral("pivot"), QStringLiteral("--metric"),
                                        QStringLiteral("unique_user"), QStringLiteral("--granularity"),
                                        QStringLiteral("month"), QStringLiteral("--rows"), QStringLiteral("device")}),
                 QStringList({QStringLiteral("device,2024-01,2024-02,2024-03,total"), QStringLiteral("web,2,2,1,4"),
                              QStringLiteral("app,1,2,,3"), QStringLiteral("Total,2,4,1,6")}));
        // --top 1 unites the rest; an unknown column is a usage error naming the choices.
        QCOMPARE(report(m_tmp->path(), {QStringLiteral("--view"), QStringLiteral("pivot"), QStringLiteral("--metric"),
                                        QStringLiteral("seconds"), QStringLiteral("--granularity"),
                                        QStringLiteral("year"), QStringLiteral("--rows"), QStringLiteral("device"),
                                        QStringLiteral("--top"), QStringLiteral("1")}),
                 QStringList({QStringLiteral("device,2024,total"), QStringLiteral("web,65,65"),
                              QStringLiteral("Other,13,13"), QStringLiteral("Total,78,78")}));
        const auto bad = cli({QStringLiteral("report"), QStringLiteral("--db"), m_tmp->path(), QStringLiteral("--view"),
                              QStringLiteral("pivot"), QStringLiteral("--metric"), QStringLiteral("seconds"),
                              QStringLiteral("--rows"), QStringLiteral("colour")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QLatin1String("device")));
    }

    void quantilesOfOddAndEvenCounts()
    {
        // Direct: numpy.percentile([1, 2, 3, 4], q) gives 1.75, 2.5, 3.25 for 25, 50, 75.
        const SampleStats even = sampleStats({4, 1, 3, 2});
        QVERIFY(near(even.p25, 1.75) && near(even.p50, 2.5) && near(even.p75, 3.25));
        QVERIFY(near(even.std, std::sqrt(5.0 / 3.0))); // n - 1
        const SampleStats odd = sampleStats({100, 4, 1, 3, 2});
        QVERIFY(near(odd.p50, 3) && near(odd.p25, 2) && near(odd.p75, 4) && near(odd.p90, 61.6));
        QCOMPARE(odd.outliersHigh, qint64(1)); // beyond 4 + 1.5 * 2
        QCOMPARE(odd.outliersLow, qint64(0));

        // Through the view: customers' totals 0, 1, 2, 3, 4, 100.
        const QStringList view{QStringLiteral("--view"), QStringLiteral("distribution"), QStringLiteral("--metric"),
                               QStringLiteral("minutes")};
        QHash<QString, double> s = stats(report(m_tmp->path(), view));
        QCOMPARE(s.value(QStringLiteral("count")), 6.0);
        QCOMPARE(s.value(QStringLiteral("sum")), 110.0);
        QCOMPARE(s.value(QStringLiteral("min")), 0.0);
        QVERIFY(near(s.value(QStringLiteral("p50")), 2.5));
        // --min-total 0.5: the zero leaves, an odd count of five remains.
        s = stats(report(m_tmp->path(), view + QStringList{QStringLiteral("--min-total"), QStringLiteral("0.5")}));
        QCOMPARE(s.value(QStringLiteral("count")), 5.0);
        QVERIFY(near(s.value(QStringLiteral("p50")), 3) && near(s.value(QStringLiteral("iqr")), 2));
        QVERIFY(near(s.value(QStringLiteral("mean")), 22));
        QCOMPARE(s.value(QStringLiteral("outliers_high")), 1.0);
        // And --max-total 50 too: the even count 1, 2, 3, 4.
        s = stats(report(m_tmp->path(), view
                                            + QStringList{QStringLiteral("--min-total"), QStringLiteral("0.5"),
                                                          QStringLiteral("--max-total"), QStringLiteral("50")}));
        QCOMPARE(s.value(QStringLiteral("count")), 4.0);
        QVERIFY(near(s.value(QStringLiteral("p25")), 1.75)
                && near(s.value(QStringLiteral("std")), std::sqrt(5.0 / 3.0)));
        // A bound below the other is a usage error.
        const auto bad = cli({QStringLiteral("report"), QStringLiteral("--db"), m_tmp->path(), QStringLiteral("--view"),
                              QStringLiteral("distribution"), QStringLiteral("--metric"), QStringLiteral("minutes"),
                              QStringLiteral("--min-total"), QStringLiteral("5"), QStringLiteral("--max-total"),
                              QStringLiteral("1")});
        QCOMPARE(bad.code, 2);
    }

    void clustersOnTheTotalAlone()
    {
        // Positive totals 1, 2, 3, 4, 100 in two clusters on the raw total: {100} and the rest.
        const QStringList rows = report(
            m_tmp->path(), {QStringLiteral("--view"), QStringLiteral("cluster-summary"), QStringLiteral("--metric"),
                            QStringLiteral("minutes"), QStringLiteral("--features"), QStringLiteral("total"),
                            QStringLiteral("--scale"), QStringLiteral("none"), QStringLiteral("--k"),
                            QStringLiteral("2"), QStringLiteral("--min-total"), QStringLiteral("0.01")});
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows[0].startsWith(QLatin1String("cluster,customers,"))
                     && rows[0].endsWith(QLatin1String(",centre_total")),
                 qPrintable(rows[0]));
        QVERIFY2(rows[1].startsWith(QLatin1String("0,1,20,100,")) && rows[1].endsWith(QLatin1String(",100")),
                 qPrintable(rows[1]));
        QVERIFY2(rows[2].startsWith(QLatin1String("1,4,80,10,")) && rows[2].endsWith(QLatin1String(",2.5")),
                 qPrintable(rows[2]));
        // An unknown feature is a usage error naming what can be chosen.
        const auto bad = cli({QStringLiteral("report"), QStringLiteral("--db"), m_tmp->path(), QStringLiteral("--view"),
                              QStringLiteral("cluster-summary"), QStringLiteral("--metric"), QStringLiteral("minutes"),
                              QStringLiteral("--features"), QStringLiteral("total,size")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QLatin1String("avg_per_period")));
    }

    void registrationsAndCohortsBySignUp()
    {
        // Created: acme Dec, beta and delta Jan, gamma Feb; every account counts, active or not.
        QCOMPARE(report(m_tmp->path(),
                        {QStringLiteral("--view"), QStringLiteral("registrations"), QStringLiteral("--dataset"),
                         QStringLiteral("logins"), QStringLiteral("--granularity"), QStringLiteral("month")})
                     .mid(1),
                 QStringList({QStringLiteral("2023-12,1,true"), QStringLiteral("2024-01,2,false"),
                              QStringLiteral("2024-02,1,true")}));
        // From January on, acme (created in December) is no registration, though active then.
        QCOMPARE(
            report(m_tmp->path(), {QStringLiteral("--view"), QStringLiteral("registrations"),
                                   QStringLiteral("--dataset"), QStringLiteral("logins"),
                                   QStringLiteral("--granularity"), QStringLiteral("year"), QStringLiteral("--from"),
                                   QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-12-31")})
                .mid(1),
            QStringList({QStringLiteral("2024,3,false")}));
        // Cohorts by sign-up month: January's are beta and delta; delta is first active in March.
        const QStringList cohorts = report(m_tmp->path(), {QStringLiteral("--view"), QStringLiteral("cohorts"),
                                                           QStringLiteral("--metric"), QStringLiteral("seconds"),
                                                           QStringLiteral("--cohort-by"), QStringLiteral("created")});
        QVERIFY2(cohorts.value(0).endsWith(QLatin1String(",cohort_size")), qPrintable(cohorts.join(QLatin1Char('\n'))));
        QVERIFY2(cohorts.contains(QStringLiteral("2024-01,0,1,50,7,100,2")),
                 qPrintable(cohorts.join(QLatin1Char('\n'))));
        QVERIFY2(cohorts.contains(QStringLiteral("2024-01,2,1,50,3,42.857142857142854,2")),
                 qPrintable(cohorts.join(QLatin1Char('\n'))));
        // By first activity (the default), acme is January's and delta March's.
        const QStringList first = report(m_tmp->path(), {QStringLiteral("--view"), QStringLiteral("cohorts"),
                                                         QStringLiteral("--metric"), QStringLiteral("seconds")});
        QVERIFY2(first.contains(QStringLiteral("2024-01,0,2,100,42,100")), qPrintable(first.join(QLatin1Char('\n'))));
    }

private:
    std::unique_ptr<test::TempWorkspace> m_tmp;
};

QTEST_GUILESS_MAIN(TstAnalystViews)
#include "tst_analyst_views.moc"
