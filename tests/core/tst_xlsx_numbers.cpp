// SPDX-License-Identifier: MIT
// XLSX numbers as the engine computed them: rounded to the column's scale (money 2 decimals, an
// exact metric its own, a floating metric six significant digits), written in shortest form
// (libxlsxwriter alone prints "%.16G": 9645.8 became 9645.799999999999), with a format of the
// column's kind; series cells as readable text.
#include "CliRunner.h"
#include "ExternalTools.h"
#include "RequireTool.h"
#include "TempWorkspace.h"
#include "core/StandardColumns.h"
#include "export/XlsxExport.h"
#include "export/XlsxShortestNumbers.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace ul;

namespace {

/// Number cells of a worksheet: reference ("C2") -> the text of its <v>.
QHash<QString, QString> numberCells(const QByteArray& xml)
{
    QHash<QString, QString> cells;
    static const QRegularExpression cell(QStringLiteral("<c r=\"([A-Z]+[0-9]+)\"([^>]*)><v>([^<]*)</v></c>"));
    auto it = cell.globalMatch(QString::fromUtf8(xml));
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(2).contains(QStringLiteral(" t=")))
            cells.insert(m.captured(1), m.captured(3));
    }
    return cells;
}

/// Decimals of a number's text ("12.345" -> 3, "7" -> 0, "1e-07" -> 7).
int decimalsOf(const QString& text)
{
    const qsizetype e = text.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive);
    const QString mantissa = e < 0 ? text : text.left(e);
    const int exponent = e < 0 ? 0 : text.mid(e + 1).toInt();
    const qsizetype point = mantissa.indexOf(QLatin1Char('.'));
    const int fraction = point < 0 ? 0 : int(mantissa.size() - point - 1);
    return std::max(0, fraction - exponent);
}

/// A float sum as the engine makes it: 11696601.4333 one ulp off.
double floatNoise(double v) { return std::nextafter(v, INFINITY); }

QByteArray sheet(const QString& path, int n)
{
    return test::zipEntry(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(n));
}

} // namespace

class TestXlsxNumbers : public QObject {
    Q_OBJECT
private slots:
    void rewriterKeepsTextCells();
    void moneyAndExactAmounts();
    void floatMetricPercentsAndSeries();
    void headlineFiguresTakeTheirKind();
    void exportedWorkbooksHaveNoFloatNoise();
};

void TestXlsxNumbers::rewriterKeepsTextCells()
{
    // Fed in pieces that cut cells apart: only untyped (or t="n") number cells change.
    const QByteArray xml =
        "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>9645.799999999999</v></c>"
        "<c r=\"B1\" t=\"s\"><v>12</v></c><c r=\"C1\" t=\"str\"><f>A1</f><v>1.10000000000000001</v></c>"
        "<c r=\"D1\" t=\"inlineStr\"><is><t>0.30000000000000004</t></is></c>"
        "<c r=\"E1\" t=\"n\"><v>65.40000000000001</v></c><c r=\"F1\" s=\"2\"/></row></sheetData>";
    for (int piece : {1, 7, 64, 4096}) {
        SheetNumberRewriter rewriter;
        QByteArray out;
        for (qsizetype at = 0; at < xml.size(); at += piece)
            out += rewriter.feed(xml.mid(at, piece));
        out += rewriter.finish();
        QByteArray expected = xml;
        expected.replace("9645.799999999999", "9645.8").replace("65.40000000000001", "65.4");
        QCOMPARE(out, expected);
    }
}

void TestXlsxNumbers::moneyAndExactAmounts()
{
    UL_REQUIRE_TOOL("unzip");
    test::TempWorkspace tmp;
    // revenue mrr-movements: money from micro-units (exact) and from float sums.
    ReportTable mrr;
    mrr.name = QStringLiteral("revenue mrr-movements");
    mrr.columns = {cols::month, cols::startingMrr, cols::newMrr, cols::churnedMrr, cols::endingMrr};
    mrr.addRow({QStringLiteral("2024-01"), Decimal{9645800000, 6}, 9645.7 + 0.1, Decimal{65400000, 6},
                Decimal{1234567891, 6}});
    mrr.addRow({QStringLiteral("2024-02"), Decimal{-5, 6}, 0.1 + 0.2, 65.4, Decimal{9645804999, 6}});
    // An exact metric with three decimals, a payback in months (one decimal), counts.
    ReportTable exact;
    exact.name = QStringLiteral("exact");
    exact.columns = {cols::customer, cols::value, cols::paybackMonths, cols::customers};
    exact.addRow({QStringLiteral("acme"), Decimal{1234567, 3}, 3.26, 12.0});
    exact.addRow({QStringLiteral("beta"), Decimal{5, 3}, 0.3 + 0.6, 3.0});

    const QString path = tmp.dir() + QStringLiteral("/m.xlsx");
    QString error;
    QVERIFY2(XlsxExport::write(path, {mrr, exact}, &error), qPrintable(error));

    const auto m = numberCells(sheet(path, 1));
    const QHash<QString, QString> expected{
        {QStringLiteral("B2"), QStringLiteral("9645.8")}, {QStringLiteral("C2"), QStringLiteral("9645.8")},
        {QStringLiteral("D2"), QStringLiteral("65.4")},   {QStringLiteral("E2"), QStringLiteral("1234.57")},
        {QStringLiteral("B3"), QStringLiteral("0")},      {QStringLiteral("C3"), QStringLiteral("0.3")},
        {QStringLiteral("D3"), QStringLiteral("65.4")},   {QStringLiteral("E3"), QStringLiteral("9645.8")},
        {QStringLiteral("A2"), QStringLiteral("45292")}, // 2024-01 as a date serial
    };
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QCOMPARE(m.value(it.key()), it.value());

    const auto e = numberCells(sheet(path, 2));
    QCOMPARE(e.value(QStringLiteral("B2")), QStringLiteral("1234.567"));
    QCOMPARE(e.value(QStringLiteral("B3")), QStringLiteral("0.005"));
    QCOMPARE(e.value(QStringLiteral("C2")), QStringLiteral("3.3"));
    QCOMPARE(e.value(QStringLiteral("C3")), QStringLiteral("0.9"));
    QCOMPARE(e.value(QStringLiteral("D2")), QStringLiteral("12"));

    // Each kind has its format: money with cents, an exact amount with its decimals, counts whole.
    const QByteArray styles = test::zipEntry(path, QStringLiteral("xl/styles.xml"));
    for (const char* format : {"#,##0.00", "#,##0.000", "#,##0.0", "#,##0"})
        QVERIFY2(styles.contains(QByteArray("formatCode=\"") + format + '"'), format);
}

void TestXlsxNumbers::floatMetricPercentsAndSeries()
{
    UL_REQUIRE_TOOL("unzip");
    test::TempWorkspace tmp;
    // A ranking of a floating metric: noisy sums, shares in percent points, a trend per period.
    ReportTable top;
    top.name = QStringLiteral("transcoded ranking");
    top.columns = {cols::rank, cols::customer, cols::value, cols::sharePct, cols::risk, cols::ltvCac, cols::trend};
    top.addRow({1.0, QStringLiteral("5a3d"), floatNoise(11696601.4333), 98.7654321, 0.123456, 7.0 / 3.0,
                QStringLiteral("11696601.433300002 0.30000000000000004 7")});
    top.addRow({2.0, QStringLiteral("3055"), 0.2388888840000001, 1.2345678, floatNoise(0.5), 2.0,
                QStringLiteral("0.238888884 0.1")});
    const QString path = tmp.dir() + QStringLiteral("/f.xlsx");
    QString error;
    QVERIFY2(XlsxExport::write(path, {top}, &error), qPrintable(error));

    const QByteArray xml = sheet(path, 1);
    const auto cells = numberCells(xml);
    QCOMPARE(cells.value(QStringLiteral("A2")), QStringLiteral("1"));
    QCOMPARE(cells.value(QStringLiteral("C2")), QStringLiteral("11696601.43"));
    QCOMPARE(cells.value(QStringLiteral("C3")), QStringLiteral("0.24"));
    QCOMPARE(cells.value(QStringLiteral("D2")), QStringLiteral("0.9877")); // 98.77%
    QCOMPARE(cells.value(QStringLiteral("D3")), QStringLiteral("0.0123"));
    QCOMPARE(cells.value(QStringLiteral("E2")), QStringLiteral("0.1235"));
    QCOMPARE(cells.value(QStringLiteral("E3")), QStringLiteral("0.5"));
    QCOMPARE(cells.value(QStringLiteral("F2")), QStringLiteral("2.33"));
    QVERIFY2(xml.contains("<t>11696601.43 0.3 7</t>"), xml.constData());
    QVERIFY2(xml.contains("<t>0.238889 0.1</t>"), xml.constData());
    const QByteArray styles = test::zipEntry(path, QStringLiteral("xl/styles.xml"));
    QVERIFY2(styles.contains("formatCode=\"0.0%\""), styles.constData());
    QVERIFY2(styles.contains("formatCode=\"0.00&quot;\xC3\x97&quot;\"")
                 || styles.contains("formatCode=\"0.00\"\xC3\x97\"\""),
             styles.constData());
}

void TestXlsxNumbers::headlineFiguresTakeTheirKind()
{
    UL_REQUIRE_TOOL("unzip");
    test::TempWorkspace tmp;
    ReportTable kpis;
    kpis.name = QStringLiteral("kpis");
    kpis.columns = {cols::kpi, cols::value};
    kpis.addFigure(figures::total, floatNoise(11696601.4333));
    kpis.addFigure(figures::changePct, 12.3456789);
    kpis.addFigure(figures::activeCustomers, 41.0);
    const QString path = tmp.dir() + QStringLiteral("/k.xlsx");
    QString error;
    QVERIFY2(XlsxExport::write(path, {kpis}, &error), qPrintable(error));
    const auto cells = numberCells(sheet(path, 1));
    QCOMPARE(cells.value(QStringLiteral("B2")), QStringLiteral("11696601.43"));
    QCOMPARE(cells.value(QStringLiteral("B3")), QStringLiteral("0.1235"));
    QCOMPARE(cells.value(QStringLiteral("B4")), QStringLiteral("41"));
}

void TestXlsxNumbers::exportedWorkbooksHaveNoFloatNoise()
{
    UL_REQUIRE_TOOL("unzip");
    test::TempWorkspace tmp;
    // A floating metric (nine decimals: more than an exact metric keeps) whose sums are noisy.
    QByteArray csv = "date,customer,bandwidth_gb\n";
    for (int day = 1; day <= 28; ++day)
        for (const char* customer : {"5a3d", "3055", "717d"})
            csv += QByteArrayLiteral("2024-02-") + QByteArray::number(day).rightJustified(2, '0') + ',' + customer
                   + ",417735.765463571\n" + QByteArrayLiteral("2024-03-")
                   + QByteArray::number(day).rightJustified(2, '0') + ',' + customer + ",0.238888884\n";
    const QString file = tmp.writeFile(QStringLiteral("usage.csv"), csv);
    const test::CliRun imported = test::runCoreCommand(
        {QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    // And the demo's invoices: money, counts and percents of every revenue view.
    test::TempWorkspace demo;
    QCOMPARE(test::runCoreCommand({QStringLiteral("demo"), QStringLiteral("--db"), demo.path()}).code, 0);

    for (const auto& [db, dataset] :
         {std::pair(tmp.path(), QStringLiteral("usage")), std::pair(demo.path(), QStringLiteral("demo_invoices"))}) {
        const QString xlsx = tmp.dir() + QStringLiteral("/%1.xlsx").arg(dataset);
        const test::CliRun exported = test::runCoreCommand(
            {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--dataset"), dataset,
             QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const QStringList sheets = test::zipEntries(xlsx).filter(
            QRegularExpression(QStringLiteral("^xl/worksheets/sheet\\d+\\.xml$")));
        QVERIFY(sheets.size() > 5);
        int numbers = 0;
        for (const QString& entry : sheets) {
            const QByteArray xml = test::zipEntry(xlsx, entry);
            const auto cells = numberCells(xml);
            for (auto it = cells.begin(); it != cells.end(); ++it) {
                // The largest scale is an exact metric's 6 (Decimal::kMaxScale); floating noise
                // shows as 15 or more significant digits.
                QString digits = it.value();
                digits.remove(QRegularExpression(QStringLiteral("[-.]|e.*$")));
                while (digits.startsWith(QLatin1Char('0')))
                    digits.remove(0, 1);
                QVERIFY2(decimalsOf(it.value()) <= 6 + 2 && digits.size() < 15,
                         qPrintable(dataset + QLatin1Char(' ') + entry + QLatin1Char(' ') + it.key()
                                    + QStringLiteral(": ") + it.value()));
                ++numbers;
            }
            // Series cells (trend) are text of short numbers too.
            static const QRegularExpression longNumber(QStringLiteral("<t>[^<]*\\d+\\.\\d{9,}"));
            QVERIFY2(!longNumber.match(QString::fromUtf8(xml)).hasMatch(),
                     qPrintable(dataset + QLatin1Char(' ') + entry));
        }
        QVERIFY(numbers > 100);
    }
}

QTEST_GUILESS_MAIN(TestXlsxNumbers)
#include "tst_xlsx_numbers.moc"
