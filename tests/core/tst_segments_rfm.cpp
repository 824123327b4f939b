// SPDX-License-Identifier: MIT
// Quintile scoring with ties and RFM aggregation; expected values worked out by hand.
#include "segments/QuintileScore.h"
#include "segments/Rfm.h"

#include <QTest>

using namespace ul;

class TestSegmentsRfm : public QObject {
    Q_OBJECT

private slots:
    void distinctValuesArePlainQuintiles()
    {
        // 10 distinct values: two per score.
        const std::vector<double> v{3, 1, 4, 10, 5, 9, 2, 6, 8, 7};
        const std::vector<int> expected{2, 1, 2, 5, 3, 5, 1, 3, 4, 4};
        QCOMPARE(quintileScores(v), expected);
    }

    void tiesShareTheQuintileOfTheirMiddle()
    {
        // Sorted: 10 20 20 30 40 50 50 50 60 70, n = 10, score = 1 + floor(5 (a + b + 1) / 20):
        // 10 a=b=0 -> 1; 20 a=1 b=2 -> 1+floor(1.0)=2; 30 a=b=3 -> 1+floor(1.75)=2;
        // 40 a=b=4 -> 1+floor(2.25)=3; 50 a=5 b=7 -> 1+floor(3.25)=4; 60 -> 5; 70 -> 5.
        const std::vector<double> v{50, 10, 70, 20, 50, 30, 60, 20, 40, 50};
        const std::vector<int> expected{4, 1, 5, 2, 4, 2, 5, 2, 3, 4};
        QCOMPARE(quintileScores(v), expected);
    }

    void largeTieGroups()
    {
        // 7 of 10 share the best value: a=3 b=9 -> 1+floor(5*13/20)=4 (not 2 by first occurrence).
        // 1: a=0 -> 1; 2: a=1 -> 1+floor(0.75)=1; 3: a=2 -> 1+floor(1.25)=2.
        const std::vector<double> top{9, 9, 1, 9, 9, 2, 9, 3, 9, 9};
        QCOMPARE(quintileScores(top), (std::vector<int>{4, 4, 1, 4, 4, 1, 4, 2, 4, 4}));
        // All equal: the middle score whatever n.
        QCOMPARE(quintileScores({7, 7, 7, 7, 7, 7, 7}), std::vector<int>(7, 3));
        QCOMPARE(quintileScores({42}), std::vector<int>{3});
        QVERIFY(quintileScores({}).empty());
    }

    void recencyIsReversed()
    {
        // Worst first: 10 (a=0) -> 1+floor(5*1/10)=1; 5 (a=1) -> 1+floor(1.5)=2;
        // 0 (a=2, b=4) -> 1+floor(5*7/10)=4.
        QCOMPARE(quintileScores({0, 0, 0, 5, 10}, false), (std::vector<int>{4, 4, 4, 2, 1}));
    }

    void computeRfmAggregatesPerCustomer_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<std::vector<qint64>>("frequency");
        QTest::addColumn<std::vector<int>>("f");
        // Active days 1, 1, 2: the tie (a=0 b=1) -> 1+floor(5*2/6)=2, the 2 -> 5.
        QTest::newRow("active days") << int(FrequencyMode::ActiveDays) << std::vector<qint64>{1, 1, 2}
                                     << std::vector<int>{2, 2, 5};
        // Events 4, 1, 3 (the ignored day-101 row had 9): 1 -> 1, 3 -> 3, 4 -> 5.
        QTest::newRow("events") << int(FrequencyMode::Events) << std::vector<qint64>{4, 1, 3}
                                << std::vector<int>{5, 1, 3};
    }

    void computeRfmAggregatesPerCustomer()
    {
        QFETCH(int, mode);
        QFETCH(std::vector<qint64>, frequency);
        QFETCH(std::vector<int>, f);
        const std::vector<ActivityRow> rows{
            {7, 90, 10.0, 2}, {3, 100, 1.0, 4},    {7, 95, 5.0, 1},
            {5, 50, 20.0, 1}, {7, 101, 1000.0, 9}, // after asOf: ignored
            {9, 120, 3.0, 1},                      // only after asOf: no record
        };
        const std::vector<RfmRecord> rfm = computeRfm(rows, 100, FrequencyMode(mode));
        QCOMPARE(rfm.size(), std::size_t(3));
        const std::vector<qint64> ids{rfm[0].customer, rfm[1].customer, rfm[2].customer};
        QCOMPARE(ids, (std::vector<qint64>{3, 5, 7}));
        QCOMPARE(rfm[0].recencyDays, 0);
        QCOMPARE(rfm[1].recencyDays, 50);
        QCOMPARE(rfm[2].recencyDays, 5);
        QCOMPARE(rfm[2].lastDay, Day(95));
        QCOMPARE(rfm[0].monetary, 1.0);
        QCOMPARE(rfm[1].monetary, 20.0);
        QCOMPARE(rfm[2].monetary, 15.0);
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(rfm[i].frequency, frequency[i]);
            QCOMPARE(rfm[i].f, f[i]);
        }
        // Recency 0, 50, 5 reversed, n = 3: 50 -> 1, 5 -> 1+floor(2.5)=3, 0 -> 1+floor(25/6)=5.
        QCOMPARE(rfm[0].r, 5);
        QCOMPARE(rfm[1].r, 1);
        QCOMPARE(rfm[2].r, 3);
        // Monetary 1, 20, 15 -> 1, 5, 3.
        QCOMPARE(rfm[0].m, 1);
        QCOMPARE(rfm[1].m, 5);
        QCOMPARE(rfm[2].m, 3);
    }
};

QTEST_GUILESS_MAIN(TestSegmentsRfm)
#include "tst_segments_rfm.moc"
