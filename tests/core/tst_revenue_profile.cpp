// SPDX-License-Identifier: MIT
// Core-customer profile (top decile by revenue vs the rest) on a hand-computed fixture.
#include "revenue/RevenueReports.h"

#include <QTest>

using namespace ul;

namespace {

Day day(const char* iso) { return *parseIsoDate(QString::fromLatin1(iso)); }

/// 20 paying customers, so the top decile is 2 of them:
///  20: 100 in Jan, Feb and Mar plus 50 more in Mar: total 350, tenure 3, 4 payments
///  19: 100 in Jan and Mar: total 200, tenure 3, 2 payments
///  1..18: i in Jan: total i, tenure 1, 1 payment
///  21: only a 0 invoice, not a paying customer; 99 has attributes but no invoice.
/// nrSeats: 20 -> 10, 19 -> 5, odd i -> 1, even i -> 2, 3 unknown. nrSessions: 20 -> 100, 19 -> 300, i -> 2i.
void fixture(std::vector<Invoice>* invoices, CustomerAttributes* attributes)
{
    *invoices = {{20, day("2017-01-10"), 100}, {20, day("2017-02-10"), 100}, {20, day("2017-03-10"), 100},
                 {20, day("2017-03-20"), 50},  {19, day("2017-01-05"), 100}, {19, day("2017-03-31"), 100},
                 {21, day("2017-02-01"), 0}};
    const QString seats = QStringLiteral("nrSeats");
    const QString sessions = QStringLiteral("nrSessions");
    for (int i = 1; i <= 18; ++i) {
        invoices->push_back({i, day("2017-01-15"), double(i)});
        (*attributes)[i][sessions] = 2.0 * i;
        if (i != 3)
            (*attributes)[i][seats] = i % 2 ? 1 : 2;
    }
    (*attributes)[20] = {{seats, 10}, {sessions, 100}};
    (*attributes)[19] = {{seats, 5}, {sessions, 300}};
    (*attributes)[21] = {{seats, 1000}, {sessions, 1000}};
    (*attributes)[99] = {{seats, 1000}, {sessions, 1000}};
}

const ProfileRow* row(const CoreProfile& p, const char* name)
{
    for (const ProfileRow& r : p.rows) {
        if (r.attribute == QLatin1String(name))
            return &r;
    }
    return nullptr;
}

void checkRow(const ProfileRow* r, int topCount, double topMedian, double topMean, int restCount, double restMedian,
              double restMean)
{
    QVERIFY(r);
    QCOMPARE(r->top.count, topCount);
    QCOMPARE(r->rest.count, restCount);
    QCOMPARE(*r->top.median, topMedian);
    QCOMPARE(*r->top.mean, topMean);
    QCOMPARE(*r->rest.median, restMedian);
    QCOMPARE(*r->rest.mean, restMean);
    QCOMPARE(*r->medianRatio, topMedian / restMedian);
    QCOMPARE(*r->meanRatio, topMean / restMean);
}

} // namespace

class TestRevenueProfile : public QObject {
    Q_OBJECT
private slots:
    void rowsInOrder()
    {
        std::vector<Invoice> invoices;
        CustomerAttributes attributes;
        fixture(&invoices, &attributes);
        const CoreProfile p = computeCoreProfile(invoices, attributes);
        QCOMPARE(p.topCustomers, 2);
        QCOMPARE(p.restCustomers, 18);
        QStringList names;
        for (const ProfileRow& r : p.rows)
            names << r.attribute;
        QCOMPARE(names, QStringLiteral("total_revenue,nrSeats,nrSessions,tenure_months,payments_per_month,"
                                       "revenue_per_seat")
                            .split(u','));
    }

    void mediansAndMeans()
    {
        std::vector<Invoice> invoices;
        CustomerAttributes attributes;
        fixture(&invoices, &attributes);
        const CoreProfile p = computeCoreProfile(invoices, attributes);
        // rest revenue 1..18: median (9 + 10) / 2, mean 171 / 18
        checkRow(row(p, "total_revenue"), 2, 275, 275, 18, 9.5, 9.5);
        // rest seats without customer 3: eight 1s and nine 2s -> median 2, mean 26 / 17
        checkRow(row(p, "nrSeats"), 2, 7.5, 7.5, 17, 2, 26.0 / 17);
        // rest sessions 2, 4, ..., 36: median 19, mean 19
        checkRow(row(p, "nrSessions"), 2, 200, 200, 18, 19, 19);
        checkRow(row(p, "tenure_months"), 2, 3, 3, 18, 1, 1);
        // top: 4 / 3 and 2 / 3 payments a month
        checkRow(row(p, "payments_per_month"), 2, 1, 1, 18, 1, 1);
        // top: 350 / 10 and 200 / 5; rest: odd i -> i, even i -> i / 2, without 3:
        // 1 1 2 3 4 5 5 6 [7] 7 8 9 9 11 13 15 17, sum 123
        checkRow(row(p, "revenue_per_seat"), 2, 37.5, 37.5, 17, 7, 123.0 / 17);
    }

    void noSeatAttributeNoRevenuePerSeat()
    {
        const std::vector<Invoice> invoices{{1, day("2017-01-01"), 10}, {2, day("2017-01-01"), 20}};
        CustomerAttributes attributes;
        attributes[1][QStringLiteral("nrSessions")] = 4;
        const CoreProfile p = computeCoreProfile(invoices, attributes);
        QCOMPARE(p.topCustomers, 1);
        QCOMPARE(p.restCustomers, 1);
        QVERIFY(!row(p, "revenue_per_seat"));
        // Only customer 1 has sessions and it is in the rest: the top side is missing, no ratio.
        const ProfileRow* sessions = row(p, "nrSessions");
        QVERIFY(sessions);
        QCOMPARE(sessions->top.count, 0);
        QVERIFY(!sessions->top.median && !sessions->medianRatio);
        QCOMPARE(*sessions->rest.median, 4.0);
    }

    void emptyInput()
    {
        const CoreProfile p = computeCoreProfile({}, {});
        QCOMPARE(p.topCustomers, 0);
        QCOMPARE(p.restCustomers, 0);
        const ReportTable t = coreProfileReport(p);
        QCOMPARE(t.rows.size(), size_t(3)); // total_revenue, tenure_months, payments_per_month, all empty
        QCOMPARE(toCsv(t).section(u'\n', 1, 1), QStringLiteral("total_revenue,,,,,,"));
    }

    void report()
    {
        std::vector<Invoice> invoices;
        CustomerAttributes attributes;
        fixture(&invoices, &attributes);
        const ReportTable t = coreProfileReport(computeCoreProfile(invoices, attributes));
        const QString columns = QStringLiteral(
            "attribute,top_median,rest_median,median_ratio,top_mean,rest_mean,mean_ratio");
        QCOMPARE(t.columns, columns.split(u','));
        QCOMPARE(toCsv(t).section(u'\n', 3, 3),
                 QStringLiteral("nrSessions,200,19,%1,200,19,%1").arg(QString::number(200.0 / 19, 'g', 17)));
    }
};

QTEST_GUILESS_MAIN(TestRevenueProfile)
#include "tst_revenue_profile.moc"
