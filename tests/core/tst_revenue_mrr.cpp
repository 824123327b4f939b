// SPDX-License-Identifier: MIT
// MRR series and movements on hand-computed invoice fixtures (revenue issue 4).
#include "revenue/CustomerCounts.h"
#include "revenue/MonthIndex.h"
#include "revenue/MrrMovements.h"

#include <QRandomGenerator>
#include <QTest>

#include <numeric>

using namespace ul;

namespace {

Day day(const char* iso) { return *parseIsoDate(QString::fromLatin1(iso)); }

Invoice inv(qint64 customer, const char* iso, double amount) { return {customer, day(iso), amount}; }

/// Every movement type, a month without any invoice, a customer paying twice a month, zero
/// amounts and invoices on the first and last day of a month. Expected values in the tests.
std::vector<Invoice> fixtureA()
{
    return {
        inv(101, "2017-01-05", 10),
        inv(102, "2017-01-20", 20),
        inv(101, "2017-02-03", 10),
        inv(101, "2017-02-25", 5),
        inv(102, "2017-02-20", 20),
        inv(103, "2017-02-10", 30),
        inv(104, "2017-02-14", 0),
        inv(102, "2017-03-20", 8),
        inv(103, "2017-03-10", 30),
        inv(104, "2017-03-31", 7),
        inv(102, "2017-04-01", 8),
        inv(103, "2017-04-30", 45),
        // 2017-05: no invoices at all
        inv(101, "2017-06-05", 12),
        inv(102, "2017-06-20", 8),
        inv(103, "2017-06-10", 40),
        inv(101, "2017-07-05", 12),
        inv(102, "2017-07-20", 0),
        inv(103, "2017-07-10", 50),
        inv(105, "2017-07-31", 5),
    };
}

constexpr int kJan2017 = 2017 * 12;

void checkIdentity(const MrrSeries& series, const std::vector<MrrMovement>& movements)
{
    QCOMPARE(int(movements.size()), int(series.total.size()));
    for (size_t i = 0; i < movements.size(); ++i) {
        const MrrMovement& mv = movements[i];
        QCOMPARE(mv.month, series.firstMonth + int(i));
        QCOMPARE(mv.starting, i ? movements[i - 1].ending : Micros(0));
        QCOMPARE(mv.ending, series.total[i]);
        QCOMPARE(mv.starting + mv.opening + mv.newMrr + mv.expansion + mv.reactivation - mv.contraction - mv.churned,
                 mv.ending);
        QVERIFY(mv.opening >= 0 && (i == 0 || mv.opening == 0) && mv.newMrr >= 0 && mv.expansion >= 0
                && mv.reactivation >= 0 && mv.contraction >= 0 && mv.churned >= 0);
    }
    // The total is the sum of the customers, month by month.
    std::vector<Micros> sum(series.total.size(), 0);
    for (const CustomerMrr& c : series.customers) {
        for (int m = c.firstMonth; m <= c.lastMonth(); ++m) {
            QVERIFY(c.at(m) >= 0);
            sum[size_t(m - series.firstMonth)] += c.at(m);
        }
    }
    QCOMPARE(sum, series.total);
}

} // namespace

class TestRevenueMrr : public QObject {
    Q_OBJECT
private slots:
    void monthArithmetic()
    {
        QCOMPARE(monthIndex(2017, 3), 2017 * 12 + 2);
        QCOMPARE(monthLabel(monthIndex(2017, 3)), QStringLiteral("2017-03"));
        QCOMPARE(monthLabel(monthIndex(2016, 12) + 1), QStringLiteral("2017-01"));
        QCOMPARE(monthOfDay(day("2017-03-31")), monthIndex(2017, 3));
        QCOMPARE(monthOfDay(day("2017-04-01")), monthIndex(2017, 4));
        QCOMPARE(monthOfDay(day("2016-12-31")) + 1, monthOfDay(day("2017-01-01")));
        QCOMPARE(firstDayOfMonth(monthIndex(2017, 4)), day("2017-04-01"));
        QCOMPARE(parseMonth(QStringLiteral("2017-03")), std::optional<int>(monthIndex(2017, 3)));
        QCOMPARE(parseMonth(QStringLiteral("2017-03-15")), std::optional<int>(monthIndex(2017, 3)));
        QCOMPARE(parseMonth(QStringLiteral("2017-13")), std::nullopt);
        QCOMPARE(parseMonth(QStringLiteral("March")), std::nullopt);
    }

    void moneyIsExactMicros()
    {
        QCOMPARE(toMicros(21.42), Micros(21'420'000));
        QCOMPARE(toMicros(-4.5), Micros(-4'500'000));
        QCOMPARE(toMicros(qQNaN()), Micros(0));
        QCOMPARE(fromMicros(666'667), 0.666667);
    }

    void classify()
    {
        QCOMPARE(classifyMovement(0, 5, false), MovementKind::New);
        QCOMPARE(classifyMovement(0, 5, true), MovementKind::Reactivation);
        QCOMPARE(classifyMovement(5, 7, true), MovementKind::Expansion);
        QCOMPARE(classifyMovement(7, 5, true), MovementKind::Contraction);
        QCOMPARE(classifyMovement(7, 0, true), MovementKind::Churn);
        QCOMPARE(classifyMovement(7, 7, true), MovementKind::None);
        QCOMPARE(classifyMovement(0, 0, true), MovementKind::None);
    }

    void emptyInput()
    {
        const MrrSeries s = computeMrr({});
        QVERIFY(s.isEmpty());
        QVERIFY(computeMovements(s, FirstMonthRule::CountAsNew).empty());
    }

    void mrrPerMonth()
    {
        const MrrSeries s = computeMrr(fixtureA());
        QCOMPARE(s.firstMonth, kJan2017);
        QCOMPARE(s.lastMonth(), kJan2017 + 6);
        // Feb: 101 paid 10 + 5; 104's 0 invoice adds nothing. May: no invoices, 0.
        const std::vector<Micros> expected{toMicros(30), toMicros(65), toMicros(45), toMicros(53), 0,
                                           toMicros(60), toMicros(67)};
        QCOMPARE(s.total, expected);
        QCOMPARE(s.customers.size(), size_t(5));
        QCOMPARE(s.customer(101)->at(kJan2017 + 1), toMicros(15));
        QCOMPARE(s.customer(104)->at(kJan2017 + 1), Micros(0));
        QCOMPARE(s.customer(104)->firstRevenueMonth(), std::optional<int>(kJan2017 + 2));
        QCOMPARE(s.customer(999), nullptr);
    }

    void movementsPerMonth()
    {
        const MrrSeries s = computeMrr(fixtureA());
        const auto mv = computeMovements(s, FirstMonthRule::CountAsNew);
        // starting, new, expansion, reactivation, contraction, churned, ending (by hand)
        const double expected[7][7] = {
            {0, 30, 0, 0, 0, 0, 30},   // Jan: 101 and 102 start
            {30, 30, 5, 0, 0, 0, 65},  // Feb: 103 new, 101 pays twice (+5), 104 pays 0: nothing
            {65, 7, 0, 0, 12, 15, 45}, // Mar: 104 new, 102 20 -> 8, 101 churns
            {45, 0, 15, 0, 0, 7, 53},  // Apr: 103 30 -> 45, 104 churns
            {53, 0, 0, 0, 0, 53, 0},   // May: no invoices, everyone churns
            {0, 0, 0, 60, 0, 0, 60},   // Jun: 101, 102, 103 come back
            {60, 5, 10, 0, 0, 8, 67},  // Jul: 105 new, 103 40 -> 50, 102 pays 0: churns
        };
        QCOMPARE(mv.size(), size_t(7));
        for (size_t i = 0; i < 7; ++i) {
            const Micros got[7] = {mv[i].starting,    mv[i].newMrr,  mv[i].expansion, mv[i].reactivation,
                                   mv[i].contraction, mv[i].churned, mv[i].ending};
            for (int k = 0; k < 7; ++k) {
                if (got[k] != toMicros(expected[i][k]))
                    QFAIL(qPrintable(QStringLiteral("month %1 column %2: got %3, expected %4")
                                         .arg(monthLabel(mv[i].month))
                                         .arg(k)
                                         .arg(got[k])
                                         .arg(expected[i][k])));
            }
        }
        checkIdentity(s, mv);
    }

    void firstMonthIsTheOpeningBase()
    {
        // By default the customers paying in the data's first month (101 and 102 in January) are the
        // base the data starts with: no New, no new customers; later months are as counted above.
        const MrrSeries s = computeMrr(fixtureA());
        const auto opening = computeMovements(s, FirstMonthRule::OpeningBase);
        const auto counted = computeMovements(s, FirstMonthRule::CountAsNew);
        QCOMPARE(opening[0].opening, toMicros(30));
        QCOMPARE(opening[0].newMrr, Micros(0));
        QCOMPARE(opening[0].starting, Micros(0));
        QCOMPARE(opening[0].ending, toMicros(30));
        QCOMPARE(counted[0].opening, Micros(0));
        for (size_t i = 1; i < opening.size(); ++i) {
            QCOMPARE(opening[i].newMrr, counted[i].newMrr);
            QCOMPARE(opening[i].reactivation, counted[i].reactivation);
            QCOMPARE(opening[i].churned, counted[i].churned);
        }
        const auto customers = computeCustomerMonths(s, opening, FirstMonthRule::OpeningBase);
        QCOMPARE(customers[0].active, 2);
        QCOMPARE(customers[0].newCustomers, 0);
        QCOMPARE(customers[1].newCustomers, 1); // 103 in February
        QCOMPARE(computeCustomerMonths(s, counted, FirstMonthRule::CountAsNew)[0].newCustomers, 2);
        checkIdentity(s, opening);
    }

    void spreadEvenly()
    {
        // 120 paid for a year: 10 in each month from the paid month on.
        const MrrSeries s = computeMrr({inv(1, "2017-03-15", 120)}, 12);
        QCOMPARE(s.firstMonth, monthIndex(2017, 3));
        QCOMPARE(s.lastMonth(), monthIndex(2018, 2));
        QCOMPARE(s.total, std::vector<Micros>(12, toMicros(10)));
        const auto mv = computeMovements(s, FirstMonthRule::CountAsNew);
        QCOMPARE(mv[0].newMrr, toMicros(10));
        for (size_t i = 1; i < mv.size(); ++i)
            QCOMPARE(mv[i].newMrr + mv[i].expansion + mv[i].contraction + mv[i].churned + mv[i].reactivation,
                     Micros(0));
    }

    void spreadRemainderGoesFirst()
    {
        // 8.000000 / 12 = 0.666666 remainder 8 micros: the first 8 months get one micro more.
        const MrrSeries s = computeMrr({inv(1, "2017-03-01", 8)}, 12);
        std::vector<Micros> expected(12, 666'666);
        for (int i = 0; i < 8; ++i)
            expected[size_t(i)] = 666'667;
        QCOMPARE(s.total, expected);
        QCOMPARE(std::accumulate(s.total.begin(), s.total.end(), Micros(0)), toMicros(8));
    }

    void spreadOverlapping()
    {
        // Quarterly billing: 1 pays 30 in Jan and Feb (10 a month each), 2 pays 9 in Jan.
        const MrrSeries s = computeMrr({inv(1, "2017-01-10", 30), inv(1, "2017-02-10", 30), inv(2, "2017-01-31", 9)},
                                       3);
        const std::vector<Micros> expected{toMicros(13), toMicros(23), toMicros(23), toMicros(10)};
        QCOMPARE(s.firstMonth, kJan2017);
        QCOMPARE(s.total, expected);
        const auto mv = computeMovements(s, FirstMonthRule::CountAsNew);
        QCOMPARE(mv[0].newMrr, toMicros(13));
        QCOMPARE(mv[1].expansion, toMicros(10));
        QCOMPARE(mv[2].expansion + mv[2].contraction, Micros(0));
        QCOMPARE(mv[3].contraction, toMicros(10));
        QCOMPARE(mv[3].churned, toMicros(3));
        checkIdentity(s, mv);
    }

    void billingPeriodBelowOneIsOne()
    {
        QCOMPARE(computeMrr({inv(1, "2017-01-10", 30)}, 0).total, std::vector<Micros>{toMicros(30)});
    }

    void zeroOnlyCustomerIsNeverActive()
    {
        // 9 pays only 0: it widens the month range but never has MRR or a movement.
        const MrrSeries s = computeMrr({inv(9, "2016-12-15", 0), inv(1, "2017-01-05", 10), inv(9, "2017-01-06", 0)});
        QCOMPARE(s.firstMonth, monthIndex(2016, 12));
        QCOMPARE(s.total, (std::vector<Micros>{0, toMicros(10)}));
        QCOMPARE(s.customer(9)->firstRevenueMonth(), std::nullopt);
        const auto mv = computeMovements(s, FirstMonthRule::CountAsNew);
        QCOMPARE(mv[0].newMrr, Micros(0));
        QCOMPARE(mv[1].newMrr, toMicros(10));
        checkIdentity(s, mv);
    }

    void refundsLowerMrrButNotBelowZero()
    {
        const MrrSeries s = computeMrr({inv(1, "2017-01-05", 10), inv(1, "2017-01-25", -4), inv(1, "2017-02-05", -5)});
        QCOMPARE(s.total, (std::vector<Micros>{toMicros(6), 0}));
        const auto mv = computeMovements(s, FirstMonthRule::CountAsNew);
        QCOMPARE(mv[1].churned, toMicros(6));
        checkIdentity(s, mv);
    }

    void identityOnRandomInvoices_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<quint32>("seed");
        for (int period : {1, 2, 3, 12}) {
            for (quint32 seed : {7u, 20240601u})
                QTest::addRow("period %d seed %u", period, seed) << period << seed;
        }
    }

    void identityOnRandomInvoices()
    {
        QFETCH(int, period);
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const Day start = day("2016-01-01");
        std::vector<Invoice> invoices;
        Micros paid = 0;
        for (int i = 0; i < 1500; ++i) {
            const int roll = int(rng.bounded(100));
            // 10 % zero invoices, the rest 0.01 .. 500.00 with odd cents so spreading leaves remainders.
            const double amount = roll < 10 ? 0.0 : double(rng.bounded(1, 50001)) / 100.0;
            invoices.push_back({qint64(rng.bounded(80)), start + Day(rng.bounded(3 * 365)), amount});
            paid += toMicros(amount);
        }
        const MrrSeries s = computeMrr(invoices, period);
        checkIdentity(s, computeMovements(s, FirstMonthRule::CountAsNew));
        checkIdentity(s, computeMovements(s, FirstMonthRule::OpeningBase));
        // Spreading moves money between months but never creates or loses any.
        QCOMPARE(std::accumulate(s.total.begin(), s.total.end(), Micros(0)), paid);
    }
};

QTEST_GUILESS_MAIN(TestRevenueMrr)
#include "tst_revenue_mrr.moc"
