// SPDX-License-Identifier: MIT
// Subscription MRR (revenue/SubscriptionMrr.h) on small hand-computed cases: normalisation to
// whole months, the month ends a period covers, superseding invoices, trials and credits.
#include "revenue/MonthIndex.h"
#include "revenue/MrrMovements.h"
#include "revenue/SubscriptionMrr.h"

#include <QTest>

using namespace ul;

namespace {

Day day(const char* iso) { return *parseIsoDate(QString::fromLatin1(iso)); }

int month(const char* yyyyMm) { return *parseMonth(QString::fromLatin1(yyyyMm)); }

qint64 g_sequence = 0;

SubscriptionInvoice inv(qint64 customer, qint64 subscription, const char* start, const char* end, double amount,
                        const char* issued = nullptr, int second = 0)
{
    SubscriptionInvoice i;
    i.customer = customer;
    i.subscription = subscription;
    i.serviceStart = day(start);
    i.serviceEnd = day(end);
    i.amount = toMicros(amount);
    i.issued = day(issued ? issued : start);
    i.issuedSecond = second;
    i.sequence = ++g_sequence;
    return i;
}

/// "2021-03:100 2021-04:100 ..." for every month of the series.
QString monthly(const MrrSeries& s)
{
    QStringList out;
    for (int m = s.firstMonth; !s.isEmpty() && m <= s.lastMonth(); ++m)
        out << QStringLiteral("%1:%2").arg(monthLabel(m)).arg(fromMicros(s.at(m)));
    return out.join(QLatin1Char(' '));
}

} // namespace

class TstSubscriptionMrr : public QObject {
    Q_OBJECT

private slots:
    void serviceMonthsRoundTheLength_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("months");
        for (int d : {28, 29, 30, 31})
            QTest::addRow("%d days", d) << d << 1;
        for (int d : {89, 90, 91, 92})
            QTest::addRow("%d days", d) << d << 3;
        for (int d : {181, 182, 183, 184})
            QTest::addRow("%d days", d) << d << 6;
        QTest::newRow("365 days") << 365 << 12;
        QTest::newRow("366 days") << 366 << 12;
        QTest::newRow("59 days") << 59 << 2;
        QTest::newRow("45 days") << 45 << 1;
        QTest::newRow("46 days") << 46 << 2;
        QTest::newRow("14 days: at least one month") << 14 << 1;
        QTest::newRow("0 days: at least one month") << 0 << 1;
    }

    void serviceMonthsRoundTheLength()
    {
        QFETCH(int, days);
        QFETCH(int, months);
        QCOMPARE(serviceMonths(1000, 1000 + days), months);
    }

    void monthlyAmountIsRoundedToTheMicro()
    {
        QCOMPARE(monthlyAmount(toMicros(1000), 12), Micros(83'333'333));
        QCOMPARE(monthlyAmount(toMicros(0.000002), 4), Micros(1)); // 0.5 micro rounds up
        QCOMPARE(monthlyAmount(toMicros(-1000), 12), Micros(-83'333'333));
        QCOMPARE(monthlyAmount(toMicros(300), 3), toMicros(100));
    }

    void annualPlanIsOneTwelfthInEachOfTwelveMonthEnds()
    {
        // 15 March to 15 March: the month ends 1 April .. 1 March, i.e. March to February.
        const MrrSeries s = computeSubscriptionMrr({inv(1, 1, "2021-03-15", "2022-03-15", 1200)}, month("2022-04"));
        QCOMPARE(monthly(s), QStringLiteral("2021-03:100 2021-04:100 2021-05:100 2021-06:100 2021-07:100 2021-08:100 "
                                            "2021-09:100 2021-10:100 2021-11:100 2021-12:100 2022-01:100 2022-02:100 "
                                            "2022-03:0 2022-04:0"));
        // Churn falls in the first month end no longer covered.
        const auto moves = computeMovements(s, FirstMonthRule::CountAsNew);
        QCOMPARE(moves[12].month, month("2022-03"));
        QCOMPARE(moves[12].churned, toMicros(100));
    }

    void aPeriodEndingOnTheFirstCoversThatMonthEnd()
    {
        // MRR is measured just before 1 April 00:00: a period to 1 April still runs then; the next one
        // starting on 1 April does not yet.
        const MrrSeries s = computeSubscriptionMrr(
            {inv(1, 1, "2021-03-01", "2021-04-01", 50), inv(1, 1, "2021-04-01", "2021-05-01", 60)});
        QCOMPARE(monthly(s), QStringLiteral("2021-03:50 2021-04:60"));
    }

    void quarterlyPlanCoversThreeMonthEnds()
    {
        const MrrSeries s = computeSubscriptionMrr({inv(1, 1, "2021-02-01", "2021-05-01", 300)}, month("2021-05"));
        QCOMPARE(monthly(s), QStringLiteral("2021-02:100 2021-03:100 2021-04:100 2021-05:0"));
    }

    void aLaterInvoiceSupersedesFromItsStart()
    {
        // An annual plan, then on 10 July a new invoice of the subscription for a month: from its
        // start it is the subscription's MRR; the annual plan no longer counts after it.
        const MrrSeries s = computeSubscriptionMrr(
            {inv(1, 1, "2021-01-01", "2022-01-01", 1200), inv(1, 1, "2021-07-10", "2021-08-10", 50)}, month("2021-09"));
        QCOMPARE(monthly(s), QStringLiteral("2021-01:100 2021-02:100 2021-03:100 2021-04:100 2021-05:100 2021-06:100 "
                                            "2021-07:50 2021-08:0 2021-09:0"));
    }

    void anUpgradeWithACreditLine()
    {
        // 50 a month; on 20 April the plan becomes 80 with the cycle restarted, less 25 for the
        // unused time: one invoice of 55 for 20 April to 20 May. April is 55, May (renewal) 80.
        const MrrSeries s = computeSubscriptionMrr(
            {inv(1, 1, "2022-03-05", "2022-04-05", 50), inv(1, 1, "2022-04-05", "2022-05-05", 50),
             inv(1, 1, "2022-04-20", "2022-05-20", 55), inv(1, 1, "2022-05-20", "2022-06-20", 80)});
        QCOMPARE(monthly(s), QStringLiteral("2022-03:50 2022-04:55 2022-05:80"));
    }

    void aCreditInvoiceSupersedesToo()
    {
        // October's 60 is credited in full on 10 October: nothing is left of October's MRR.
        const MrrSeries s = computeSubscriptionMrr({inv(1, 1, "2022-09-01", "2022-10-01", 60),
                                                    inv(1, 1, "2022-10-01", "2022-11-01", 60),
                                                    inv(1, 1, "2022-10-01", "2022-11-01", -60, "2022-10-10")},
                                                   month("2022-11"));
        QCOMPARE(monthly(s), QStringLiteral("2022-09:60 2022-10:0 2022-11:0"));
    }

    void aTrialIsNoMrr()
    {
        const MrrSeries s = computeSubscriptionMrr(
            {inv(1, 1, "2022-06-01", "2022-06-15", 0), inv(1, 1, "2022-06-15", "2022-07-15", 25)});
        QCOMPARE(monthly(s), QStringLiteral("2022-06:25"));
        const auto moves = computeMovements(s, FirstMonthRule::CountAsNew);
        QCOMPARE(moves[0].newMrr, toMicros(25));
    }

    void aCustomersSubscriptionsAddUp()
    {
        const MrrSeries s = computeSubscriptionMrr({inv(7, 1, "2022-01-10", "2022-02-10", 30),
                                                    inv(7, 2, "2022-01-20", "2023-01-20", 120),
                                                    inv(8, 3, "2022-01-05", "2022-02-05", 5)});
        QCOMPARE(s.customer(7)->at(month("2022-01")), toMicros(40));
        QCOMPARE(s.customer(8)->at(month("2022-01")), toMicros(5));
        QCOMPARE(s.at(month("2022-01")), toMicros(45));
        QCOMPARE(s.customer(7)->at(month("2022-02")), toMicros(10)); // the monthly one ended
    }

    void invoicesOfOneDayAreOrderedByTheirTime()
    {
        // Two invoices issued on the same day: the one issued later supersedes, whatever the rows' order.
        const MrrSeries s = computeSubscriptionMrr({inv(1, 1, "2022-03-01", "2022-04-01", 70, "2022-03-01", 600),
                                                    inv(1, 1, "2022-03-01", "2022-04-01", 90, "2022-03-01", 60)});
        QCOMPARE(monthly(s), QStringLiteral("2022-03:70"));
    }

    void monthsAfterTheDataAreNotReported()
    {
        // The annual plan reaches into 2023; the export ends in June 2022.
        const MrrSeries s = computeSubscriptionMrr(
            {inv(1, 1, "2022-01-10", "2023-01-10", 1200), inv(2, 2, "2022-07-05", "2022-08-05", 10)}, month("2022-06"));
        QCOMPARE(s.lastMonth(), month("2022-06"));
        QCOMPARE(s.customers.size(), size_t(1)); // the invoice starting after the data is not in it
    }
};

QTEST_GUILESS_MAIN(TstSubscriptionMrr)
#include "tst_subscription_mrr.moc"
