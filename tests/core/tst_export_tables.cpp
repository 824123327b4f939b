// SPDX-License-Identifier: MIT
// CSV and XLSX exports: formula neutralisation, typed number cells, one sheet per view.
#include "CliRunner.h"
#include "ExternalTools.h"
#include "TempWorkspace.h"
#include "export/CellSafety.h"
#include "export/CsvExport.h"
#include "export/XlsxExport.h"
#include "report/ViewRegistry.h"

#include <QDir>
#include <QFile>

#include "RequireTool.h"
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace ul;

namespace {

int runCli(const QStringList& args, QString* outText = nullptr, QString* errText = nullptr)
{
    const test::CliRun r = test::runCoreCommand(args);
    if (outText)
        *outText = r.out;
    if (errText)
        *errText = r.err;
    return r.code;
}

ReportTable customersTable()
{
    ReportTable t;
    t.name = QStringLiteral("top");
    t.columns = {QStringLiteral("rank"), QStringLiteral("customer"), QStringLiteral("value"), QStringLiteral("day")};
    t.addRow({1.0, QStringLiteral("=HYPERLINK(\"x\")"), -12.5, QStringLiteral("2024-01-05")});
    t.addRow({2.0, QStringLiteral("plain"), 3000.0, QStringLiteral("2024-02-29")});
    t.addRow({3.0, QStringLiteral("-5"), ReportCell{}, QStringLiteral("2024-03-01")});
    return t;
}

using test::zipEntries;
using test::zipEntry;

/// Cells of a worksheet XML: reference -> whole <c ...> element.
QHash<QString, QString> sheetCells(const QByteArray& xml)
{
    QHash<QString, QString> cells;
    static const QRegularExpression cell(QStringLiteral("<c r=\"([A-Z]+[0-9]+)\"[^>]*?(/>|>.*?</c>)"));
    auto it = cell.globalMatch(QString::fromUtf8(xml));
    while (it.hasNext()) {
        const auto m = it.next();
        cells.insert(m.captured(1), m.captured(0));
    }
    return cells;
}

} // namespace

class TestExportTables : public QObject {
    Q_OBJECT
private slots:
    void neutralisesFormulaText_data();
    void neutralisesFormulaText();
    void csvKeepsNumbersAndQuotes();
    void xlsxTypesCellsAndNeutralises();
    void sheetNamesAreValidAndUnique();
    void exportCommandWritesOneSheetPerView();
    void exportCommandErrors();
    void importedFormulaCustomerIsNeutralised();
};

void TestExportTables::neutralisesFormulaText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("cr") << QStringLiteral("\rx") << QStringLiteral("'\rx");
    QTest::newRow("plain") << QStringLiteral("acme") << QStringLiteral("acme");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestExportTables::neutralisesFormulaText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CellSafety::neutralize(text), expected);
}

void TestExportTables::csvKeepsNumbersAndQuotes()
{
    const QString csv = CsvExport::safeCsv(customersTable());
    const QStringList lines = csv.split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("rank,customer,value,day"));
    // The formula is prefixed and still RFC 4180 quoted; the negative number stays a number.
    QCOMPARE(lines.at(1), QStringLiteral("1,\"'=HYPERLINK(\"\"x\"\")\",-12.5,2024-01-05"));
    QCOMPARE(lines.at(3), QStringLiteral("3,'-5,,2024-03-01"));

    test::TempWorkspace tmp;
    QStringList written;
    QString error;
    QVERIFY2(CsvExport::writeFolder({customersTable(), customersTable()}, tmp.dir() + QStringLiteral("/csv"), &written,
                                    &error),
             qPrintable(error));
    QCOMPARE(written.size(), 2);
    QVERIFY(written.at(1).endsWith(QStringLiteral("top_2.csv")));
    QFile f(written.at(0));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("\xEF\xBB\xBFrank,customer"));
}

void TestExportTables::xlsxTypesCellsAndNeutralises()
{
    UL_REQUIRE_TOOL("unzip");
    test::TempWorkspace tmp;
    const QString path = tmp.dir() + QStringLiteral("/t.xlsx");
    ReportTable months;
    months.name = QStringLiteral("totals");
    months.columns = {QStringLiteral("period"), QStringLiteral("value")};
    months.addRow({QStringLiteral("2024-01"), 1.0});
    months.addRow({QStringLiteral("2024-02"), 2.25});
    QString error;
    QVERIFY2(XlsxExport::write(path, {customersTable(), months}, &error), qPrintable(error));
    // No temporary file is left beside it.
    QCOMPARE(QDir(tmp.dir()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).size(), 0);

    const QStringList entries = zipEntries(path);
    QCOMPARE(entries.filter(QRegularExpression(QStringLiteral("^xl/worksheets/sheet\\d+\\.xml$"))).size(), 2);
    const QByteArray workbook = zipEntry(path, QStringLiteral("xl/workbook.xml"));
    QVERIFY(workbook.contains("name=\"top\"") && workbook.contains("name=\"totals\""));
    QVERIFY2(workbook.contains("_xlnm._FilterDatabase"), workbook.constData()); // auto-filter

    const QByteArray sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains("<pane ySplit=\"1\"")); // frozen header row
    QVERIFY(sheet.contains("<autoFilter ref=\"A1:D4\""));
    const auto cells = sheetCells(sheet);
    // Numbers: a plain <v> without a type; text: inline strings (the workbook is written in
    // constant memory, so text goes with its cell instead of into a shared table).
    for (const QString ref : {QStringLiteral("A2"), QStringLiteral("C2"), QStringLiteral("C3"), QStringLiteral("D2")}) {
        QVERIFY2(cells.contains(ref), qPrintable(ref));
        QVERIFY2(!cells[ref].contains(QStringLiteral(" t=")), qPrintable(cells[ref]));
        QVERIFY2(cells[ref].contains(QStringLiteral("<v>")), qPrintable(cells[ref]));
    }
    QVERIFY(cells[QStringLiteral("C2")].contains(QStringLiteral("<v>-12.5</v>")));
    QVERIFY(cells[QStringLiteral("D2")].contains(QStringLiteral("<v>45296</v>"))); // 2024-01-05 as a date serial
    for (const QString ref : {QStringLiteral("A1"), QStringLiteral("B2"), QStringLiteral("B3"), QStringLiteral("B4")})
        QVERIFY2(cells[ref].contains(QStringLiteral("t=\"inlineStr\"")), qPrintable(cells[ref]));
    QVERIFY(!cells.contains(QStringLiteral("C4"))); // a missing value is an empty cell

    const QByteArray strings = sheet;
    QVERIFY2(strings.contains("<t>'=HYPERLINK(&quot;x&quot;)</t>") || strings.contains("<t>'=HYPERLINK(\"x\")</t>"),
             strings.constData());
    QVERIFY(strings.contains("<t>'-5</t>"));
    QVERIFY(!strings.contains("<t>=HYPERLINK"));

    const auto monthCells = sheetCells(zipEntry(path, QStringLiteral("xl/worksheets/sheet2.xml")));
    QVERIFY(monthCells[QStringLiteral("A2")].contains(QStringLiteral("<v>45292</v>"))); // 2024-01-01
    QVERIFY(monthCells[QStringLiteral("B3")].contains(QStringLiteral("<v>2.25</v>")));
}

void TestExportTables::sheetNamesAreValidAndUnique()
{
    QCOMPARE(XlsxExport::sheetName(QStringLiteral("a/b:c"), {}), QStringLiteral("a_b_c"));
    const QString longName(40, QLatin1Char('x'));
    QCOMPARE(XlsxExport::sheetName(longName, {}).size(), 31);
    const QString second = XlsxExport::sheetName(longName, {QString(31, QLatin1Char('x'))});
    QCOMPARE(second.size(), 31);
    QVERIFY(second.endsWith(QStringLiteral(" (2)")));
    QCOMPARE(XlsxExport::sheetName(QStringLiteral("Top"), {QStringLiteral("top")}), QStringLiteral("Top (2)"));
}

void TestExportTables::exportCommandWritesOneSheetPerView()
{
    UL_REQUIRE_TOOL("unzip");
    test::TempWorkspace tmp;
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), tmp.path()}), 0);

    const QString xlsx = tmp.dir() + QStringLiteral("/all.xlsx");
    QString out, err;
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--dataset"),
                     QStringLiteral("demo_invoices"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                     QStringLiteral("--out"), xlsx},
                    &out, &err),
             0);
    const QStringList sheets = zipEntries(xlsx).filter(
        QRegularExpression(QStringLiteral("^xl/worksheets/sheet\\d+\\.xml$")));
    // Invoices: every tab the window shows for it, each with all its registered views: the metric
    // views of the amount metric and of the built-in records (invoice count), Revenue, Segments
    // and Health. (Before the one report layer the command line left out Segments and Health and
    // wrote 14 sheets.)
    const auto views = [](TabGroup g) { return int(viewsOfGroup(g).size()); };
    QCOMPARE(sheets.size(), 2 * views(TabGroup::Metric) + views(TabGroup::Revenue) + views(TabGroup::Segments)
                                + views(TabGroup::Health));
    const QByteArray workbook = zipEntry(xlsx, QStringLiteral("xl/workbook.xml"));
    QVERIFY2(workbook.contains("name=\"revenue mrr\"") && workbook.contains(" kpis\""), workbook.constData());

    // CSV: the same views as files in a folder; restricted to one tab.
    const QString folder = tmp.dir() + QStringLiteral("/csv");
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--dataset"),
                     QStringLiteral("demo_invoices"), QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--tabs"), QStringLiteral("revenue"), QStringLiteral("--out"), folder},
                    &out, &err),
             0);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.csv")}).size(), views(TabGroup::Revenue));
    QVERIFY(QFile::exists(folder + QStringLiteral("/revenue_mrr-movements.csv")));
}

void TestExportTables::exportCommandErrors()
{
    test::TempWorkspace tmp;
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), tmp.path()}), 0);
    QString out, err;
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--format"),
                     QStringLiteral("docx"), QStringLiteral("--out"), QStringLiteral("x")},
                    &out, &err),
             2);
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--format"),
                     QStringLiteral("xlsx"), QStringLiteral("--tabs"), QStringLiteral("nope"), QStringLiteral("--out"),
                     tmp.dir() + QStringLiteral("/x.xlsx")},
                    &out, &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("no tab 'nope'")), qPrintable(err));
    // Without the widgets library (core registry), PDF is refused with a clear message.
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--format"),
                     QStringLiteral("pdf"), QStringLiteral("--out"), tmp.dir() + QStringLiteral("/x.pdf")},
                    &out, &err),
             1);
}

void TestExportTables::importedFormulaCustomerIsNeutralised()
{
    UL_REQUIRE_TOOL("unzip");
    test::TempWorkspace tmp;
    const QString csvIn = tmp.writeFile(QStringLiteral("usage.csv"), "customer_id,usage_date,minutes\n"
                                                                     "\"=HYPERLINK(\"\"x\"\")\",2024-01-05,100\n"
                                                                     "b,2024-01-06,5\n");
    QString out, err;
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), csvIn}, &out, &err), 0);

    const QString folder = tmp.dir() + QStringLiteral("/csv");
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--out"), folder},
                    &out, &err),
             0);
    const QStringList files = QDir(folder).entryList({QStringLiteral("*_top.csv")}).filter(QStringLiteral("minutes"));
    QCOMPARE(files.size(), 1);
    QFile top(QDir(folder).filePath(files.first()));
    QVERIFY(top.open(QIODevice::ReadOnly));
    const QString topCsv = QString::fromUtf8(top.readAll());
    // Neutralised text, while rank, value and share stay plain numbers.
    QVERIFY2(topCsv.contains(QStringLiteral("\n1,\"'=HYPERLINK(\"\"x\"\")\",100,")), qPrintable(topCsv));

    const QString xlsx = tmp.dir() + QStringLiteral("/u.xlsx");
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--format"),
                     QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx},
                    &out, &err),
             0);
    QByteArray strings;
    for (const QString& entry : zipEntries(xlsx).filter(QStringLiteral("xl/worksheets/sheet")))
        strings += zipEntry(xlsx, entry);
    QVERIFY2(strings.contains("'=HYPERLINK(&quot;x&quot;)") || strings.contains("'=HYPERLINK(\"x\")"),
             strings.constData());
    QVERIFY(!strings.contains(">=HYPERLINK"));
}

QTEST_GUILESS_MAIN(TestExportTables)
#include "tst_export_tables.moc"
