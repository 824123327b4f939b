// SPDX-License-Identifier: MIT
// k-means++: exact recovery of separated groups, determinism, a hand-computed case, auto k,
// and cluster 0 = most valuable.
#include "segments/CustomerClustering.h"
#include "segments/KMeans.h"
#include "segments/KMeansAuto.h"

#include <QTest>

#include <cmath>

using namespace ul;

namespace {
// Three tight groups far apart; offsets from a fixed pattern, not a random generator.
FeatureMatrix threeGroups(std::vector<int>* group)
{
    const double centre[3][3] = {{0, 0, 0}, {10, 0, 0}, {0, 10, 10}};
    FeatureMatrix x;
    x.dim = 3;
    group->clear();
    for (int i = 0; i < 150; ++i) {
        const int g = (i * 7) % 3; // interleaved so the groups are not contiguous
        group->push_back(g);
        const double off[3] = {0.1 * (i % 5 - 2), 0.1 * ((i / 5) % 5 - 2), 0.05 * ((i / 25) % 6 - 2.5)};
        for (int d = 0; d < 3; ++d)
            x.values.push_back(centre[g][d] + off[d]);
    }
    return x;
}

bool samePartition(const std::vector<int>& a, const std::vector<int>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        for (std::size_t j = i + 1; j < a.size(); ++j)
            if ((a[i] == a[j]) != (b[i] == b[j]))
                return false;
    return true;
}
} // namespace

class TestSegmentsKMeans : public QObject {
    Q_OBJECT

private slots:
    void handComputedCase()
    {
        // 0, 2 | 10, 12: centroids 1 and 11, inertia 4 * 1^2 = 4.
        const FeatureMatrix x{{}, 1, {10, 0, 12, 2}, {}, {}};
        KMeansOptions o;
        o.k = 2;
        const KMeansResult r = kmeansPlusPlus(x, o);
        QCOMPARE(r.k, 2);
        QCOMPARE(r.labels[0], r.labels[2]);
        QCOMPARE(r.labels[1], r.labels[3]);
        QVERIFY(r.labels[0] != r.labels[1]);
        QCOMPARE(r.centroids[std::size_t(r.labels[0])], 11.0);
        QCOMPARE(r.centroids[std::size_t(r.labels[1])], 1.0);
        QCOMPARE(r.inertia, 4.0);
    }

    void recoversSeparatedGroupsForEverySeed()
    {
        std::vector<int> group;
        const FeatureMatrix x = threeGroups(&group);
        for (quint64 seed = 1; seed <= 25; ++seed) {
            KMeansOptions o;
            o.k = 3;
            o.seed = seed;
            const KMeansResult r = kmeansPlusPlus(x, o);
            QVERIFY2(samePartition(r.labels, group), qPrintable(QStringLiteral("seed %1").arg(seed)));
            // Each centroid is its group's mean: the pattern offsets average to 0 on x and y.
            const std::size_t c = std::size_t(r.labels[1]); // point 1 is in group 7 % 3 = 1
            QVERIFY(std::abs(r.centroids[c * 3] - 10) < 1e-9);
            QVERIFY(std::abs(r.centroids[c * 3 + 1]) < 0.05);
        }
    }

    void deterministic()
    {
        std::vector<int> group;
        const FeatureMatrix x = threeGroups(&group);
        KMeansOptions o;
        o.k = 4; // one more than the data has: the split is arbitrary, so it tests determinism
        const KMeansResult a = kmeansPlusPlus(x, o);
        const KMeansResult b = kmeansPlusPlus(x, o);
        QCOMPARE(a.labels, b.labels);
        QCOMPARE(a.centroids, b.centroids);
        QCOMPARE(a.inertia, b.inertia);
        QCOMPARE(a.iterations, b.iterations);
    }

    void fewerDistinctPointsThanK()
    {
        const FeatureMatrix x{{}, 2, {1, 1, 1, 1, 5, 5, 5, 5}, {}, {}};
        KMeansOptions o;
        o.k = 3;
        const KMeansResult r = kmeansPlusPlus(x, o);
        QCOMPARE(r.k, 2);
        QCOMPARE(r.inertia, 0.0);
        QVERIFY(kmeansPlusPlus(FeatureMatrix{{}, 3, {}, {}, {}}, o).labels.empty());
    }

    void autoPicksThreeGroups()
    {
        std::vector<int> group;
        const FeatureMatrix x = threeGroups(&group);
        const KMeansAutoResult r = kmeansAuto(x, KMeansOptions{});
        QCOMPARE(r.scores.size(), std::size_t(9));
        QCOMPARE(r.scores.front().k, 2);
        QCOMPARE(r.scores.back().k, 10);
        QCOMPARE(r.best.k, 3);
        QVERIFY(samePartition(r.best.labels, group));
        for (const KScore& s : r.scores) {
            if (s.k != 3)
                QVERIFY(s.silhouette < r.scores[1].silhouette);
        }
        QVERIFY(r.scores[1].silhouette > 0.9);
        QVERIFY(r.scores[0].inertia > r.scores[1].inertia);
    }

    void clusterZeroIsMostValuable()
    {
        // Big spenders seen yesterday, mid customers a month ago, small ones a year ago.
        std::vector<RfmRecord> recs;
        for (int i = 0; i < 60; ++i) {
            RfmRecord r;
            r.customer = i;
            const int g = i % 3;
            r.recencyDays = (g == 0 ? 300 : g == 1 ? 1 : 30) + i % 4;
            // No jitter on the single-purchase group: 1 vs 2 is a real gap in log space.
            r.frequency = g == 0 ? 1 : (g == 1 ? 200 : 12) + i % 2;
            r.monetary = (g == 0 ? 2.0 : g == 1 ? 20000.0 : 300.0) * (1 + 0.01 * (i % 5));
            recs.push_back(r);
        }
        KMeansOptions o;
        o.k = 3;
        const CustomerClustering c = clusterByKMeans(recs, o);
        QCOMPARE(c.clusterCount, 3);
        for (int i = 0; i < 60; ++i) {
            const int expected = i % 3 == 1 ? 0 : i % 3 == 2 ? 1 : 2;
            QCOMPARE(c.labels[std::size_t(i)], expected);
        }
        // Centroids follow the renumbering: log monetary (column 2) descends.
        QVERIFY(c.centroids[2] > c.centroids[5]);
        QVERIFY(c.centroids[5] > c.centroids[8]);
        QVERIFY(c.silhouette > 0.8);
        QVERIFY(c.kScores.empty());

        o.k = 0; // auto
        const CustomerClustering a = clusterByKMeans(recs, o);
        QCOMPARE(a.clusterCount, 3);
        QCOMPARE(a.labels, c.labels);
        QCOMPARE(a.kScores.size(), std::size_t(9));
        QCOMPARE(a.silhouette, a.kScores[1].silhouette);
    }
};

QTEST_GUILESS_MAIN(TestSegmentsKMeans)
#include "tst_segments_kmeans.moc"
