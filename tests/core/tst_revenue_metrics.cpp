// SPDX-License-Identifier: MIT
// Customers, retention, unit economics, cohorts and the report tables of the revenue engine,
// on hand-computed invoice fixtures (revenue issue 4).
#include "report/ViewRegistry.h"
#include "revenue/MonthIndex.h"
#include "revenue/RevenueReports.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ul;

namespace {

Day day(const char* iso) { return *parseIsoDate(QString::fromLatin1(iso)); }

Invoice inv(qint64 customer, const char* iso, double amount) { return {customer, day(iso), amount}; }

/// The same fixture as tst_revenue_mrr: MRR 30, 65, 45, 53, 0, 60, 67 from 2017-01 to 2017-07.
std::vector<Invoice> fixtureA()
{
    return {
        inv(101, "2017-01-05", 10), inv(102, "2017-01-20", 20), inv(101, "2017-02-03", 10), inv(101, "2017-02-25", 5),
        inv(102, "2017-02-20", 20), inv(103, "2017-02-10", 30), inv(104, "2017-02-14", 0),  inv(102, "2017-03-20", 8),
        inv(103, "2017-03-10", 30), inv(104, "2017-03-31", 7),  inv(102, "2017-04-01", 8),  inv(103, "2017-04-30", 45),
        inv(101, "2017-06-05", 12), inv(102, "2017-06-20", 8),  inv(103, "2017-06-10", 40), inv(101, "2017-07-05", 12),
        inv(102, "2017-07-20", 0),  inv(103, "2017-07-10", 50), inv(105, "2017-07-31", 5),
    };
}

/// 13+ months so the trailing 12-month retention exists for 2017-01 and 2017-02.
std::vector<Invoice> fixtureYear()
{
    std::vector<Invoice> out;
    for (int m = 1; m <= 12; ++m) {
        const Day d = *dayFromYmd(2016, m, 15);
        out.push_back({1, d, 10});
        if (m <= 6)
            out.push_back({2, d, 30});
    }
    out.push_back(inv(4, "2016-01-20", 10));
    out.push_back(inv(1, "2017-01-15", 20));
    out.push_back(inv(3, "2017-01-15", 5));
    out.push_back(inv(4, "2017-01-20", 10));
    out.push_back(inv(1, "2017-02-15", 20));
    return out;
}

constexpr int kJan2017 = 2017 * 12;
const std::optional<double> na;

bool same(const std::optional<double>& got, const std::optional<double>& want)
{
    if (!got || !want)
        return !got && !want;
    return qAbs(*got - *want) <= 1e-9 * qMax(1.0, qAbs(*want));
}

#define COMPARE_OPT(got, want)                                                                                         \
    do {                                                                                                               \
        const std::optional<double> g_ = (got);                                                                        \
        const std::optional<double> w_ = (want);                                                                       \
        if (!same(g_, w_))                                                                                             \
            QFAIL(qPrintable(QStringLiteral("%1: got %2, expected %3")                                                 \
                                 .arg(QLatin1String(#got), g_ ? QString::number(*g_, 'g', 17) : QStringLiteral("n/a"), \
                                      w_ ? QString::number(*w_, 'g', 17) : QStringLiteral("n/a"))));                   \
    } while (false)

RevenueSettings smallSettings()
{
    RevenueSettings s;
    s.monthlyAcquisitionSpend = 30;
    s.grossMarginPct = 80;
    return s;
}

std::vector<double> numbers(const ReportTable& t, const QString& column)
{
    std::vector<double> out;
    const int c = t.columnIndex(column);
    for (const auto& row : t.rows)
        out.push_back(std::holds_alternative<double>(row[size_t(c)]) ? std::get<double>(row[size_t(c)]) : qQNaN());
    return out;
}

} // namespace

class TestRevenueMetrics : public QObject {
    Q_OBJECT
private slots:
    void defaultSettings()
    {
        const RevenueSettings s;
        QCOMPARE(s.billingPeriodMonths, 1);
        QCOMPARE(s.monthlyAcquisitionSpend, 4000.0);
        QCOMPARE(s.currency, QStringLiteral("EUR"));
        QCOMPARE(s.grossMarginPct, 100.0);
    }

    void invoiceCountIsTheSourceInvoices()
    {
        // Two invoices of customer 1 on one day arrive as one customer-day standing for 2.
        const RevenueAnalysis a = analyzeRevenue({{1, day("2017-01-05"), 30, 2}, {2, day("2017-01-06"), 10, 1}}, {},
                                                 {});
        QCOMPARE(a.invoiceCount, qint64(3));
    }

    void customerCounts()
    {
        const RevenueAnalysis a = analyzeRevenue(fixtureA(), {}, {});
        const auto& c = a.customers;
        QCOMPARE(c.size(), size_t(7));
        // active, activeAtStart, new, churned, reactivated (by hand); January's two customers are
        // the opening base of the data, not new (FirstMonthRule::OpeningBase, the default).
        QCOMPARE(c[0].opening, 2);
        const int counts[7][5] = {{2, 0, 0, 0, 0}, {3, 2, 1, 0, 0}, {3, 3, 1, 1, 0}, {2, 3, 0, 1, 0},
                                  {0, 2, 0, 2, 0}, {3, 0, 0, 0, 3}, {3, 3, 1, 1, 0}};
        for (size_t i = 0; i < 7; ++i) {
            QCOMPARE(c[i].month, kJan2017 + int(i));
            const int got[5] = {c[i].active, c[i].activeAtStart, c[i].newCustomers, c[i].churned, c[i].reactivated};
            for (int k = 0; k < 5; ++k)
                QCOMPARE(got[k], counts[i][k]);
        }
        const std::optional<double> logo[7] = {na, 0.0, 1.0 / 3, 1.0 / 3, 1.0, na, 1.0 / 3};
        const std::optional<double> revenue[7] = {na, 0.0, 27.0 / 65, 7.0 / 45, 1.0, na, 8.0 / 60};
        const std::optional<double> arpa[7] = {15.0, 65.0 / 3, 15.0, 26.5, na, 20.0, 67.0 / 3};
        for (size_t i = 0; i < 7; ++i) {
            COMPARE_OPT(c[i].logoChurnRate, logo[i]);
            COMPARE_OPT(c[i].revenueChurnRate, revenue[i]);
            COMPARE_OPT(c[i].arpa, arpa[i]);
        }
    }

    void retentionMonthOverMonth()
    {
        const RevenueAnalysis a = analyzeRevenue(fixtureA(), {}, {});
        const std::optional<double> nrr[7] = {na, 35.0 / 30, 38.0 / 65, 53.0 / 45, 0.0, na, 62.0 / 60};
        const std::optional<double> grr[7] = {na, 1.0, 38.0 / 65, 38.0 / 45, 0.0, na, 52.0 / 60};
        QCOMPARE(a.retention.size(), size_t(7));
        for (size_t i = 0; i < 7; ++i) {
            COMPARE_OPT(a.retention[i].nrr, nrr[i]);
            COMPARE_OPT(a.retention[i].grr, grr[i]);
            COMPARE_OPT(a.retention[i].nrr12m, na); // less than 13 months of data
        }
    }

    void retentionTrailingTwelveMonths()
    {
        const RevenueAnalysis a = analyzeRevenue(fixtureYear(), {}, {});
        QCOMPARE(a.series.firstMonth, monthIndex(2016, 1));
        QCOMPARE(a.retention.size(), size_t(14));
        for (size_t i = 0; i < 12; ++i)
            COMPARE_OPT(a.retention[i].grr12m, na);
        // 2017-01 vs 2016-01: base 1 (10), 2 (30), 4 (10) = 50; now 1 has 20, 2 left, 4 came back
        // with 10; 3 is new and not in the base.
        COMPARE_OPT(a.retention[12].nrr12m, 30.0 / 50);
        COMPARE_OPT(a.retention[12].grr12m, 20.0 / 50);
        // Month over month from December (only 1, with 10): expansion 10; new and reactivation don't count.
        COMPARE_OPT(a.retention[12].nrr, 2.0);
        COMPARE_OPT(a.retention[12].grr, 1.0);
        // 2017-02 vs 2016-02: base 1 (10), 2 (30) = 40; now 1 has 20.
        COMPARE_OPT(a.retention[13].nrr12m, 20.0 / 40);
        COMPARE_OPT(a.retention[13].grr12m, 10.0 / 40);
        COMPARE_OPT(a.retention[13].nrr, 20.0 / 35);
        COMPARE_OPT(a.retention[13].grr, 20.0 / 35);
    }

    void unitEconomics()
    {
        const RevenueAnalysis a = analyzeRevenue(fixtureA(), {}, smallSettings());
        const auto& u = a.unitEconomics;
        QCOMPARE(u.size(), size_t(7));
        // spend 30, margin 80 %: gross ARPA = ARPA x 0.8.
        // January is the opening base: no new customers, so no CAC there.
        const int newCustomers[7] = {0, 1, 1, 0, 0, 0, 1};
        const std::optional<double> cac[7] = {na, 30.0, 30.0, na, na, na, 30.0};
        const std::optional<double> churn3m[7] = {na, 0.0, 1.0 / 6, 2.0 / 9, 5.0 / 9, 2.0 / 3, 2.0 / 3};
        const std::optional<double> ltv[7] = {na, na, 72.0, 95.4, na, 24.0, 26.8};
        const std::optional<double> ltvCac[7] = {na, na, 2.4, na, na, na, 26.8 / 30};
        const std::optional<double> payback[7] = {na, 90.0 / 52, 2.5, na, na, na, 90.0 / 53.6};
        const double newExpansion[7] = {0, 35, 7, 15, 0, 0, 15};
        const bool pays[7] = {false, true, false, false, false, false, false};
        for (size_t i = 0; i < 7; ++i) {
            QCOMPARE(u[i].month, kJan2017 + int(i));
            QCOMPARE(u[i].newCustomers, newCustomers[i]);
            QCOMPARE(u[i].spend, 30.0);
            COMPARE_OPT(u[i].cac, cac[i]);
            COMPARE_OPT(u[i].logoChurn3m, churn3m[i]);
            COMPARE_OPT(u[i].ltv, ltv[i]);
            COMPARE_OPT(u[i].ltvToCac, ltvCac[i]);
            COMPARE_OPT(u[i].paybackMonths, payback[i]);
            QCOMPARE(u[i].newExpansionMrr, newExpansion[i]);
            QCOMPARE(u[i].growthPays, pays[i]);
        }
    }

    void cohortTriangle()
    {
        const RevenueAnalysis a = analyzeRevenue(fixtureA(), {}, {});
        const auto& c = a.cohorts;
        // Cohorts by first month with MRR > 0: 104 paid 0 in Feb, so it starts in March.
        QCOMPARE(c.size(), size_t(4));
        QCOMPARE(c[0].month, kJan2017);
        QCOMPARE(c[0].customers, (std::vector<int>{2, 2, 1, 1, 0, 2, 1}));
        QCOMPARE(c[0].revenue, (std::vector<Micros>{toMicros(30), toMicros(35), toMicros(8), toMicros(8), 0,
                                                    toMicros(20), toMicros(12)}));
        QCOMPARE(c[1].month, kJan2017 + 1);
        QCOMPARE(c[1].customers, (std::vector<int>{1, 1, 1, 0, 1, 1}));
        QCOMPARE(c[1].revenue,
                 (std::vector<Micros>{toMicros(30), toMicros(30), toMicros(45), 0, toMicros(40), toMicros(50)}));
        QCOMPARE(c[2].month, kJan2017 + 2);
        QCOMPARE(c[2].customers, (std::vector<int>{1, 0, 0, 0, 0}));
        QCOMPARE(c[3].month, kJan2017 + 6);
        QCOMPARE(c[3].revenue, std::vector<Micros>{toMicros(5)});

        QCOMPARE(c[0].size(), 2);
        QCOMPARE(c[0].customerRetention(2), 0.5);
        COMPARE_OPT(c[0].revenueRetention(1), 35.0 / 30);
        COMPARE_OPT(c[1].revenueRetention(5), 50.0 / 30);
    }

    void customerCountIdentityOnRandomInvoices()
    {
        QRandomGenerator rng(42);
        std::vector<Invoice> invoices;
        for (int i = 0; i < 1000; ++i)
            invoices.push_back({qint64(rng.bounded(60)), day("2016-01-01") + Day(rng.bounded(900)),
                                rng.bounded(10) == 0 ? 0.0 : double(rng.bounded(1, 9999)) / 100.0});
        for (int period : {1, 3}) {
            RevenueSettings settings;
            settings.billingPeriodMonths = period;
            const RevenueAnalysis a = analyzeRevenue(invoices, {}, settings);
            for (size_t i = 0; i < a.customers.size(); ++i) {
                const CustomerMonth& c = a.customers[i];
                QCOMPARE(c.activeAtStart, i ? a.customers[i - 1].active : 0);
                QCOMPARE(c.active, c.activeAtStart + c.opening + c.newCustomers + c.reactivated - c.churned);
            }
        }
    }

    void reportColumns()
    {
        const RevenueAnalysis a = analyzeRevenue(fixtureA(), {}, smallSettings());
        const QStringList expected[] = {
            {QStringLiteral("month"), QStringLiteral("mrr")},
            QStringLiteral("month,starting_mrr,opening,new,expansion,reactivation,contraction,churned,ending_mrr")
                .split(u','),
            QStringLiteral("month,active,new,churned,reactivated,logo_churn_pct,revenue_churn_pct,arpa").split(u','),
            QStringLiteral("month,nrr_pct,grr_pct,nrr_12m_pct,grr_12m_pct").split(u','),
            QStringLiteral("month,new_customers,spend,cac,arpa,logo_churn_3m_pct,ltv,ltv_cac,payback_months,"
                           "new_expansion_mrr,growth_pays")
                .split(u','),
            QStringLiteral("cohort,months_since_start,customers,customer_retention_pct,revenue,revenue_retention_pct")
                .split(u','),
            QStringLiteral("attribute,top_median,rest_median,median_ratio,top_mean,rest_mean,mean_ratio").split(u','),
        };
        // The table builders behind the registered revenue views, in menu order.
        const QStringList views{
            QStringLiteral("mrr"),         QStringLiteral("mrr-movements"),  QStringLiteral("customers"),
            QStringLiteral("retention"),   QStringLiteral("unit-economics"), QStringLiteral("cohorts"),
            QStringLiteral("core-profile")};
        const std::optional<ReportTable> tables[] = {mrrReport(a.series),
                                                     mrrMovementsReport(a.movements),
                                                     customersReport(a.customers),
                                                     retentionReport(a.retention),
                                                     unitEconomicsReport(a.unitEconomics),
                                                     cohortsReport(a.cohorts),
                                                     coreProfileReport(a.coreProfile)};
        QCOMPARE(views.size(), 7);
        for (int i = 0; i < views.size(); ++i) {
            const auto& table = tables[i];
            QVERIFY(table);
            QCOMPARE(table->name, views[i]);
            QCOMPARE(table->columns, expected[i]);
            for (const auto& row : table->rows)
                QCOMPARE(int(row.size()), table->columns.size());
            const ViewSpec* spec = findReportView(views[i]);
            QVERIFY(spec && spec->group == TabGroup::Revenue);
        }
        QVERIFY(!findReportView(QStringLiteral("revenue")));
    }

    void reportCsv()
    {
        const RevenueAnalysis a = analyzeRevenue(fixtureA(), {}, smallSettings());
        QCOMPARE(toCsv(mrrReport(a.series)),
                 QStringLiteral("month,mrr\n2017-01,30\n2017-02,65\n2017-03,45\n2017-04,53\n2017-05,0\n"
                                "2017-06,60\n2017-07,67\n"));
        const QString customers = toCsv(customersReport(a.customers));
        // Churn does not exist in the first month: empty cells, not 0.
        QVERIFY(customers.contains(QStringLiteral("\n2017-01,2,0,0,0,,,15\n"))); // the opening base: not new
        QVERIFY(customers.contains(QStringLiteral("\n2017-05,0,0,2,0,100,100,\n")));
        const QString unit = toCsv(unitEconomicsReport(a.unitEconomics));
        QVERIFY(unit.contains(QStringLiteral("\n2017-01,0,30,,15,,,,,0,no\n")));
        QVERIFY(unit.contains(QStringLiteral("\n2017-03,1,30,30,15,")));
        QVERIFY(unit.contains(QStringLiteral(",72,2.4,2.5,7,no\n")));
        const ReportTable cohorts = cohortsReport(a.cohorts);
        QCOMPARE(cohorts.rows.size(), size_t(7 + 6 + 5 + 1));
        QVERIFY(toCsv(cohorts).contains(QStringLiteral("\n2017-01,2,1,50,8,")));
        QVERIFY(toJson(retentionReport(a.retention)).contains(QStringLiteral("\"nrr_pct\": null")));
    }

    void reportMonthFilter()
    {
        const RevenueAnalysis a = analyzeRevenue(fixtureA(), {}, {});
        const MonthFilter marchToApril{monthIndex(2017, 3), monthIndex(2017, 4)};
        const ReportTable movements = mrrMovementsReport(a.movements, marchToApril);
        QCOMPARE(movements.rows.size(), size_t(2));
        QCOMPARE(std::get<QString>(movements.rows[0][0]), QStringLiteral("2017-03"));
        // Starting MRR still comes from February, outside the filter.
        QCOMPARE(numbers(movements, QStringLiteral("starting_mrr")), (std::vector<double>{65, 45}));
        QCOMPARE(numbers(mrrReport(a.series, marchToApril), QStringLiteral("mrr")), (std::vector<double>{45, 53}));
        QCOMPARE(customersReport(a.customers, {monthIndex(2017, 6), {}}).rows.size(), size_t(2));
        QCOMPARE(retentionReport(a.retention, {{}, monthIndex(2017, 1)}).rows.size(), size_t(1));
        QCOMPARE(unitEconomicsReport(a.unitEconomics, marchToApril).rows.size(), size_t(2));
        // Cohorts are selected by start month: only March (104, five offsets).
        QCOMPARE(cohortsReport(a.cohorts, marchToApril).rows.size(), size_t(5));
        QCOMPARE(mrrReport(a.series, {monthIndex(2018, 1), {}}).rows.size(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestRevenueMetrics)
#include "tst_revenue_metrics.moc"
