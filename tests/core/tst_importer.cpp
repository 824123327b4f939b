// SPDX-License-Identifier: MIT
#include "StoredFacts.h"
#include "TempWorkspace.h"
#include "db/ImportCatalog.h"
#include "import/Importer.h"
#include "query/DatasetCatalog.h"

#include <QTest>

using namespace ul;

class TestImporter : public QObject {
    Q_OBJECT
private slots:
    void detectsRoles();
    void importsAndSumsDuplicateDays();
    void badInput_data();
    void badInput();
    void skipBadRows();
    void reimportIsRefusedUnlessReplace();
    void forgetImportRemovesData();
    void overridesAndDateFormat();
    void ambiguousSlashDatesUseWholeColumn();
    void cancelLeavesWorkspaceUnchanged();
    void attributesOnlyFile();
};

namespace {
double sumFacts(Workspace& ws) { return test::sumOfFacts(ws); }
} // namespace

void TestImporter::detectsRoles()
{
    ImportMapping mapping;
    std::vector<ColumnProfile> profiles;
    QString error;
    QVERIFY2(detectFileMapping(test::testDataFile(QStringLiteral("usage_small.csv")), {}, &mapping, &profiles, &error),
             qPrintable(error));
    auto role = [&](const char* column) {
        for (const auto& c : mapping.columns) {
            if (c.header == QLatin1String(column))
                return c.role;
        }
        return ColumnRole::Ignore;
    };
    QCOMPARE(role("customer"), ColumnRole::Customer);
    QCOMPARE(role("usage_date"), ColumnRole::Date);
    QCOMPARE(role("created"), ColumnRole::Created);
    QCOMPARE(role("Minutes (Total)"), ColumnRole::Metric);
    QCOMPARE(role("plan"), ColumnRole::Dimension);   // few repeating values: kept per row too
    QCOMPARE(role("active"), ColumnRole::Dimension); // booleans are attributes (and per row), not metrics
    QCOMPARE(mapping.columns[3].key, QStringLiteral("minutes_total"));
    QCOMPARE(*mapping.columns[1].dateFormat, DateFormat::Iso);
}

void TestImporter::importsAndSumsDuplicateDays()
{
    test::TempWorkspace tmp;
    Workspace ws;
    QVERIFY(tmp.open(ws));
    const ImportResult r = importFiles(ws, {test::testDataFile(QStringLiteral("usage_small.csv"))}, {});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.files.size(), size_t(1));
    QCOMPARE(r.files[0].rowsRead, qint64(7));
    QCOMPARE(r.files[0].rowsImported, qint64(7));
    QCOMPARE(r.files[0].dataset, QStringLiteral("usage_small"));
    if (!test::onServer()) {
        // The first import wrote the new file directly, then turned on WAL for shared reading.
        QString modeError;
        Statement mode = ws.db().prepare(QStringLiteral("PRAGMA journal_mode"), &modeError);
        QVERIFY2(mode.step(), qPrintable(modeError));
        QCOMPARE(mode.columnText(0), QStringLiteral("wal"));
    }
    QCOMPARE(sumFacts(ws), 43.0);
    QCOMPARE(test::sumOfFacts(ws, test::Metrics::Records), 7.0); // the built-in metric: one per row
    // a's two rows on 2022-01-03 (one with a -02:00 offset is 2022-01-04 in UTC) stay apart.
    qint64 cellsOfA = 0, rowsOfA = 0;
    const std::set<qint64> records = test::recordsMetricIds(ws);
    for (const test::StoredFact& f : test::storedFacts(ws))
        if (f.customer == QLatin1String("a") && !records.count(f.metric))
            ++cellsOfA, rowsOfA += f.rows;
    QCOMPARE(cellsOfA, 3LL);
    QCOMPARE(double(rowsOfA), 3.0);
    QString error;
    const auto metric = findMetric(ws.db(), QStringLiteral("Minutes (Total)"), {}, &error);
    QVERIFY2(metric, qPrintable(error));
    QCOMPARE(metric->key, QStringLiteral("minutes_total"));
    const auto attrs = customerAttributes(ws.db(), *customerIdByExternal(ws.db(), QStringLiteral("a")));
    QCOMPARE(attrs.size(), size_t(2));
    QCOMPARE(attrs[0], std::make_pair(QStringLiteral("active"), QStringLiteral("true")));
    QCOMPARE(attrs[1], std::make_pair(QStringLiteral("plan"), QStringLiteral("pro")));
    const auto imports = listImports(ws.db(), &error);
    QCOMPARE(imports.size(), size_t(1));
    QCOMPARE(imports[0].sha256.size(), 64);
    QVERIFY(imports[0].mappingJson.contains(QStringLiteral("\"role\":\"customer\"")));

    // Several rows of one customer on one day are summed into that day.
    const QString dup = tmp.writeFile(QStringLiteral("dup.csv"),
                                      "customer_id,date,n\nx,2022-01-01,1.5\nx,2022-01-01T10:00:00Z,2.5\n");
    const ImportResult r2 = importFiles(ws, {dup}, {});
    QVERIFY2(r2.ok, qPrintable(r2.error));
    std::vector<test::StoredFact> d = test::storedFacts(ws, r2.files[0].importId);
    QCOMPARE(d.size(), size_t(2)); // n and records
    if (test::recordsMetricIds(ws).count(d[0].metric))
        std::swap(d[0], d[1]);
    QCOMPARE(d[0].value, 4.0);
    QCOMPARE(d[0].rows, 2LL);
    QCOMPARE(d[1].value, 2.0); // two rows
    QCOMPARE(d[1].rows, 2LL);
}

void TestImporter::badInput_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // substring of the error or of the first problem
    // Twenty good rows first: a few bad values must be reported, not change a column's role.
    QByteArray header("customer_id,usage_date,minutes\n");
    for (int i = 1; i <= 20; ++i)
        header += "g" + QByteArray::number(i) + ",2022-01-" + QByteArray::number(i).rightJustified(2, '0') + ","
                  + QByteArray::number(i) + "\n";
    QTest::newRow("bad date") << "d.csv" << header + "a,2022-01-01,1\nb,2022-13-45,2\n"
                              << "d.csv:23:2 (column 'usage_date'): not a date in the iso format: '2022-13-45'";
    QTest::newRow("non-numeric metric") << "n.csv" << header + "a,2022-01-01,1\nb,2022-01-02,12x\n"
                                        << "n.csv:23:3 (column 'minutes'): not a number: '12x'";
    QTest::newRow("ragged row") << "r.csv" << header + "a,2022-01-01,1\nb,2022-01-02\n"
                                << "r.csv:23:3 (column 'minutes'): expected 3 fields, found 2: 'b,2022-01-02'";
    // (Invalid UTF-8 now means Windows-1252 unless --encoding utf-8 is given: tst_import_exports.)
    QTest::newRow("invalid json") << "j.ndjson"
                                  << QByteArray("{\"customerId\":1,\"paidAt\":\"2022-01-01\",\"amount\":1}\n{"
                                                "\"customerId\":2,\"paidAt\":\"2022-01-02\",\"amount\":}\n")
                                  << "j.ndjson:2:";
    QTest::newRow("missing date") << "m.csv" << header + "a,2022-01-01,1\nb,NULL,2\n"
                                  << "m.csv:23:2 (column 'usage_date'): missing date";
    QTest::newRow("empty file") << "e.csv" << QByteArray() << "e.csv: the file is empty";
    QTest::newRow("header only") << "h.csv" << QByteArray("customer_id,usage_date,minutes\n")
                                 << "h.csv: the file has a header but no data rows";
    QTest::newRow("binary") << "b.csv" << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16) << "binary file";
}

void TestImporter::badInput()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    test::TempWorkspace tmp;
    Workspace ws;
    QVERIFY(tmp.open(ws));
    // Start from a workspace with data so "unchanged" means something.
    QVERIFY(importFiles(ws, {test::testDataFile(QStringLiteral("usage_small.csv"))}, {}).ok);
    const QString before = test::TempWorkspace::contentDigest(ws);
    const ImportResult r = importFiles(ws, {tmp.writeFile(fileName, content)}, {});
    QVERIFY(!r.ok);
    QString text = r.error;
    for (const auto& p : r.problems)
        text += QLatin1Char('\n') + p.toString();
    QVERIFY2(text.contains(expected), qPrintable(text));
    QCOMPARE(test::TempWorkspace::contentDigest(ws), before);
}

void TestImporter::skipBadRows()
{
    test::TempWorkspace tmp;
    Workspace ws;
    QVERIFY(tmp.open(ws));
    QByteArray content("customer_id,usage_date,minutes\n");
    for (int i = 0; i < 30; ++i)
        content += "c" + QByteArray::number(i) + (i % 15 == 0 ? ",bad-date," : ",2022-01-01,") + "1\n";
    const QString path = tmp.writeFile(QStringLiteral("s.csv"), content);
    const ImportResult failed = importFiles(ws, {path}, {});
    QVERIFY(!failed.ok);
    QCOMPARE(failed.problemCount, qint64(2));
    QCOMPARE(failed.problems.size(), size_t(2));
    ImportOptions options;
    options.skipBadRows = true;
    const ImportResult r = importFiles(ws, {path}, options);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.files[0].rowsImported, qint64(28));
    QCOMPARE(r.files[0].rowsRejected, qint64(2));
    QString error;
    QCOMPARE(listImports(ws.db(), &error)[0].rowsRejected, qint64(2));
    QCOMPARE(sumFacts(ws), 28.0);
}

void TestImporter::reimportIsRefusedUnlessReplace()
{
    test::TempWorkspace tmp;
    Workspace ws;
    QVERIFY(tmp.open(ws));
    const QString path = tmp.writeFile(QStringLiteral("u.csv"), "customer_id,usage_date,minutes\na,2022-01-01,1\n");
    QVERIFY(importFiles(ws, {path}, {}).ok);
    const QString before = test::TempWorkspace::contentDigest(ws);
    const ImportResult again = importFiles(ws, {path}, {});
    QVERIFY(!again.ok);
    QVERIFY2(again.error.contains(QStringLiteral("already imported as import #1")), qPrintable(again.error));
    QCOMPARE(test::TempWorkspace::contentDigest(ws), before);

    // A new nightly export of the same file name swaps the old data with --replace.
    tmp.writeFile(QStringLiteral("u.csv"), "customer_id,usage_date,minutes\na,2022-01-01,5\nb,2022-01-02,2\n");
    ImportOptions replace;
    replace.replace = true;
    const ImportResult replaced = importFiles(ws, {path}, replace);
    QVERIFY2(replaced.ok, qPrintable(replaced.error));
    QCOMPARE(replaced.files[0].replacedImports, std::vector<qint64>{1});
    QCOMPARE(sumFacts(ws), 7.0);
    QCOMPARE(test::sumOfFacts(ws, test::Metrics::Records), 2.0); // the replaced rows no longer count
    QString error;
    QCOMPARE(listImports(ws.db(), &error).size(), size_t(1));
    QCOMPARE(test::sumOfMonthSummaries(ws), 7.0);
}

void TestImporter::forgetImportRemovesData()
{
    test::TempWorkspace tmp;
    Workspace ws;
    QVERIFY(tmp.open(ws));
    const QString one = tmp.writeFile(QStringLiteral("one.csv"), "customer_id,usage_date,minutes\na,2022-01-01,1\n");
    const QString two = tmp.writeFile(QStringLiteral("two.csv"),
                                      "customer_id,usage_date,minutes\na,2022-01-01,2\nb,2022-01-05,4\n");
    ImportOptions options;
    options.dataset = QStringLiteral("usage");
    QVERIFY(importFiles(ws, {one}, options).ok);
    QVERIFY(importFiles(ws, {two}, options).ok);
    QCOMPARE(sumFacts(ws), 7.0);
    QString error;
    QVERIFY2(forgetImport(ws.db(), 2, &error), qPrintable(error));
    QCOMPARE(sumFacts(ws), 1.0);
    QCOMPARE(test::sumOfFacts(ws, test::Metrics::Records), 1.0);
    QCOMPARE(test::sumOfMonthSummaries(ws, test::Metrics::Records), 1.0);
    QCOMPARE(test::sumOfMonthSummaries(ws), 1.0);
    QVERIFY(!forgetImport(ws.db(), 99, &error));
    QVERIFY(error.contains(QStringLiteral("no import #99")));
    QVERIFY(forgetImport(ws.db(), 1, &error));
    QVERIFY(listDatasets(ws.db(), &error).empty());
}

void TestImporter::overridesAndDateFormat()
{
    test::TempWorkspace tmp;
    const QString path = tmp.writeFile(QStringLiteral("o.csv"),
                                       "acct,when,signup,a,b\nx,5/1/22,4/1/22,1,2\ny,5/2/22,4/2/22,3,4\n");
    ImportOptions options;
    QString error;
    options.overrides.push_back(*parseMappingOverride(QStringLiteral("customer=acct"), &error));
    options.overrides.push_back(*parseMappingOverride(QStringLiteral("date=when"), &error));
    options.overrides.push_back(*parseMappingOverride(QStringLiteral("metric=b"), &error));
    options.dateFormat = DateFormat::DayMonthYear;
    ImportMapping mapping;
    std::vector<ColumnProfile> profiles;
    QVERIFY2(detectFileMapping(path, options, &mapping, &profiles, &error), qPrintable(error));
    QCOMPARE(mapping.columns[1].role, ColumnRole::Date);
    QCOMPARE(*mapping.columns[1].dateFormat, DateFormat::DayMonthYear);
    QCOMPARE(mapping.columns[3].role, ColumnRole::Ignore); // naming metrics means "only these"
    QCOMPARE(mapping.columns[4].role, ColumnRole::Metric);
    QVERIFY(!parseMappingOverride(QStringLiteral("bogus=x"), &error));
    options.overrides.push_back(*parseMappingOverride(QStringLiteral("metric=nope"), &error));
    QVERIFY(!detectFileMapping(path, options, &mapping, &profiles, &error));
    QVERIFY2(error.contains(QStringLiteral("no such column")), qPrintable(error));
}

void TestImporter::ambiguousSlashDatesUseWholeColumn()
{
    // The first 10,000 rows fit both orders; a later row (25/12/22) settles day-first.
    test::TempWorkspace tmp;
    QByteArray content("customer_id,date,n\n");
    for (int i = 0; i < 12000; ++i)
        content += "c" + QByteArray::number(i % 50) + "," + QByteArray::number(i % 12 + 1) + "/3/22,1\n";
    content += "c1,25/12/22,1\n";
    const QString path = tmp.writeFile(QStringLiteral("amb.csv"), content);
    ImportMapping mapping;
    std::vector<ColumnProfile> profiles;
    QString error;
    QVERIFY2(detectFileMapping(path, {}, &mapping, &profiles, &error), qPrintable(error));
    QCOMPARE(*mapping.columns[1].dateFormat, DateFormat::DayMonthYear);
    QVERIFY(!mapping.columns[1].dateFormatAmbiguous);
}

void TestImporter::cancelLeavesWorkspaceUnchanged()
{
    test::TempWorkspace tmp;
    Workspace ws;
    QVERIFY(tmp.open(ws));
    QVERIFY(importFiles(ws, {test::testDataFile(QStringLiteral("usage_small.csv"))}, {}).ok);
    const QString before = test::TempWorkspace::contentDigest(ws);
    QByteArray content("customer_id,usage_date,minutes\n");
    for (int i = 0; i < 50000; ++i)
        content += "c" + QByteArray::number(i % 500) + ",2022-01-" + QByteArray::number(i % 28 + 1) + ","
                   + QByteArray::number(i) + "\n";
    const QString path = tmp.writeFile(QStringLiteral("big.csv"), content);
    int calls = 0;
    const ImportResult r = importFiles(ws, {path}, {}, [&](qint64, qint64, qint64 rows) {
        ++calls;
        return rows < 20000;
    });
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QVERIFY(calls >= 2);
    QCOMPARE(test::TempWorkspace::contentDigest(ws), before);
}

void TestImporter::attributesOnlyFile()
{
    // No date column: the file describes customers; numbers are attributes, not metrics.
    test::TempWorkspace tmp;
    Workspace ws;
    QVERIFY(tmp.open(ws));
    const QString path = tmp.writeFile(QStringLiteral("customers.ndjson"),
                                       "{\"customerId\":943775,\"nrSessions\":11,\"nrSeats\":3}\n{\"customerId\":"
                                       "575113,\"nrSessions\":172,\"nrSeats\":null}\n");
    const ImportResult r = importFiles(ws, {path}, {});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.files[0].mapping.indexesOf(ColumnRole::Attribute).size(), size_t(2));
    QCOMPARE(r.files[0].mapping.indexesOf(ColumnRole::Metric).size(), size_t(0));
    const auto numeric = numericAttributes(ws.db());
    QCOMPARE(numeric.value(*customerIdByExternal(ws.db(), QStringLiteral("943775"))).value(QStringLiteral("nrSeats")),
             3.0);
    QVERIFY(
        !numeric.value(*customerIdByExternal(ws.db(), QStringLiteral("575113"))).contains(QStringLiteral("nrSeats")));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
