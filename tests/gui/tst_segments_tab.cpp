// SPDX-License-Identifier: MIT
// The Segments and Health tabs show what the segmentation engine computes for the same data.
#include <QWidget>

#include "ChartPanel.h"
#include "TabFactory.h"
#include "TempWorkspace.h"
#include "import/Importer.h"
#include "query/ActivityLoader.h"
#include "segments/ClusterRun.h"
#include "segments/ClusterSummary.h"
#include "segments/CustomerClustering.h"
#include "segments/CustomerHealth.h"
#include "segments/HealthTab.h"
#include "segments/SegmentSummary.h"
#include "segments/SegmentsTab.h"
#include "tables/GroupStatsModel.h"
#include "tables/HealthTableModel.h"
#include "tables/SegmentRuleModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <map>
#include <set>

using namespace ul;

namespace {

/// 60 customers over six months: a small valuable group active every few days, a large
/// light group, and a group that fades out (health: at risk / churned) or grows (expanding).
QByteArray fixture()
{
    QByteArray csv = "customer,usage_date,minutes\n";
    const QDate start(2025, 1, 1);
    for (int c = 0; c < 60; ++c) {
        const int kind = c % 4;
        for (int d = 0; d < 181; ++d) {
            const QDate day = start.addDays(d);
            double value = 0;
            if (kind == 0 && c < 12 && d % 3 == 0)
                value = 500 + 37 * c; // heavy
            else if (kind == 1 && d % 20 == c % 20)
                value = 3 + c % 5; // light
            else if (kind == 2 && d % 7 == 0 && d < 181 - 10 * (c % 9))
                value = d < 120 ? 40.0 : 5.0; // fading
            else if (kind == 3 && d % 9 == 0)
                value = d > 100 ? 30.0 + c : 4.0; // growing
            if (value > 0)
                csv += QStringLiteral("c%1,%2,%3\n").arg(c).arg(day.toString(Qt::ISODate)).arg(value).toUtf8();
        }
    }
    return csv;
}

struct Fixture {
    test::TempWorkspace tmp;
    Workspace ws;
    DatasetInfo dataset;
    FilterState filters;

    bool setUp()
    {
        if (!tmp.open(ws))
            return false;
        const QString csv = tmp.writeFile(QStringLiteral("usage.csv"), fixture());
        if (!importFiles(ws, {csv}, ImportOptions{}).ok)
            return false;
        QString error;
        const auto sets = listDatasets(ws.db(), &error);
        if (sets.size() != 1 || sets.front().metrics.empty())
            return false;
        dataset = sets.front();
        filters.dataset = dataset.name;
        filters.datasetId = dataset.id;
        filters.range = *datasetDataRange(ws.db(), dataset.id, &error);
        filters.granularity = Granularity::Month;
        return true;
    }
    qint64 metricId() const { return dataset.metrics.front().id; }
    std::vector<RfmRecord> records()
    {
        std::vector<ActivityRow> rows;
        QString error;
        loadActivity(ws.db(), metricId(), filters.range, &rows, &error);
        return computeRfm(rows, filters.range.to, FrequencyMode::ActiveDays);
    }
};

double cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data(GroupStatsModel::SortRole).toDouble();
}

void compareGroups(const GroupStatsModel* model, const std::vector<RfmGroupStats>& expected)
{
    QCOMPARE(model->rowCount(), int(expected.size()));
    for (int i = 0; i < model->rowCount(); ++i) {
        QCOMPARE(cell(model, i, GroupStatsModel::Customers), double(expected[size_t(i)].customers));
        QCOMPARE(cell(model, i, GroupStatsModel::Value), expected[size_t(i)].value);
        QCOMPARE(cell(model, i, GroupStatsModel::ValuePct), expected[size_t(i)].valuePct);
    }
}

} // namespace

class TstSegmentsTab : public QObject {
    Q_OBJECT
private slots:
    void createsSegmentsAndHealthTabs()
    {
        Fixture f;
        QVERIFY(f.setUp());
        QWidget parent;
        const auto segmentTabs = [](const DatasetInfo& d) {
            std::vector<TabSpec> out;
            for (const TabSpec& t : datasetTabs(d))
                if (t.group == TabGroup::Segments || t.group == TabGroup::Health)
                    out.push_back(t);
            return out;
        };
        const auto tabs = segmentTabs(f.dataset);
        QCOMPARE(tabs.size(), std::size_t(2));
        QCOMPARE(tabs[0].title, QStringLiteral("Segments"));
        QCOMPARE(tabs[1].title, QStringLiteral("Health"));
        QVERIFY(qobject_cast<SegmentsTab*>(createDashboardTab(f.tmp.path(), f.dataset, tabs[0], &parent)));
        QVERIFY(qobject_cast<HealthTab*>(createDashboardTab(f.tmp.path(), f.dataset, tabs[1], &parent)));
        DatasetInfo attributesOnly = f.dataset;
        attributesOnly.metrics.clear();
        QVERIFY(segmentTabs(attributesOnly).empty());
    }

    void segmentTableEqualsEngine()
    {
        Fixture f;
        QVERIFY(f.setUp());
        SegmentsTab tab(f.tmp.path(), f.dataset, f.metricId());
        QAbstractItemModelTester t1(tab.segmentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(tab.clusterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(tab.ruleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setSynchronous(true);
        tab.setFilters(f.filters);

        const auto records = f.records();
        QCOMPARE(tab.data().records.size(), records.size());
        const auto rules = defaultSegmentRules();
        const auto summary = summarizeSegments(records, assignSegments(records, rules), rules);
        std::vector<RfmGroupStats> expected;
        for (const auto& row : summary)
            expected.push_back(row.stats);
        compareGroups(tab.segmentModel(), expected);
        for (int i = 0; i < int(summary.size()); ++i)
            QCOMPARE(tab.segmentModel()->index(i, 0).data().toString(), summary[size_t(i)].segment);

        // k = auto is the default: the cluster table is the engine's auto k-means.
        KMeansOptions options;
        options.k = 0;
        const auto kmeans = clusterByKMeans(records, options);
        std::vector<RfmGroupStats> clusters;
        for (const auto& row : summarizeClusters(records, kmeans.labels))
            clusters.push_back(row.stats);
        compareGroups(tab.clusterModel(), clusters);
        QVERIFY(!tab.data().kScores.empty());
        for (int c = 0; c < SegmentsTab::ChartCount; ++c)
            QVERIFY2(tab.panel(SegmentsTab::Chart(c))->hasChart(),
                     qPrintable(tab.panel(SegmentsTab::Chart(c))->title()));
    }

    void dbscanChangesClusterTable()
    {
        Fixture f;
        QVERIFY(f.setUp());
        SegmentsTab tab(f.tmp.path(), f.dataset, f.metricId());
        QAbstractItemModelTester tester(tab.clusterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setSynchronous(true);
        tab.setFilters(f.filters);
        const int kmeansRows = tab.clusterModel()->rowCount();
        const double firstValue = cell(tab.clusterModel(), 0, GroupStatsModel::Value);

        ClusterParams params;
        params.method = ClusterParams::Method::Dbscan;
        params.eps = 0.4;
        params.minPoints = 4;
        tab.setClusterParams(params);
        QCOMPARE(tab.clusterParams(), params);
        const auto records = f.records();
        const auto dbscan = clusterByDbscan(records, params.eps, params.minPoints);
        std::vector<RfmGroupStats> expected;
        for (const auto& row : summarizeClusters(records, dbscan.labels))
            expected.push_back(row.stats);
        compareGroups(tab.clusterModel(), expected);
        QVERIFY(tab.clusterModel()->rowCount() != kmeansRows
                || cell(tab.clusterModel(), 0, GroupStatsModel::Value) != firstValue);
        QCOMPARE(tab.data().clusters.kDistance.size(), records.size());
        tab.setColorBy(SegmentsTab::ColorBy::Segment);
        QVERIFY(tab.panel(SegmentsTab::Scatter)->hasChart());
    }

    void chosenFeaturesMatchTheCommandLine()
    {
        // Total alone, as it is, among customers with a total of at least the median: the tab's
        // clusters are the engine's on the same customers and features, and its request carries
        // them to the exports.
        Fixture f;
        QVERIFY(f.setUp());
        SegmentsTab tab(f.tmp.path(), f.dataset, f.metricId());
        tab.setSynchronous(true);
        tab.setFilters(f.filters);
        auto records = f.records();
        std::vector<double> totals;
        for (const RfmRecord& r : records)
            totals.push_back(r.monetary);
        std::sort(totals.begin(), totals.end());
        const double median = totals[totals.size() / 2];
        ClusterParams params;
        params.k = 3;
        params.features = {QStringLiteral("total")};
        params.scale = FeatureScale::None;
        params.bounds.min = median;
        tab.setClusterParams(params);
        QCOMPARE(tab.clusterParams(), params);
        const std::vector<RfmRecord> within = recordsWithin(records, params.bounds);
        QCOMPARE(tab.data().records.size(), within.size());
        QVERIFY(within.size() < records.size());
        FeatureColumns raw{{QStringLiteral("total")}, {{}}};
        for (const RfmRecord& r : within)
            raw.values[0].push_back(r.monetary);
        const ClusterRun expected = ClusterRun::compute(within, raw, params);
        std::vector<RfmGroupStats> groups;
        for (const auto& row : expected.summary)
            groups.push_back(row.stats);
        compareGroups(tab.clusterModel(), groups);
        QCOMPARE(tab.data().clusters.centres, expected.centres);
        const ReportRequest request = tab.reportRequest();
        QCOMPARE(request.cluster.features, params.features);
        QCOMPARE(request.minTotal, params.bounds.min);
    }

    void reclusterRunsOffTheGuiThread()
    {
        Fixture f;
        QVERIFY(f.setUp());
        SegmentsTab tab(f.tmp.path(), f.dataset, f.metricId());
        tab.resize(1400, 900);
        tab.show();
        QSignalSpy refreshed(&tab, &DashboardTab::refreshed);
        tab.setFilters(f.filters);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.isPending() && refreshed.count() > 0, 60000);
        QVERIFY2(!tab.data().records.empty(), qPrintable(tab.data().error));
        ClusterParams params;
        params.k = 3;
        // A tiny job may finish before .then() attaches, so "pending" is not asserted here.
        tab.setClusterParams(params);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.isPending(), 60000);
        QCOMPARE(tab.data().clusters.clustering.clusterCount, 3);
        QCOMPARE(tab.clusterModel()->rowCount(), 3);
    }

    void ruleEditsAreValidated()
    {
        Fixture f;
        QVERIFY(f.setUp());
        SegmentsTab tab(f.tmp.path(), f.dataset, f.metricId());
        tab.setSynchronous(true);
        tab.setFilters(f.filters);
        SegmentRuleModel* rules = tab.ruleModel();
        QSignalSpy rejected(rules, &SegmentRuleModel::rejected);
        QVERIFY(!rules->setData(rules->index(0, SegmentRuleModel::RMin), 6));
        QVERIFY(!rules->setData(rules->index(0, SegmentRuleModel::Name), QString()));
        QCOMPARE(rejected.count(), 2);
        QCOMPARE(rules->rules(), defaultSegmentRules());

        // Catch-all first rule: everyone becomes one segment.
        QVERIFY(rules->setData(rules->index(0, SegmentRuleModel::Name), QStringLiteral("Everyone")));
        for (int c : {SegmentRuleModel::RMin, SegmentRuleModel::FMin, SegmentRuleModel::MMin})
            QVERIFY(rules->setData(rules->index(0, c), 1));
        QCOMPARE(tab.segmentModel()->index(0, 0).data().toString(), QStringLiteral("Everyone"));
        QCOMPARE(cell(tab.segmentModel(), 0, GroupStatsModel::Customers), double(tab.data().records.size()));
        rules->resetToDefaults();
        QCOMPARE(tab.segmentModel()->index(0, 0).data().toString(), defaultSegmentRules().front().name);
        QVERIFY(rules->insertRows(1, 1));
        QCOMPARE(rules->rowCount(), int(defaultSegmentRules().size()) + 1);
        QVERIFY(rules->removeRows(1, 1));
    }

    void exportWritesMembershipCsv()
    {
        Fixture f;
        QVERIFY(f.setUp());
        SegmentsTab tab(f.tmp.path(), f.dataset, f.metricId());
        tab.setSynchronous(true);
        tab.setFilters(f.filters);
        const std::pair<SegmentsTab::Membership, QByteArray> cases[] = {
            {SegmentsTab::Membership::Rfm, "customer,recency_days,frequency,monetary,r,f,m,segment"},
            {SegmentsTab::Membership::Clusters, "customer,cluster,recency_days,frequency,monetary"}};
        for (const auto& [kind, header] : cases) {
            const QString path = f.tmp.dir() + QStringLiteral("/members.csv");
            QString error;
            QVERIFY2(tab.exportMembership(kind, path, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = file.readAll().split('\n');
            QCOMPARE(lines.first(), header);
            QCOMPARE(lines.size() - 1 - (lines.last().isEmpty() ? 1 : 0), int(tab.data().records.size()));
            QVERIFY(lines.at(1).startsWith("c"));
        }
        QString error;
        QVERIFY(!tab.exportMembership(SegmentsTab::Membership::Rfm, f.tmp.dir() + QStringLiteral("/no/such/dir/x.csv"),
                                      &error));
        QVERIFY(!error.isEmpty());
    }

    void healthListsMatchEngine()
    {
        Fixture f;
        QVERIFY(f.setUp());
        HealthTab tab(f.tmp.path(), f.dataset, f.metricId());
        QAbstractItemModelTester t1(tab.model(HealthTab::AtRiskList),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(tab.model(HealthTab::ExpandingList),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setSynchronous(true);
        tab.setFilters(f.filters);

        // Monthly windows built here by hand: Jan-Mar against Apr-Jun 2025 (the data's last month).
        std::vector<ActivityRow> rows;
        QString error;
        QVERIFY(loadActivity(f.ws.db(), f.metricId(), std::nullopt, &rows, &error));
        std::map<qint64, std::vector<double>> byCustomer;
        for (const ActivityRow& r : rows) {
            auto& v = byCustomer[r.customer];
            v.resize(6);
            v[size_t(ymdFromDay(r.day).month - 1)] += r.value;
        }
        QCOMPARE(isoDate(f.filters.range.to), QStringLiteral("2025-06-30"));
        std::vector<CustomerSeries> series;
        for (auto& [c, v] : byCustomer)
            series.push_back({c, v});
        const auto expected = assessHealth(series, HealthOptions{});
        const auto names = customerNames(f.ws.db());
        for (auto [list, status] : {std::pair{HealthTab::AtRiskList, HealthStatus::AtRisk},
                                    std::pair{HealthTab::ExpandingList, HealthStatus::Expanding}}) {
            std::set<QString> want, got;
            for (const HealthRecord& r : expected)
                if (r.status == status)
                    want.insert(names.value(r.customer));
            const HealthTableModel* model = tab.model(list);
            for (int i = 0; i < model->rowCount(); ++i)
                got.insert(model->customerAt(i));
            QVERIFY(!want.empty());
            QCOMPARE(got, want);
            QCOMPARE(tab.countText(status), QString::number(want.size()));
            QCOMPARE(model->records().front().trend.size(), std::size_t(6));
        }

        // Sorted by change: the at-risk list starts with the largest drop.
        QTableView* view = tab.view(HealthTab::AtRiskList);
        const double first =
            view->model()->index(0, HealthTableModel::Change).data(HealthTableModel::SortRole).toDouble();
        for (int i = 1; i < view->model()->rowCount(); ++i)
            QVERIFY(view->model()->index(i, HealthTableModel::Change).data(HealthTableModel::SortRole).toDouble()
                    >= first);

        QSignalSpy requested(&tab, &DashboardTab::customerRequested);
        emit view->doubleClicked(view->model()->index(0, 0));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), view->model()->index(0, 0).data().toString());

        HealthOptions stricter;
        stricter.thresholdPct = 90;
        tab.setOptions(stricter);
        QVERIFY(tab.model(HealthTab::AtRiskList)->rowCount()
                <= int(std::count_if(expected.begin(), expected.end(),
                                     [](const HealthRecord& r) { return r.status == HealthStatus::AtRisk; })));
    }

    /// Renders both tabs for a human to look at: the fixture, or UL_SEGMENTS_DB with the metric
    /// UL_SEGMENTS_METRIC (the snapshot command cannot pick the tab's value metric), into
    /// UL_SEGMENTS_PNG_DIR; UL_SEGMENTS_METHOD=dbscan:EPS:MINPOINTS switches the clustering.
    void renderForHuman()
    {
        const QString dir = qEnvironmentVariable("UL_SEGMENTS_PNG_DIR");
        if (dir.isEmpty())
            QSKIP("UL_SEGMENTS_PNG_DIR not set");
        Fixture f;
        QVERIFY(f.setUp());
        QString path = f.tmp.path();
        DatasetInfo dataset = f.dataset;
        FilterState filters = f.filters;
        qint64 metric = f.metricId();
        QString prefix = QStringLiteral("fixture");
        Workspace other;
        if (const QString db = qEnvironmentVariable("UL_SEGMENTS_DB"); !db.isEmpty()) {
            QString error;
            QVERIFY2(other.open(db, Workspace::OpenMode::ExistingOnly, &error), qPrintable(error));
            const auto m = findMetric(other.db(), qEnvironmentVariable("UL_SEGMENTS_METRIC"), {}, &error);
            QVERIFY2(m, qPrintable(error));
            dataset = *findDataset(other.db(), m->dataset, &error);
            metric = m->id;
            filters.dataset = dataset.name;
            filters.datasetId = dataset.id;
            filters.range = *datasetDataRange(other.db(), dataset.id, &error);
            path = db;
            prefix = m->key;
        }
        SegmentsTab segments(path, dataset, metric);
        HealthTab health(path, dataset, metric);
        for (DashboardTab* tab : std::initializer_list<DashboardTab*>{&segments, &health}) {
            tab->setSynchronous(true);
            tab->resize(1600, 900);
            tab->show();
            tab->setFilters(filters);
        }
        const QStringList method = qEnvironmentVariable("UL_SEGMENTS_METHOD").split(QLatin1Char(':'));
        if (method.size() == 3 && method.first() == QLatin1String("dbscan")) {
            ClusterParams params;
            params.method = ClusterParams::Method::Dbscan;
            params.eps = method.at(1).toDouble();
            params.minPoints = method.at(2).toInt();
            segments.setClusterParams(params);
            prefix += QStringLiteral("-dbscan");
        }
        QVERIFY(segments.grab().save(dir + QStringLiteral("/%1-segments.png").arg(prefix)));
        QVERIFY(health.grab().save(dir + QStringLiteral("/%1-health.png").arg(prefix)));
    }
};

QTEST_MAIN(TstSegmentsTab)
#include "tst_segments_tab.moc"
