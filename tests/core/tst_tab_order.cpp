// SPDX-License-Identifier: MIT
// What a presenter sees first: a dataset's tabs lead with its most recurring measure (not the
// column that happens to come first) and headers written as identifiers read as words.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "core/ReadableName.h"
#include "db/Workspace.h"
#include "query/DatasetCatalog.h"
#include "report/DatasetTabs.h"

#include <QTest>

using namespace ul;

class TestTabOrder : public QObject {
    Q_OBJECT
private slots:
    void identifiersReadAsWords_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("shown");
        QTest::newRow("snake case") << "source_segments"
                                    << "Source segments";
        QTest::newRow("camel case") << "amountPaid"
                                    << "Amount paid";
        QTest::newRow("dashes, acronym kept") << "ipfs-video-GB"
                                              << "Ipfs video GB";
        QTest::newRow("already words") << "Bandwidth (GB)"
                                       << "Bandwidth (GB)";
        QTest::newRow("one word") << "Records"
                                  << "Records";
        QTest::newRow("all capitals") << "MRR"
                                      << "MRR";
        QTest::newRow("run of capitals then word") << "MRRGrowth"
                                                   << "MRRGrowth";
        QTest::newRow("underscores only") << "__"
                                          << "__";
    }

    void identifiersReadAsWords()
    {
        QFETCH(QString, header);
        QFETCH(QString, shown);
        QCOMPARE(readableName(header), shown);
    }

    void mostRecurringMeasureLeads()
    {
        test::TempWorkspace tmp;
        // rare_metric comes first in the file and is the largest, but has a value on 2 rows of 6;
        // small_minutes and viewCount recur on every row, viewCount (21) larger than small_minutes (4).
        const QString csv = tmp.writeFile(QStringLiteral("usage.csv"),
                                          "account,day,rare_metric,small_minutes,viewCount\n"
                                          "a,2024-01-01,500,0.5,1\n"
                                          "a,2024-01-02,NULL,0.25,2\n"
                                          "b,2024-01-01,,1.5,3\n"
                                          "b,2024-01-03,700,0.5,4\n"
                                          "c,2024-01-04,NULL,0.5,5\n"
                                          "c,2024-01-05,NULL,0.75,6\n");
        const test::CliRun run = test::runCoreCommand({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                                                       QStringLiteral("--dataset"), QStringLiteral("usage"), csv});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(tmp.path(), Workspace::OpenMode::ReadOnly, &error), qPrintable(error));
        const std::vector<DatasetInfo> datasets = listDatasets(ws.db(), &error);
        QCOMPARE(datasets.size(), size_t(1));
        QStringList titles;
        for (const TabSpec& t : datasetTabs(datasets.front()))
            if (t.group == TabGroup::Metric)
                titles << t.title;
        // Records (one per row, total 6) is a recurring measure like the others.
        QCOMPARE(titles, (QStringList{QStringLiteral("View count"), QStringLiteral("Records"),
                                      QStringLiteral("Small minutes"), QStringLiteral("Rare metric")}));
    }
};

QTEST_MAIN(TestTabOrder)
#include "tst_tab_order.moc"
