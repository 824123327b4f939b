// SPDX-License-Identifier: MIT
// Report tables of the segmentation views: exact columns, names, missing cells.
#include "segments/SegmentReports.h"

#include <QTest>

using namespace ul;

namespace {
QStringList cols(const char* csv) { return QString::fromLatin1(csv).split(QLatin1Char(',')); }
} // namespace

class TestSegmentsReports : public QObject {
    Q_OBJECT

private slots:
    void rfmAndClusters()
    {
        RfmRecord a;
        a.customer = 11;
        a.recencyDays = 4;
        a.frequency = 9;
        a.monetary = 120.5;
        a.r = 5;
        a.f = 4;
        a.m = 3;
        RfmRecord b = a;
        b.customer = 12;
        const QHash<qint64, QString> names{{11, QStringLiteral("Acme, Inc.")}};

        const ReportTable rfm = rfmReport({a, b}, {QStringLiteral("Loyal"), QStringLiteral("Potential")}, names);
        QCOMPARE(rfm.name, QStringLiteral("rfm"));
        QCOMPARE(rfm.columns, cols("customer,recency_days,frequency,monetary,r,f,m,segment"));
        QCOMPARE(toCsv(rfm), QStringLiteral("customer,recency_days,frequency,monetary,r,f,m,segment\n"
                                            "\"Acme, Inc.\",4,9,120.5,5,4,3,Loyal\n"
                                            "12,4,9,120.5,5,4,3,Potential\n"));

        const ReportTable cl = clustersReport({a, b}, {0, -1}, names);
        QCOMPARE(cl.columns, cols("customer,cluster,recency_days,frequency,monetary"));
        QCOMPARE(toCsv(cl).section(QLatin1Char('\n'), 2, 2), QStringLiteral("12,-1,4,9,120.5"));
    }

    void summaries()
    {
        RfmGroupStats s;
        s.customers = 2;
        s.customersPct = 50;
        s.value = 10;
        s.valuePct = 12.5;
        s.meanRecencyDays = 3;
        s.meanFrequency = 4;
        s.meanMonetary = 5;
        const ReportTable seg = segmentsReport({{QStringLiteral("Champions"), s}, {QStringLiteral("Lost"), {}}});
        QCOMPARE(seg.columns, cols("segment,customers,customers_pct,value,value_pct,mean_recency_days,mean_frequency,"
                                   "mean_monetary"));
        QCOMPARE(toCsv(seg).section(QLatin1Char('\n'), 1, 2),
                 QStringLiteral("Champions,2,50,10,12.5,3,4,5\nLost,0,0,0,0,,,"));

        const ReportTable cs = clusterSummaryReport({{0, s}, {-1, s}});
        QCOMPARE(cs.name, QStringLiteral("cluster-summary"));
        QCOMPARE(cs.columns, cols("cluster,customers,customers_pct,value,value_pct,mean_recency_days,mean_frequency,"
                                  "mean_monetary"));
        QCOMPARE(toCsv(cs).section(QLatin1Char('\n'), 2, 2), QStringLiteral("-1,2,50,10,12.5,3,4,5"));
    }

    void healthAndCharts()
    {
        HealthRecord h;
        h.customer = 3;
        h.previous = 0;
        h.current = 5;
        h.changePct = std::numeric_limits<double>::quiet_NaN();
        h.status = HealthStatus::New;
        const ReportTable t = healthReport({h}, {});
        QCOMPARE(t.columns, cols("customer,previous,current,change_pct,status"));
        QVERIFY(std::holds_alternative<std::monostate>(t.rows[0][3]));
        QCOMPARE(toCsv(t), QStringLiteral("customer,previous,current,change_pct,status\n3,0,5,,new\n"));

        const ReportTable k = kmeansKReport({{2, 10.5, 0.5}, {3, 4, std::numeric_limits<double>::quiet_NaN()}});
        QCOMPARE(k.name, QStringLiteral("kmeans-k"));
        QCOMPARE(toJson(k), QStringLiteral("[\n {\"k\": 2, \"inertia\": 10.5, \"silhouette\": 0.5},\n"
                                           " {\"k\": 3, \"inertia\": 4, \"silhouette\": null}\n]\n"));

        const ReportTable d = kDistanceReport({0.9, 0.25});
        QCOMPARE(d.columns, cols("rank,distance"));
        QCOMPARE(toCsv(d), QStringLiteral("rank,distance\n1,0.9\n2,0.25\n"));
    }
};

QTEST_GUILESS_MAIN(TestSegmentsReports)
#include "tst_segments_reports.moc"
