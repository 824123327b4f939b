// SPDX-License-Identifier: MIT
// Clustering features: logs, z-scores, constant columns, names.
#include "segments/ClusterFeatures.h"

#include <QTest>

#include <cmath>

using namespace ul;

class TestSegmentsFeatures : public QObject {
    Q_OBJECT

private slots:
    void names()
    {
        const QStringList expected{QStringLiteral("recency_days"), QStringLiteral("log1p_frequency"),
                                   QStringLiteral("log1p_monetary")};
        QCOMPARE(rfmFeatureNames(), expected);
        QCOMPARE(rfmFeatures({}).names, expected);
        QCOMPARE(rfmFeatures({}).rows(), std::size_t(0));
    }

    void standardised()
    {
        // recency 0, 10, 20 and log1p(frequency) = ln2 * (1, 2, 3): evenly spaced, so
        // z = (-1, 0, 1) / sqrt(2/3) = -1.2247.., 0, 1.2247...
        // log1p(max(monetary, 0)) = 0, 0, 1 (the -3 is clamped): mean 1/3, sd sqrt(2)/3,
        // z = -1/sqrt(2), -1/sqrt(2), sqrt(2).
        std::vector<RfmRecord> recs(3);
        const int recency[] = {0, 10, 20};
        const qint64 freq[] = {1, 3, 7};
        const double mon[] = {-3, 0, std::exp(1.0) - 1};
        for (int i = 0; i < 3; ++i) {
            recs[std::size_t(i)].recencyDays = recency[i];
            recs[std::size_t(i)].frequency = freq[i];
            recs[std::size_t(i)].monetary = mon[i];
        }
        const FeatureMatrix x = rfmFeatures(recs);
        QCOMPARE(x.dim, 3);
        QCOMPARE(x.rows(), std::size_t(3));
        const double z = 1 / std::sqrt(2.0 / 3.0);
        const double r2 = std::sqrt(2.0);
        const double expected[3][3] = {{-z, -z, -1 / r2}, {0, 0, -1 / r2}, {z, z, r2}};
        for (std::size_t i = 0; i < 3; ++i)
            for (int d = 0; d < 3; ++d)
                QVERIFY2(std::abs(x.row(i)[d] - expected[i][d]) < 1e-12,
                         qPrintable(QStringLiteral("row %1 column %2").arg(i).arg(d)));
        QCOMPARE(x.means[0], 10.0);
        QVERIFY(std::abs(x.sds[0] - std::sqrt(200.0 / 3.0)) < 1e-12);
    }

    void constantColumnBecomesZero()
    {
        FeatureMatrix m{{QStringLiteral("a"), QStringLiteral("b")}, 2, {5, 1, 5, 2, 5, 3, 5, 4}, {}, {}};
        standardize(m);
        for (std::size_t i = 0; i < 4; ++i)
            QCOMPARE(m.row(i)[0], 0.0);
        QCOMPARE(m.sds[0], 0.0);
        QCOMPARE(m.means[1], 2.5);
        // (1 - 2.5) / sqrt(1.25)
        QVERIFY(std::abs(m.row(0)[1] + 1.5 / std::sqrt(1.25)) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestSegmentsFeatures)
#include "tst_segments_features.moc"
