// SPDX-License-Identifier: MIT
// Silhouette on small cases worked out by hand, noise, and the sampled path.
#include "segments/KMeansAuto.h"
#include "segments/Silhouette.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace ul;

class TestSegmentsSilhouette : public QObject {
    Q_OBJECT

private slots:
    void handComputed()
    {
        // A = {0, 1}, B = {4, 6} on a line.
        //   0: a = 1, b = (4 + 6) / 2 = 5   -> s = 4/5
        //   1: a = 1, b = (3 + 5) / 2 = 4   -> s = 3/4
        //   4: a = 2, b = (4 + 3) / 2 = 3.5 -> s = 1.5/3.5 = 3/7
        //   6: a = 2, b = (6 + 5) / 2 = 5.5 -> s = 3.5/5.5 = 7/11
        const FeatureMatrix x{{}, 1, {0, 4, 1, 6}, {}, {}};
        const double expected = (4.0 / 5 + 3.0 / 4 + 3.0 / 7 + 7.0 / 11) / 4; // 0.65373...
        QVERIFY(std::abs(silhouetteScore(x, {0, 1, 0, 1}) - expected) < 1e-12);
        // Label values do not matter, only the grouping.
        QVERIFY(std::abs(silhouetteScore(x, {7, 2, 7, 2}) - expected) < 1e-12);
    }

    void noiseIsLeftOut()
    {
        const FeatureMatrix x{{}, 1, {0, 4, 1, 6, 100}, {}, {}};
        const double expected = (4.0 / 5 + 3.0 / 4 + 3.0 / 7 + 7.0 / 11) / 4;
        QVERIFY(std::abs(silhouetteScore(x, {0, 1, 0, 1, -1}) - expected) < 1e-12);
    }

    void singletonScoresZero()
    {
        // {0, 1} and {5}: 0 -> a 1, b 5 -> 0.8; 1 -> a 1, b 4 -> 0.75; 5 alone -> 0.
        const FeatureMatrix x{{}, 1, {0, 1, 5}, {}, {}};
        QVERIFY(std::abs(silhouetteScore(x, {0, 0, 1}) - (0.8 + 0.75) / 3) < 1e-12);
    }

    void undefined()
    {
        const FeatureMatrix x{{}, 1, {0, 1, 5}, {}, {}};
        QVERIFY(std::isnan(silhouetteScore(x, {0, 0, 0})));
        QVERIFY(std::isnan(silhouetteScore(x, {0, 1, 2})));
        QVERIFY(std::isnan(silhouetteScore(x, {-1, -1, -1})));
    }

    void sampled()
    {
        // 300 points in two groups on a 2-D lattice.
        FeatureMatrix x;
        x.dim = 2;
        std::vector<int> labels;
        for (int i = 0; i < 300; ++i) {
            const int g = i % 2;
            x.values.push_back(g * 20 + (i % 7) * 0.3);
            x.values.push_back((i % 11) * 0.2);
            labels.push_back(g);
        }
        const double exact = silhouetteScore(x, labels);
        QCOMPARE(silhouetteScore(x, labels, 300), exact);
        const double s1 = silhouetteScore(x, labels, 100, 7);
        const double s2 = silhouetteScore(x, labels, 100, 7);
        QCOMPARE(s1, s2);
        QVERIFY(s1 != exact);                 // really a sample...
        QVERIFY(std::abs(s1 - exact) < 0.02); // ...and a close one
    }

    void sampledAutoKChoosesTheExactK_data()
    {
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("points");
        for (int groups : {2, 3, 4, 6})
            QTest::newRow(qPrintable(QStringLiteral("%1 groups").arg(groups))) << groups << 6000;
    }

    void sampledAutoKChoosesTheExactK()
    {
        // More points than the default sample, in well-separated groups of unequal size: the
        // sampled silhouette must pick the k the exact one picks.
        QFETCH(int, groups);
        QFETCH(int, points);
        QRandomGenerator rng{quint32(groups)};
        FeatureMatrix x;
        x.dim = 3;
        for (int i = 0; i < points; ++i) {
            const int g = i % groups;
            for (int d = 0; d < 3; ++d)
                x.values.push_back(8.0 * ((g >> d) & 1) + 3.0 * (g / 8) + (rng.generateDouble() - 0.5) * 2.0);
        }
        QVERIFY(x.rows() > kSilhouetteSample);
        KMeansOptions options;
        const KMeansAutoResult sampled = kmeansAuto(x, options);
        const KMeansAutoResult exact = kmeansAuto(x, options, 2, 10, 0);
        QCOMPARE(sampled.best.k, exact.best.k);
        QCOMPARE(exact.best.k, groups);
    }
};

QTEST_GUILESS_MAIN(TestSegmentsSilhouette)
#include "tst_segments_silhouette.moc"
