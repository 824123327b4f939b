// SPDX-License-Identifier: MIT
// Every usage view on a small fixture whose answers were computed by hand (tests/data/usage_small.csv):
//   a: 2022-01-03 10, 2022-01-04 5 (a -02:00 timestamp), 2022-01-10 1   created 2021-12-01
//   b: 2022-01-04 20, 2022-02-15 0                                      created 2022-01-02
//   c: 2022-02-01 7 (2022-02-20 has no value)                            created: none -> first usage 2022-02-01
#include "TempWorkspace.h"
#include "import/Importer.h"
#include "query/DatasetCatalog.h"
#include "report/ViewRegistry.h"

#include <QTest>

using namespace ul;

class TestUsageViews : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void totalsByMonth();
    void totalsByWeekFillsEmptyPeriods();
    void cumulativeAndChange();
    void partialMonthsAreExact();
    void topAndTopNew();
    void histogram();
    void kpis();
    void oneCustomer();
    void csvAndJson();

private:
    UsageQuery query(const char* from, const char* to, Granularity g) const;
    ReportTable run(const UsageQuery& q, const char* view);
    test::TempWorkspace m_tmp;
    Workspace m_ws;
    MetricInfo m_metric;
};

void TestUsageViews::initTestCase()
{
    QVERIFY(m_tmp.open(m_ws));
    const ImportResult r = importFiles(m_ws, {test::testDataFile(QStringLiteral("usage_small.csv"))}, {});
    QVERIFY2(r.ok, qPrintable(r.error));
    QString error;
    m_metric = *findMetric(m_ws.db(), QStringLiteral("minutes_total"), {}, &error);
    const auto range = metricDataRange(m_ws.db(), m_metric.id, &error);
    QCOMPARE(isoDate(range->from), QStringLiteral("2022-01-03"));
    QCOMPARE(isoDate(range->to), QStringLiteral("2022-02-15"));
}

UsageQuery TestUsageViews::query(const char* from, const char* to, Granularity g) const
{
    UsageQuery q;
    q.metricId = m_metric.id;
    q.datasetId = m_metric.datasetId;
    q.range = {*parseIsoDate(QLatin1String(from)), *parseIsoDate(QLatin1String(to))};
    q.granularity = g;
    return q;
}

ReportTable TestUsageViews::run(const UsageQuery& q, const char* view)
{
    // The same request the command line and the window build, through the view registry.
    ReportRequest r;
    r.metric = m_metric.key;
    r.from = q.range.from;
    r.to = q.range.to;
    r.granularity = q.granularity;
    r.top = q.top;
    r.newWithinDays = q.newWithinDays;
    r.bins = q.bins;
    r.logBins = q.logBins;
    if (q.customer)
        r.customer = customerNames(m_ws.db()).value(*q.customer);
    ReportContext context(m_ws.db());
    ReportTable t;
    ReportError error;
    if (!runReportView(context, QLatin1String(view), r, &t, &error))
        qWarning("%s", qPrintable(error.message));
    return t;
}

void TestUsageViews::totalsByMonth()
{
    const ReportTable t = run(query("2022-01-03", "2022-02-15", Granularity::Month), "totals");
    QCOMPARE(t.columns, (QStringList{QStringLiteral("period"), QStringLiteral("value"),
                                     QStringLiteral("active_customers"), QStringLiteral("partial")}));
    // The data runs from 3 Jan to 15 Feb: both months are partial.
    QCOMPARE(toCsv(t), QStringLiteral("period,value,active_customers,partial\n2022-01,36,2,true\n2022-02,7,2,true\n"));
}

void TestUsageViews::totalsByWeekFillsEmptyPeriods()
{
    const ReportTable t = run(query("2022-01-03", "2022-02-15", Granularity::Week), "totals");
    // Weeks start on Monday 3 Jan with the data; the week of 14 Feb is cut at the 15th.
    QCOMPARE(toCsv(t), QStringLiteral("period,value,active_customers,partial\n"
                                      "2022-01-03,35,2,false\n2022-01-10,1,1,false\n2022-01-17,0,0,false\n"
                                      "2022-01-24,0,0,false\n2022-01-31,7,1,false\n2022-02-07,0,0,false\n"
                                      "2022-02-14,0,1,true\n"));
}

void TestUsageViews::cumulativeAndChange()
{
    const UsageQuery q = query("2022-01-03", "2022-02-15", Granularity::Month);
    QCOMPARE(toCsv(run(q, "cumulative")), QStringLiteral("period,value\n2022-01,36\n2022-02,43\n"));
    // Both months are partial: no change is computed from them.
    const ReportTable change = run(q, "change");
    QCOMPARE(change.rows.size(), size_t(2));
    QVERIFY(std::holds_alternative<std::monostate>(change.rows[0][2]));
    QVERIFY(std::holds_alternative<std::monostate>(change.rows[1][2]));
    // Weeks 35, 1, 0, 0, 7, 0, 0 (the last partial): a change needs a previous value of at least
    // 5% of the median complete magnitude (7): from 1 it is shown, from 0 never.
    const ReportTable weekly = run(query("2022-01-03", "2022-02-15", Granularity::Week), "change");
    QCOMPARE(weekly.rows.size(), size_t(7));
    QCOMPARE(std::get<double>(weekly.rows[1][2]), (1.0 - 35.0) / 35.0 * 100.0);
    QCOMPARE(std::get<double>(weekly.rows[2][2]), -100.0);
    QVERIFY(std::holds_alternative<std::monostate>(weekly.rows[3][2]));
    QVERIFY(std::holds_alternative<std::monostate>(weekly.rows[4][2]));
    QCOMPARE(std::get<double>(weekly.rows[5][2]), -100.0);
    QVERIFY(std::holds_alternative<std::monostate>(weekly.rows[6][2])); // partial
    QCOMPARE(std::get<QString>(weekly.rows[6][3]), QStringLiteral("true"));
}

void TestUsageViews::partialMonthsAreExact()
{
    // 2022-01-04..2022-02-01 cuts both months: only daily facts inside count.
    const ReportTable t = run(query("2022-01-04", "2022-02-01", Granularity::Month), "totals");
    QCOMPARE(toCsv(t), QStringLiteral("period,value,active_customers,partial\n2022-01,26,2,true\n2022-02,7,1,true\n"));
    // Whole months come from the rollup, aggregated in SQL; edges from daily facts.
    QCOMPARE(toCsv(run(query("2021-12-15", "2022-02-28", Granularity::Month), "totals")),
             QStringLiteral("period,value,active_customers,partial\n2021-12,0,0,true\n2022-01,36,2,true\n"
                            "2022-02,7,2,true\n"));
    QCOMPARE(toCsv(run(query("2022-01-01", "2022-02-10", Granularity::Month), "totals")),
             QStringLiteral("period,value,active_customers,partial\n2022-01,36,2,true\n2022-02,7,1,true\n"));
    // A quarter spanning whole and partial months.
    const ReportTable q = run(query("2022-01-04", "2022-02-28", Granularity::Quarter), "totals");
    QCOMPARE(toCsv(q), QStringLiteral("period,value,active_customers,partial\n2022-Q1,33,3,true\n"));
}

void TestUsageViews::topAndTopNew()
{
    UsageQuery q = query("2022-01-03", "2022-02-15", Granularity::Day);
    const ReportTable top = run(q, "top");
    QCOMPARE(top.columns, (QStringList{QStringLiteral("rank"), QStringLiteral("customer"), QStringLiteral("value"),
                                       QStringLiteral("share_pct")}));
    QCOMPARE(top.rows.size(), size_t(3));
    QCOMPARE(std::get<QString>(top.rows[0][1]), QStringLiteral("b"));
    QCOMPARE(std::get<double>(top.rows[0][3]), 20.0 / 43.0 * 100.0);
    QCOMPARE(std::get<QString>(top.rows[1][1]), QStringLiteral("a"));
    QCOMPARE(std::get<QString>(top.rows[2][1]), QStringLiteral("c"));
    q.top = 2;
    QCOMPARE(run(q, "top").rows.size(), size_t(2));

    q.top = 10;
    q.newWithinDays = 60; // created after 2021-12-17: b and c (c from its first usage), not a
    const ReportTable fresh = run(q, "top-new");
    QCOMPARE(fresh.rows.size(), size_t(2));
    QCOMPARE(std::get<QString>(fresh.rows[0][1]), QStringLiteral("b"));
    QCOMPARE(std::get<QString>(fresh.rows[1][1]), QStringLiteral("c"));
    QCOMPARE(std::get<double>(fresh.rows[1][3]), 7.0 / 43.0 * 100.0); // share of the whole range total
    q.newWithinDays = 90;
    QCOMPARE(run(q, "top-new").rows.size(), size_t(3));
}

void TestUsageViews::histogram()
{
    UsageQuery q = query("2022-01-03", "2022-02-15", Granularity::Month);
    // Each customer once, by its total over the range (not customer-months): a 16, b 20, c 7.
    q.bins = 2;
    QCOMPARE(toCsv(run(q, "histogram")), QStringLiteral("bin_start,bin_end,count\n7,13.5,1\n13.5,20,2\n"));
    q.logBins = true; // 7..20 on a log scale
    const ReportTable log = run(q, "histogram");
    QCOMPARE(log.rows.size(), size_t(2));
    QCOMPARE(std::get<double>(log.rows[0][0]), 7.0);
    QCOMPARE(std::get<double>(log.rows[1][1]), 20.0);
    QCOMPARE(std::get<double>(log.rows[0][2]) + std::get<double>(log.rows[1][2]), 3.0);
}

void TestUsageViews::kpis()
{
    // Range 2022-01-10..2022-02-15 (37 days); previous 2021-12-04..2022-01-09.
    UsageQuery q = query("2022-01-10", "2022-02-15", Granularity::Day);
    const ReportTable t = run(q, "kpis");
    auto kpi = [&](const char* name) -> ReportCell {
        for (const auto& row : t.rows) {
            if (std::get<QString>(row[0]) == QLatin1String(name))
                return row[1];
        }
        return {};
    };
    QCOMPARE(cellNumber(kpi("total")), 8.0); // exact metrics give exact decimals
    QCOMPARE(cellNumber(kpi("previous_total")), 35.0);
    // The data starts on 3 January, inside the previous span: no change from a cut span.
    QVERIFY(std::holds_alternative<std::monostate>(kpi("change_pct")));
    QCOMPARE(cellText(kpi("previous_complete")), QStringLiteral("false"));
    QCOMPARE(std::get<double>(kpi("active_customers")), 3.0); // b's zero counts as active
    QCOMPARE(std::get<double>(kpi("new_customers")), 3.0);
    QCOMPARE(std::get<double>(kpi("avg_per_active_customer")), 8.0 / 3.0);
    QCOMPARE(std::get<double>(kpi("top_customer_share_pct")), 7.0 / 8.0 * 100.0);
    QCOMPARE(std::get<double>(kpi("top_decile_share_pct")), 7.0 / 8.0 * 100.0);

    // 2022-01-25..2022-02-15 (22 days) against 2022-01-03..2022-01-24, which the data covers:
    // 7 now against 36 before.
    const ReportTable covered = run(query("2022-01-25", "2022-02-15", Granularity::Day), "kpis");
    const auto coveredKpi = [&](const char* name) -> ReportCell {
        for (const auto& row : covered.rows)
            if (std::get<QString>(row[0]) == QLatin1String(name))
                return row[1];
        return {};
    };
    QCOMPARE(cellNumber(coveredKpi("previous_total")), 36.0);
    QCOMPARE(cellText(coveredKpi("previous_complete")), QStringLiteral("true"));
    QCOMPARE(std::get<double>(coveredKpi("change_pct")), (7.0 - 36.0) / 36.0 * 100.0);
}

void TestUsageViews::oneCustomer()
{
    UsageQuery q = query("2022-01-03", "2022-02-15", Granularity::Month);
    q.customer = customerIdByExternal(m_ws.db(), QStringLiteral("a"));
    QCOMPARE(toCsv(run(q, "totals")),
             QStringLiteral("period,value,active_customers,partial\n2022-01,16,1,true\n2022-02,0,0,true\n"));
}

void TestUsageViews::csvAndJson()
{
    ReportTable t;
    t.columns = {QStringLiteral("customer"), QStringLiteral("value"), QStringLiteral("note")};
    t.addRow({QStringLiteral("x,\"y\""), 0.1, {}});
    QCOMPARE(toCsv(t), QStringLiteral("customer,value,note\n\"x,\"\"y\"\"\",0.1,\n"));
    QCOMPARE(toJson(t), QStringLiteral("[\n {\"customer\": \"x,\\\"y\\\"\", \"value\": 0.1, \"note\": null}\n]\n"));
}

QTEST_GUILESS_MAIN(TestUsageViews)
#include "tst_usage_views.moc"
