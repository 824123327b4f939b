// SPDX-License-Identifier: MIT
// Customer health statuses on a fixture, with the window and threshold edge cases.
#include "segments/CustomerHealth.h"

#include <QTest>

#include <cmath>

using namespace ul;

class TestSegmentsHealth : public QObject {
    Q_OBJECT

private:
    static std::vector<CustomerSeries> fixture()
    {
        return {
            {9, {100, 100, 1, 1, 1, 1, 1, 1}},      // only the last 6 count: 3 -> 3, stable 0%
            {1, {10, 10, 10, 7, 7, 7}},             // 30 -> 21: -30% exactly, at risk
            {2, {10, 10, 10, 8, 8, 7}},             // 30 -> 23: -23.3%, stable
            {3, {1, 1, 1, 2, 2, 2}},                // 3 -> 6: +100%, expanding
            {4, {0.1, 0.1, 0.1, 0.13, 0.13, 0.13}}, // 0.3 -> 0.39: +30% up to rounding, expanding
            {5, {0, 0, 0, 0, 5, 0}},                // 0 -> 5: new
            {6, {3, 0, 0, 0, 0, 0}},                // 3 -> 0: churned
            {7, {0, 0, 0, 0, 0, 0}},                // nothing: omitted
            {8, {4}},                               // padded to 0 0 0 0 0 4: new
        };
    }

private slots:
    void statuses()
    {
        const std::vector<HealthRecord> h = assessHealth(fixture());
        QCOMPARE(h.size(), std::size_t(8));
        std::vector<qint64> ids;
        QStringList statuses;
        for (const HealthRecord& r : h) {
            ids.push_back(r.customer);
            statuses << healthStatusKey(r.status);
        }
        QCOMPARE(ids, (std::vector<qint64>{1, 2, 3, 4, 5, 6, 8, 9}));
        const QStringList expected{QStringLiteral("at_risk"),   QStringLiteral("stable"), QStringLiteral("expanding"),
                                   QStringLiteral("expanding"), QStringLiteral("new"),    QStringLiteral("churned"),
                                   QStringLiteral("new"),       QStringLiteral("stable")};
        QCOMPARE(statuses, expected);

        QCOMPARE(h[0].previous, 30.0);
        QCOMPARE(h[0].current, 21.0);
        QCOMPARE(h[0].changePct, -30.0);
        QVERIFY(std::abs(h[1].changePct - (-700.0 / 30)) < 1e-12);
        QCOMPARE(h[2].changePct, 100.0);
        QVERIFY(std::isnan(h[4].changePct));
        QCOMPARE(h[4].current, 5.0);
        QCOMPARE(h[5].changePct, -100.0);
        QCOMPARE(h[6].trend, (std::vector<double>{0, 0, 0, 0, 0, 4}));
        QCOMPARE(h[7].previous, 3.0);
        QCOMPARE(h[7].trend, (std::vector<double>{1, 1, 1, 1, 1, 1}));
    }

    void thresholdAndWindow()
    {
        HealthOptions o;
        o.thresholdPct = 50;
        const std::vector<HealthRecord> h = assessHealth(fixture(), o);
        QCOMPARE(h[0].status, HealthStatus::Stable);    // -30% is no longer enough
        QCOMPARE(h[2].status, HealthStatus::Expanding); // +100%
        QCOMPARE(h[5].status, HealthStatus::Churned);

        // One period against one: customer 1 is 7 -> 7, customer 3 is 2 -> 2, customer 6
        // has nothing in its last two periods and disappears.
        o = HealthOptions{};
        o.periods = 1;
        const std::vector<HealthRecord> one = assessHealth(fixture(), o);
        QCOMPARE(one[0].customer, qint64(1));
        QCOMPARE(one[0].previous, 7.0);
        QCOMPARE(one[0].status, HealthStatus::Stable);
        for (const HealthRecord& r : one)
            QVERIFY(r.customer != 6);
        // Customer 5: {5, 0} -> churned (after 1, 2, 3 and 4).
        QCOMPARE(one[4].customer, qint64(5));
        QCOMPARE(one[4].status, HealthStatus::Churned);
    }
};

QTEST_GUILESS_MAIN(TestSegmentsHealth)
#include "tst_segments_health.moc"
