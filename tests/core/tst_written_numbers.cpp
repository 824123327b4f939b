// SPDX-License-Identifier: MIT
// Numbers as people write them (import/WrittenNumber.h): currency symbols and codes, thousands
// separators, parentheses, percentages, and each column's own decimal mark; a column named like
// a measure is never silently text; the amount column in the window's five languages.
#include "CliRunner.h"
#include "TempWorkspace.h"

#include "import/WrittenNumber.h"

#include <QTest>

using namespace ul;

namespace {

test::CliRun run(const QStringList& args) { return test::runCoreCommand(args); }

} // namespace

class TstWrittenNumbers : public QObject {
    Q_OBJECT

private slots:
    void normalised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("comma");
        QTest::addColumn<QString>("plain"); ///< empty: not a number
        QTest::newRow("dollar before") << "$ 50.67" << false << "50.67";
        QTest::newRow("euro after") << QString::fromUtf8("12.50 €") << false << "12.50";
        QTest::newRow("code before, comma") << "EUR 1.234,50" << true << "1234.50";
        QTest::newRow("code after") << "99.00 USD" << false << "99.00";
        QTest::newRow("lower-case code") << "usd 99" << false << "99";
        QTest::newRow("real") << "R$ 10,00" << true << "10.00";
        QTest::newRow("US$") << "US$1,000" << false << "1000";
        QTest::newRow("space thousands") << "1 000" << false << "1000";
        QTest::newRow("no-break space") << QString::fromUtf8("1\u00a0234,5") << true << "1234.5";
        QTest::newRow("thin space") << QString::fromUtf8("12\u2009345.5") << false << "12345.5";
        QTest::newRow("apostrophe") << "1'234.50" << false << "1234.50";
        QTest::newRow("comma thousands") << "1,234.50" << false << "1234.50";
        QTest::newRow("point thousands") << "1.234,50" << true << "1234.50";
        QTest::newRow("point thousands only") << "1.500" << true << "1500";
        QTest::newRow("parentheses") << "(12.00)" << false << "-12.00";
        QTest::newRow("parentheses and symbol") << QString::fromUtf8("(€ 3,50)") << true << "-3.50";
        QTest::newRow("minus after symbol") << QString::fromUtf8("€-3,50") << true << "-3.50";
        QTest::newRow("trailing minus") << "5-" << false << "-5";
        QTest::newRow("minus sign") << QString::fromUtf8("\u22127") << false << "-7";
        QTest::newRow("percent") << "7.7%" << false << "7.7";
        QTest::newRow("percent with space") << "19,0 %" << true << "19.0";
        QTest::newRow("exponent") << "1e3" << false << "1e3";
        QTest::newRow("leading mark") << ".5" << false << "0.5";
        QTest::newRow("decimal comma read with a point") << "1,5" << false << "";
        QTest::newRow("groups of two") << "12 34" << false << "";
        QTest::newRow("a product code") << "SKU 123" << false << "";
        QTest::newRow("a date") << "2021-03-04" << false << "";
        QTest::newRow("a version") << "1.2.3" << false << "";
        QTest::newRow("two currencies") << "$ 5 EUR" << false << "";
        QTest::newRow("text") << "twelve" << false << "";
        QTest::newRow("only a symbol") << "$" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }

    void normalised()
    {
        QFETCH(QString, text);
        QFETCH(bool, comma);
        QFETCH(QString, plain);
        const QByteArray utf8 = text.toUtf8();
        std::string scratch;
        const auto out = normalizeWrittenNumber(std::string_view(utf8.constData(), size_t(utf8.size())), comma,
                                                scratch);
        QCOMPARE(out ? QString::fromStdString(std::string(*out)) : QString(), plain);
    }

    void evidence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("evidence");
        QTest::newRow("104,40") << "104,40" << int(DecimalEvidence::Comma);
        QTest::newRow("0,00") << "0,00" << int(DecimalEvidence::Comma);
        QTest::newRow("7.7") << "7.7" << int(DecimalEvidence::Point);
        QTest::newRow("1.234,50") << "1.234,50" << int(DecimalEvidence::Comma);
        QTest::newRow("1,234.50") << "1,234.50" << int(DecimalEvidence::Point);
        QTest::newRow("1,234,567") << "1,234,567" << int(DecimalEvidence::Point);
        QTest::newRow("$ 50.67") << "$ 50.67" << int(DecimalEvidence::Point);
        QTest::newRow("1,234 reads either way") << "1,234" << int(DecimalEvidence::None);
        QTest::newRow("1.500 reads either way") << "1.500" << int(DecimalEvidence::None);
        QTest::newRow("12") << "12" << int(DecimalEvidence::None);
        QTest::newRow("text") << "n/a" << int(DecimalEvidence::None);
    }

    void evidence()
    {
        QFETCH(QString, text);
        QFETCH(int, evidence);
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(int(decimalEvidence(std::string_view(utf8.constData(), size_t(utf8.size())))), evidence);
    }

    void eachColumnReadsItsOwnMark()
    {
        // A comma-separated file: amounts with decimal commas (quoted), a tax rate with a point,
        // prices with a currency symbol and thousands separators, refunds in parentheses.
        test::TempWorkspace tmp;
        const QString file = tmp.writeFile(QStringLiteral("mixed.csv"),
                                           QString::fromUtf8("customer,day,net,tax_pct,list_price,refund\n"
                                                             "a,2022-01-03,\"104,40\",7.7,\"$ 1,250.00\",\"(12.00)\"\n"
                                                             "b,2022-01-04,\"1.000,60\",19.0,$ 50.67,0\n"
                                                             "a,2022-01-05,\"0,00\",7.7,\"$ 2,000.33\",\"(0.50)\"\n")
                                               .toUtf8());
        const test::CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
        QVERIFY2(imported.code == 0, qPrintable(imported.err + imported.out));
        QVERIFY2(imported.out.contains(QStringLiteral("metric    : net, tax_pct, list_price, refund")),
                 qPrintable(imported.out));
        QVERIFY2(imported.out.contains(QStringLiteral("decimal comma (detected per column) in net")),
                 qPrintable(imported.out));
        for (const auto& [metric, total] :
             std::vector<std::pair<QString, QString>>{{QStringLiteral("net"), QStringLiteral("1105")},
                                                      {QStringLiteral("tax_pct"), QStringLiteral("34.4")},
                                                      {QStringLiteral("list_price"), QStringLiteral("3301")},
                                                      {QStringLiteral("refund"), QStringLiteral("-12.5")}}) {
            const test::CliRun r = run({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(),
                                        QStringLiteral("--metric"), metric, QStringLiteral("--view"),
                                        QStringLiteral("totals"), QStringLiteral("--granularity"),
                                        QStringLiteral("month")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("\n2022-01,") + total + QLatin1Char(',')),
                     qPrintable(metric + QLatin1Char(' ') + r.out));
        }
    }

    void aMeasureThatDoesNotParseIsALocatedBadValue()
    {
        test::TempWorkspace tmp;
        const QString file = tmp.writeFile(QStringLiteral("minutes.csv"),
                                           "customer,date,minutes\na,2022-01-01,12 min\nb,2022-01-02,7 min\n"
                                           "c,2022-01-03,3 min\n");
        const test::CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("minutes.csv:2:3 (column 'minutes'): not a number: '12 min'")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("3 bad row(s)")), qPrintable(r.err));
    }

    void aMeasureKeptAsTextSaysSo()
    {
        test::TempWorkspace tmp;
        const QString file = tmp.writeFile(QStringLiteral("tiers.csv"),
                                           "customer,date,Betrag\na,2022-01-01,hoch\nb,2022-01-02,niedrig\n");
        const test::CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("named like measures but kept as text: 'Betrag' (2 of 2 values are not "
                                               "numbers)")),
                 qPrintable(r.out));
    }

    void theAmountColumnInEveryLanguage_data()
    {
        QTest::addColumn<QString>("header");
        for (const char* h : {"amount", "Betrag", "Montant", "Importe", "Valor", "Total", "Umsatz"})
            QTest::newRow(h) << QString::fromLatin1(h);
    }

    void theAmountColumnInEveryLanguage()
    {
        QFETCH(QString, header);
        test::TempWorkspace tmp;
        const QString file = tmp.writeFile(QStringLiteral("rechnungen.csv"),
                                           QStringLiteral("kunde,datum,%1,seats\nk1,2022-01-05,\"10,50\",3\n"
                                                          "k2,2022-02-07,\"20,00\",4\n")
                                               .arg(header)
                                               .toUtf8());
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file}).code, 0);
        const test::CliRun r = run({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(),
                                    QStringLiteral("--view"), QStringLiteral("mrr")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("month,mrr\n2022-01,10.5\n2022-02,20\n"));
    }
};

QTEST_GUILESS_MAIN(TstWrittenNumbers)
#include "tst_written_numbers.moc"
