// SPDX-License-Identifier: MIT
// DBSCAN on a hand-made point set with noise and a border point, checked against a brute
// force reference on larger sets; the k-distance curve by hand and by brute force.
#include "segments/ClusterOrder.h"
#include "segments/ClusterSummary.h"
#include "segments/Dbscan.h"
#include "segments/KDistance.h"
#include "segments/SplitMix64.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace ul;

namespace {
FeatureMatrix handMade()
{
    // eps = 1, minPoints = 3 (self included).
    // A: a0..a4 see 4, 5, 5, 4, 4 points within 1 (a0-a2, a1-a3 and a3-b are exactly 1
    //    apart; a3-a4 is 1.118): all core.
    //    b (2.5, 0) is 1 from a3 only: 2 points -> border of A.
    // B: a 0.8 square, each corner sees itself and two sides (diagonal 1.13): core.
    // Noise: two isolated points and a pair (2 < 3).
    return FeatureMatrix{{},
                         2,
                         {0,   0,  0.5, 0,    1,    0,  1.5,  0,    0.5, 0.5, // a0..a4      (0-4)
                          5,   5,                                             // noise       (5)
                          10,  10, 10,  10.8, 10.8, 10, 10.8, 10.8,           // B         (6-9)
                          2.5, 0,                                             // b, border   (10)
                          20,  0,                                             // noise       (11)
                          30,  30, 30,  30.5},                                // noise pair  (12-13)
                         {},
                         {}};
}

// O(n^2) reference: core flags.
std::vector<char> bruteCore(const FeatureMatrix& x, double eps, int minPoints)
{
    std::vector<char> core(x.rows(), 0);
    for (std::size_t i = 0; i < x.rows(); ++i) {
        int count = 0;
        for (std::size_t j = 0; j < x.rows(); ++j)
            count += squaredDistance(x.row(i), x.row(j), x.dim) <= eps * eps;
        core[i] = count >= minPoints;
    }
    return core;
}

FeatureMatrix randomPoints(std::size_t n, quint64 seed)
{
    SplitMix64 rng(seed);
    FeatureMatrix x;
    x.dim = 3;
    for (std::size_t i = 0; i < n; ++i) {
        // Uneven density: a dense blob, a loose one and a uniform background, plus duplicates.
        const double u = rng.uniform();
        const double c = u < 0.4 ? 0 : u < 0.7 ? 3 : 0;
        const double spread = u < 0.4 ? 0.3 : u < 0.7 ? 0.8 : 4;
        for (int d = 0; d < 3; ++d)
            x.values.push_back(c + spread * (rng.uniform() - 0.5));
        if (i % 50 == 0 && i > 0)
            std::copy(x.values.end() - 6, x.values.end() - 3, x.values.end() - 3); // duplicate the previous
    }
    return x;
}
} // namespace

class TestSegmentsDbscan : public QObject {
    Q_OBJECT

private slots:
    void handMadeSet()
    {
        const FeatureMatrix x = handMade();
        const DbscanResult r = dbscan(x, 1.0, 3);
        // Discovery order: A from point 0, then B from point 6.
        const std::vector<int> expected{0, 0, 0, 0, 0, -1, 1, 1, 1, 1, 0, -1, -1, -1};
        QCOMPARE(r.labels, expected);
        QCOMPARE(r.clusterCount, 2);
        QCOMPARE(r.noiseCount, std::size_t(4));

        // minPoints 4: B's corners (3 points each) become noise; A is unchanged, b included.
        const DbscanResult r4 = dbscan(x, 1.0, 4);
        const std::vector<int> expected4{0, 0, 0, 0, 0, -1, -1, -1, -1, -1, 0, -1, -1, -1};
        QCOMPARE(r4.labels, expected4);
        QCOMPARE(r4.clusterCount, 1);

        // minPoints 5: only a1 and a2 are core; a0, a3, a4 are their border points and b,
        // next to the non-core a3 only, is noise.
        const DbscanResult r5 = dbscan(x, 1.0, 5);
        const std::vector<int> expected5{0, 0, 0, 0, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1};
        QCOMPARE(r5.labels, expected5);
        QCOMPARE(r5.noiseCount, std::size_t(9));
    }

    void renumberedByTotalValue()
    {
        const FeatureMatrix x = handMade();
        DbscanResult r = dbscan(x, 1.0, 3);
        // A's 6 points are worth 1 each (6), B's 4 points 10 each (40): B becomes cluster 0.
        std::vector<double> value{1, 1, 1, 1, 1, 500, 10, 10, 10, 10, 1, 500, 500, 500};
        const std::vector<int> map = orderClustersByValue(r.labels, value, ClusterValueOrder::TotalValue);
        QCOMPARE(map, (std::vector<int>{1, 0}));
        const std::vector<int> expected{1, 1, 1, 1, 1, -1, 0, 0, 0, 0, 1, -1, -1, -1};
        QCOMPARE(r.labels, expected);

        std::vector<RfmRecord> recs(x.rows());
        for (std::size_t i = 0; i < recs.size(); ++i)
            recs[i].monetary = value[i];
        const auto rows = summarizeClusters(recs, r.labels);
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0].cluster, 0);
        QCOMPARE(rows[0].stats.customers, qint64(4));
        QCOMPARE(rows[0].stats.value, 40.0);
        QCOMPARE(rows[1].cluster, 1);
        QCOMPARE(rows[1].stats.value, 6.0);
        QCOMPARE(rows[2].cluster, -1);
        QCOMPARE(rows[2].stats.customers, qint64(4));
        QCOMPARE(rows[2].stats.value, 2000.0);
        QCOMPARE(rows[2].stats.valuePct, 2000.0 * 100 / 2046);
    }

    void eps0OnlyJoinsDuplicates()
    {
        const FeatureMatrix x{{}, 1, {1, 1, 1, 2, 3}, {}, {}};
        QCOMPARE(dbscan(x, 0, 3).labels, (std::vector<int>{0, 0, 0, -1, -1}));
        QCOMPARE(dbscan(x, -1, 2).labels, (std::vector<int>{0, 0, 0, -1, -1}));
    }

    void matchesBruteForce()
    {
        const FeatureMatrix x = randomPoints(2000, 99);
        for (const double eps : {0.05, 0.2, 0.6}) {
            const int minPoints = 5;
            const DbscanResult r = dbscan(x, eps, minPoints);
            const std::vector<char> core = bruteCore(x, eps, minPoints);
            const double eps2 = eps * eps;
            for (std::size_t i = 0; i < x.rows(); ++i) {
                bool nearCore = false;
                for (std::size_t j = 0; j < x.rows(); ++j) {
                    if (!core[j] || squaredDistance(x.row(i), x.row(j), 3) > eps2)
                        continue;
                    nearCore = true;
                    // Two core points within eps share a cluster.
                    if (core[i])
                        QCOMPARE(r.labels[i], r.labels[j]);
                }
                // Noise exactly when neither core nor next to a core point; a border point
                // carries the label of one of its core neighbours.
                QCOMPARE(r.labels[i] < 0, !core[i] && !nearCore);
                if (!core[i] && nearCore) {
                    bool ok = false;
                    for (std::size_t j = 0; j < x.rows() && !ok; ++j)
                        ok = core[j] && r.labels[j] == r.labels[i] && squaredDistance(x.row(i), x.row(j), 3) <= eps2;
                    QVERIFY(ok);
                }
            }
            // Core points in different clusters are never connected (checked above from the
            // other side), and every cluster holds a core point.
            for (int c = 0; c < r.clusterCount; ++c) {
                bool hasCore = false;
                for (std::size_t i = 0; i < x.rows() && !hasCore; ++i)
                    hasCore = r.labels[i] == c && core[i];
                QVERIFY(hasCore);
            }
        }
    }

    void kDistanceByHand()
    {
        // 0, 1, 3, 6. k = 2 (self + nearest): 1, 1, 2, 3.
        // k = 3: 0 -> {0,1,3,6} 3; 1 -> {0,1,2,5} 2; 3 -> {0,2,3,3} 3; 6 -> {0,3,5,6} 5.
        const FeatureMatrix x{{}, 1, {3, 0, 6, 1}, {}, {}};
        QCOMPARE(kDistanceCurve(x, 2), (std::vector<double>{3, 2, 1, 1}));
        QCOMPARE(kDistanceCurve(x, 3), (std::vector<double>{5, 3, 3, 2}));
        QCOMPARE(kDistanceCurve(x, 1), (std::vector<double>{0, 0, 0, 0}));
        // k above n is clamped to n: the farthest point, 6, 5, 3 and 6.
        QCOMPARE(kDistanceCurve(x, 9), (std::vector<double>{6, 6, 5, 3}));
        // Duplicates: 0, 0, 0, 5 with k = 3 -> 0, 0, 0 and 5.
        const FeatureMatrix d{{}, 1, {0, 0, 5, 0}, {}, {}};
        QCOMPARE(kDistanceCurve(d, 3), (std::vector<double>{5, 0, 0, 0}));
    }

    void kDistanceMatchesBruteForce()
    {
        const FeatureMatrix x = randomPoints(1500, 5);
        for (const int k : {1, 4, 10}) {
            std::vector<double> expected;
            for (std::size_t i = 0; i < x.rows(); ++i) {
                std::vector<double> d;
                for (std::size_t j = 0; j < x.rows(); ++j)
                    d.push_back(squaredDistance(x.row(i), x.row(j), 3));
                std::nth_element(d.begin(), d.begin() + (k - 1), d.end());
                expected.push_back(std::sqrt(d[std::size_t(k - 1)]));
            }
            std::sort(expected.begin(), expected.end(), std::greater<double>());
            QCOMPARE(kDistanceCurve(x, k), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestSegmentsDbscan)
#include "tst_segments_dbscan.moc"
