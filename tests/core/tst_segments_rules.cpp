// SPDX-License-Identifier: MIT
// Segment rule table: default mapping, first match wins, fallback, validation, summary.
#include "segments/SegmentRules.h"
#include "segments/SegmentSummary.h"

#include <QTest>

#include <cmath>

using namespace ul;

class TestSegmentsRules : public QObject {
    Q_OBJECT

private slots:
    void defaultTable_data()
    {
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("f");
        QTest::addColumn<int>("m");
        QTest::addColumn<QString>("segment");
        auto row = [](int r, int f, int m, const char* name) {
            QTest::addRow("%d%d%d", r, f, m) << r << f << m << QString::fromUtf8(name);
        };
        row(5, 5, 5, "Champions");
        row(4, 4, 4, "Champions");
        row(3, 5, 5, "Loyal");
        row(5, 3, 4, "Loyal");
        row(5, 1, 5, "High-earning new");
        row(4, 2, 4, "High-earning new");
        row(5, 2, 3, "Potential");
        row(3, 1, 1, "Potential");
        row(5, 5, 1, "Potential");
        row(2, 5, 5, "Can't lose them");
        row(1, 4, 4, "Can't lose them");
        row(2, 3, 3, "At risk");
        row(1, 5, 3, "At risk");
        row(2, 1, 1, "Hibernating");
        row(2, 5, 1, "Hibernating");
        row(1, 1, 1, "Lost");
        row(1, 2, 5, "Lost");
    }

    void defaultTable()
    {
        QFETCH(int, r);
        QFETCH(int, f);
        QFETCH(int, m);
        QFETCH(QString, segment);
        QCOMPARE(segmentFor(defaultSegmentRules(), r, f, m), segment);
    }

    void defaultTableCoversEveryScore()
    {
        const auto rules = defaultSegmentRules();
        QString error;
        QVERIFY2(validateSegmentRules(rules, &error), qPrintable(error));
        for (int r = 1; r <= 5; ++r)
            for (int f = 1; f <= 5; ++f)
                for (int m = 1; m <= 5; ++m)
                    QVERIFY(segmentFor(rules, r, f, m) != fallbackSegmentName());
        QCOMPARE(segmentNames(rules).size(), 8);
    }

    void firstMatchWins()
    {
        const SegmentRule frequent{QStringLiteral("Frequent"), 1, 5, 3, 5, 1, 5};
        const SegmentRule everyone{QStringLiteral("Everyone"), 1, 5, 1, 5, 1, 5};
        QCOMPARE(segmentFor({frequent, everyone}, 5, 3, 1), QStringLiteral("Frequent"));
        QCOMPARE(segmentFor({frequent, everyone}, 5, 2, 1), QStringLiteral("Everyone"));
        QCOMPARE(segmentFor({everyone, frequent}, 5, 3, 1), QStringLiteral("Everyone"));
    }

    void gapsFallBackToOthers()
    {
        const std::vector<SegmentRule> rules{{QStringLiteral("Top"), 5, 5, 1, 5, 1, 5}};
        QCOMPARE(segmentFor(rules, 5, 1, 1), QStringLiteral("Top"));
        QCOMPARE(segmentFor(rules, 4, 4, 4), QStringLiteral("Others"));
        // assignSegments() goes through its per-score cache: same answers.
        std::vector<RfmRecord> recs(2);
        recs[0].r = 5, recs[0].f = 2, recs[0].m = 2;
        recs[1].r = 4, recs[1].f = 5, recs[1].m = 5;
        QCOMPARE(assignSegments(recs, rules), (std::vector<QString>{QStringLiteral("Top"), QStringLiteral("Others")}));
    }

    void validation()
    {
        QString error;
        std::vector<SegmentRule> rules = defaultSegmentRules();
        rules[1].name = QStringLiteral("  ");
        QVERIFY(!validateSegmentRules(rules, &error));
        QVERIFY2(error.startsWith(QStringLiteral("rule 2:")), qPrintable(error));

        rules = defaultSegmentRules();
        rules[0].rMin = 5;
        rules[0].rMax = 4;
        QVERIFY(!validateSegmentRules(rules, &error));
        QVERIFY2(error.contains(QStringLiteral("R range 5-4")), qPrintable(error));

        rules = defaultSegmentRules();
        rules[7].mMax = 6;
        QVERIFY(!validateSegmentRules(rules, &error));
        QVERIFY2(error.startsWith(QStringLiteral("rule 8 (Lost)")), qPrintable(error));

        rules = defaultSegmentRules();
        rules[2].fMin = 0;
        QVERIFY(!validateSegmentRules(rules, nullptr));
    }

    void summary()
    {
        auto rec = [](qint64 id, int recency, qint64 freq, double mon, int r, int f, int m) {
            RfmRecord x;
            x.customer = id;
            x.recencyDays = recency;
            x.frequency = freq;
            x.monetary = mon;
            x.r = r;
            x.f = f;
            x.m = m;
            return x;
        };
        const std::vector<RfmRecord> recs{rec(1, 1, 10, 100, 5, 5, 5), rec(2, 3, 6, 50, 4, 4, 4),
                                          rec(3, 90, 1, 30, 1, 1, 1), rec(4, 40, 3, 20, 2, 1, 1)};
        const auto rules = defaultSegmentRules();
        const auto segments = assignSegments(recs, rules);
        const auto rows = summarizeSegments(recs, segments, rules);
        QCOMPARE(rows.size(), std::size_t(8)); // every table name, empty ones too; no Others
        QCOMPARE(rows[0].segment, QStringLiteral("Champions"));
        QCOMPARE(rows[0].stats.customers, qint64(2));
        QCOMPARE(rows[0].stats.customersPct, 50.0);
        QCOMPARE(rows[0].stats.value, 150.0);
        QCOMPARE(rows[0].stats.valuePct, 75.0);
        QCOMPARE(rows[0].stats.meanRecencyDays, 2.0);
        QCOMPARE(rows[0].stats.meanFrequency, 8.0);
        QCOMPARE(rows[0].stats.meanMonetary, 75.0);
        QCOMPARE(rows[1].segment, QStringLiteral("Loyal"));
        QCOMPARE(rows[1].stats.customers, qint64(0));
        QVERIFY(std::isnan(rows[1].stats.meanMonetary));
        QCOMPARE(rows[6].segment, QStringLiteral("Hibernating"));
        QCOMPARE(rows[6].stats.customers, qint64(1));
        QCOMPARE(rows[6].stats.valuePct, 10.0);
        QCOMPARE(rows[6].stats.meanRecencyDays, 40.0);
        QCOMPARE(rows[7].segment, QStringLiteral("Lost"));
        QCOMPARE(rows[7].stats.customersPct, 25.0);
        QCOMPARE(rows[7].stats.valuePct, 15.0);

        // With a gap, "Others" is added last.
        const std::vector<SegmentRule> top{{QStringLiteral("Top"), 4, 5, 1, 5, 1, 5}};
        const auto gapRows = summarizeSegments(recs, assignSegments(recs, top), top);
        QCOMPARE(gapRows.size(), std::size_t(2));
        QCOMPARE(gapRows[1].segment, QStringLiteral("Others"));
        QCOMPARE(gapRows[1].stats.customers, qint64(2));
        QCOMPARE(gapRows[1].stats.value, 50.0);
    }
};

QTEST_GUILESS_MAIN(TestSegmentsRules)
#include "tst_segments_rules.moc"
