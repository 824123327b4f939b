// SPDX-License-Identifier: MIT
// The view registry: every view is registered once, runs through `report` exactly as through
// the registry, and a dataset's workbook holds every view of every tab it has.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "demo/DemoWorkspace.h"
#include "report/ViewRegistry.h"
#include "report/Workbook.h"

#include <QSet>
#include <QTest>

using namespace ul;

namespace {

using test::CliRun;

CliRun runCli(const QStringList& args) { return test::runCoreCommand(args); }

} // namespace

class TstViewRegistry : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(writeDemoWorkspace(m_tmp.path(), &error), qPrintable(error));
        QVERIFY(m_tmp.open(m_ws));
    }

    void keysAreUniqueAndTitled()
    {
        QSet<QString> keys;
        for (const ViewSpec& v : reportViews()) {
            QVERIFY2(!keys.contains(v.key), qPrintable(v.key));
            keys.insert(v.key);
            QVERIFY(v.run);
            QVERIFY(v.title && *v.title);
            QCOMPARE(findReportView(v.key), &v);
        }
        QCOMPARE(reportViewKeys().size(), int(reportViews().size()));
        QVERIFY(!findReportView(QStringLiteral("nope")));
    }

    void everyViewOfEveryDemoTabAnswers_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::newRow("usage") << QString::fromLatin1(kDemoUsageDataset);
        QTest::newRow("invoices") << QString::fromLatin1(kDemoInvoicesDataset);
    }

    void everyViewOfEveryDemoTabAnswers()
    {
        QFETCH(QString, dataset);
        ReportContext context(m_ws.db());
        ReportRequest request;
        request.dataset = dataset;
        request.granularity = Granularity::Month;
        std::vector<WorkbookTab> tabs;
        ReportError error;
        QVERIFY2(workbookTabs(context, request, {}, &tabs, &error), qPrintable(error.message));
        std::vector<ReportTable> tables;
        QVERIFY2(buildWorkbook(context, tabs, &tables, &error), qPrintable(error.message));
        size_t expected = 0;
        for (const WorkbookTab& t : tabs)
            expected += viewsOfGroup(t.spec.group).size();
        QCOMPARE(tables.size(), expected);
        for (const ReportTable& t : tables) {
            QVERIFY2(!t.columns.isEmpty(), qPrintable(t.name));
            for (const auto& row : t.rows)
                QCOMPARE(int(row.size()), t.columns.size());
        }
    }

    void reportCommandPrintsTheRegistryTable_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QStringList>("options");
        const QStringList usage{QStringLiteral("--dataset"),     QString::fromLatin1(kDemoUsageDataset),
                                QStringLiteral("--metric"),      QStringLiteral("transcoded_minutes"),
                                QStringLiteral("--granularity"), QStringLiteral("month")};
        const QStringList invoices{QStringLiteral("--dataset"), QString::fromLatin1(kDemoInvoicesDataset)};
        for (const ViewSpec& v : reportViews()) {
            const bool revenue = v.group == TabGroup::Revenue;
            QTest::newRow(qPrintable(v.key)) << v.key << (revenue ? invoices : usage);
        }
    }

    void reportCommandPrintsTheRegistryTable()
    {
        QFETCH(QString, view);
        QFETCH(QStringList, options);
        const CliRun cli = runCli(
            QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_tmp.path(), QStringLiteral("--view"), view}
            + options);
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        ReportRequest request;
        request.dataset = options.value(1);
        request.metric = options.value(3);
        if (options.contains(QStringLiteral("--granularity")))
            request.granularity = Granularity::Month;
        ReportContext context(m_ws.db());
        ReportTable table;
        ReportError error;
        QVERIFY2(runReportView(context, view, request, &table, &error), qPrintable(error.message));
        QCOMPARE(table.name, view);
        QCOMPARE(cli.out, toCsv(table));
    }

    void errorsSayWhatIsWrong()
    {
        ReportContext context(m_ws.db());
        ReportTable table;
        ReportError error;
        QVERIFY(!runReportView(context, QStringLiteral("totals"), ReportRequest{}, &table, &error));
        QCOMPARE(error.kind, ReportError::Kind::Usage);
        QVERIFY(error.message.contains(QStringLiteral("--metric")));
        ReportRequest unknownMetric;
        unknownMetric.metric = QStringLiteral("no_such_metric");
        QVERIFY(!runReportView(context, QStringLiteral("totals"), unknownMetric, &table, &error));
        QCOMPARE(error.kind, ReportError::Kind::Runtime);
        // Without --dataset a revenue view reads the workspace's one dataset of invoices.
        QVERIFY2(runReportView(context, QStringLiteral("mrr"), ReportRequest{}, &table, &error),
                 qPrintable(error.message));
        QVERIFY(!table.rows.empty());
        QVERIFY(!runReportView(context, QStringLiteral("nope"), ReportRequest{}, &table, &error));
        QCOMPARE(error.kind, ReportError::Kind::Usage);
        QVERIFY(error.message.contains(QStringLiteral("totals")));
    }

    void unknownTabIsAnErrorListingTheTabs()
    {
        ReportContext context(m_ws.db());
        ReportRequest request;
        request.dataset = QString::fromLatin1(kDemoInvoicesDataset);
        std::vector<WorkbookTab> tabs;
        ReportError error;
        QVERIFY(!workbookTabs(context, request, {QStringLiteral("nope")}, &tabs, &error));
        QVERIFY2(error.message.contains(QStringLiteral("no tab 'nope'"))
                     && error.message.contains(QStringLiteral("revenue")),
                 qPrintable(error.message));
        QVERIFY(workbookTabs(context, request, {QStringLiteral("customer:all")}, &tabs, &error));
        QCOMPARE(tabs.size(), size_t(1));
        QCOMPARE(tabs.front().spec.group, TabGroup::Customer);
    }

private:
    test::TempWorkspace m_tmp;
    Workspace m_ws;
};

QTEST_GUILESS_MAIN(TstViewRegistry)
#include "tst_view_registry.moc"
