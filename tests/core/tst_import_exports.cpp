// SPDX-License-Identifier: MIT
// Exports the importer once got wrong, each as a small fixture: what it reads, or the located
// error it gives, and that a refused file leaves the workspace exactly as it was.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "db/Workspace.h"

#include <QTest>

using namespace ul;

class TestImportExports : public QObject {
    Q_OBJECT
private slots:
    void init();
    void numericJsonIdsAreKeptAsWritten();
    void refusedFiles_data();
    void refusedFiles();
    void headerlessWhitespaceFile();
    void usDateTimeInvoices();
    void decimalCommaWithSemicolons();
    void decimalCommaBesideMangledIds();
    void sameKeyFromTwoHeaders();
    void encodings_data();
    void encodings();
    void explicitUtf8KeepsInvalidBytesAnError();
    void leadingZerosAndMangledIds();
    void headerOptions();
    void attributesFileOnlyWithOneRowPerCustomer();

private:
    QString write(const QString& name, const QByteArray& content) { return m_tmp->writeFile(name, content); }
    test::CliRun import(const QStringList& args);
    test::CliRun report(const QStringList& args);
    QString digest();

    std::unique_ptr<test::TempWorkspace> m_tmp;
};

namespace {

const QByteArray kGoodRows = "customer,date,amount\nseed,2024-01-01,5\n";

QStringList lines(const QString& text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

} // namespace

void TestImportExports::init() { m_tmp = std::make_unique<test::TempWorkspace>(); }

test::CliRun TestImportExports::import(const QStringList& args)
{
    return test::runCoreCommand(QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_tmp->path()} + args);
}

test::CliRun TestImportExports::report(const QStringList& args)
{
    return test::runCoreCommand(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_tmp->path()} + args);
}

QString TestImportExports::digest()
{
    Workspace ws;
    if (!m_tmp->open(ws))
        return {};
    return test::TempWorkspace::contentDigest(ws);
}

void TestImportExports::numericJsonIdsAreKeptAsWritten()
{
    // Through a double, 100000 printed as 1e+05, the two 2^53 neighbours merged and the 20-digit
    // id lost its last digits.
    const QString file = write(QStringLiteral("ids.ndjson"),
                               "{\"customer\": 100000, \"date\": \"2024-01-05\", \"amount\": 1}\n"
                               "{\"customer\": 9007199254740993, \"date\": \"2024-01-05\", \"amount\": 2}\n"
                               "{\"customer\": 9007199254740992, \"date\": \"2024-01-05\", \"amount\": 3}\n"
                               "{\"customer\": 12345678901234567890, \"date\": \"2024-01-06\", \"amount\": 4}\n");
    const auto run = import({file});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const auto top = report(
        {QStringLiteral("--view"), QStringLiteral("top"), QStringLiteral("--metric"), QStringLiteral("amount")});
    QCOMPARE(top.code, 0);
    QCOMPARE(lines(top.out),
             QStringList({QStringLiteral("rank,customer,value,share_pct"),
                          QStringLiteral("1,12345678901234567890,4,40"), QStringLiteral("2,9007199254740992,3,30"),
                          QStringLiteral("3,9007199254740993,2,20"), QStringLiteral("4,100000,1,10")}));
}

void TestImportExports::refusedFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<QString>("expected"); // a line of stderr holds it

    const QByteArray row = "\"date\":\"2024-01-05\",\"amount\":1}";
    QTest::newRow("broken NDJSON line: syntax, not mapping")
        << "broken.ndjson"
        << QByteArray("{\"customer\":\"h\",\"date\":\"2024-01-05\",\"amount\":1}\n{\"customer\":\"i\",\"date\":")
        << QStringList() << "broken.ndjson:2:24: JSON syntax: the object is not complete";
    QTest::newRow("JSON array: trailing comma")
        << "trailing.json" << QByteArray("[{\"customer\":\"a\"," + row + ",\n {\"customer\":\"b\"," + row + ",]\n")
        << QStringList() << "trailing.json:2:49: JSON syntax: a trailing comma before ']'";
    QTest::newRow("JSON array: garbage after ]")
        << "garbage.json" << QByteArray("[{\"customer\":\"a\"," + row + "] garbage\n") << QStringList()
        << "garbage.json:1:51: JSON syntax: text after the closing ']'";
    QTest::newRow("JSON: duplicated key, different values")
        << "dup.ndjson" << QByteArray("{\"customer\":\"a\",\"customer\":\"b\"," + row + "\n") << QStringList()
        << "dup.ndjson:1:28: JSON: the key 'customer' appears twice with different values";
    QTest::newRow("JSON: lone surrogate")
        << "surrogate.ndjson" << QByteArray("{\"customer\":\"ok\"," + row + "\n{\"customer\":\"\\ud800\"," + row + "\n")
        << QStringList() << "surrogate.ndjson:2:13: JSON syntax: an invalid string";
    QTest::newRow("JSON: \\u0000 in an id")
        << "nul.ndjson" << QByteArray("{\"customer\":\"ok\"," + row + "\n{\"customer\":\"a\\u0000b\"," + row + "\n")
        << QStringList() << "nul.ndjson:2:13: JSON: \\u0000 in a value";
    QTest::newRow("id over 1 KB") << "longid.csv"
                                  << QByteArray("customer,date,amount\nok,2024-01-05,1\n" + QByteArray(2000, 'x')
                                                + ",2024-01-05,1\n")
                                  << QStringList()
                                  << "longid.csv:3:1 (column 'customer'): a customer id longer than 1024 bytes";
    QTest::newRow("cell over 1 MB") << "longcell.ndjson"
                                    << QByteArray("{\"customer\":\"ok\"," + row + "\n{\"customer\":\"b\",\"note\":\""
                                                  + QByteArray(2 << 20, 'n') + "\"," + row + "\n")
                                    << QStringList() << "longcell.ndjson:2:24: a value longer than 1 MB";
    QTest::newRow("all dates bad: listed, not an attributes file")
        << "alldates.csv" << QByteArray("customer,when,amount\na,yesterday,1\nb,tomorrow,2\na,someday,3\n")
        << QStringList()
        << "alldates.csv: no date column found (customer: 3 value(s) like `a`, `b`, text; when: 3 value(s) "
           "like `yesterday`, `tomorrow`, not a known date form; use --date-format";
    QTest::newRow("iso and m/d/y mixed: bad rows, role kept")
        << "mixed.csv"
        << QByteArray("account,day,amount\na,2024-01-05,1\nb,01/06/2024,2\nc,2024-01-07,3\nd,2024-01-08,4\n")
        << QStringList() << "mixed.csv:3:2 (column 'day'): not a date in the iso format: '01/06/2024'";
    QTest::newRow("a third of amounts bad: still a metric")
        << "third.csv" << QByteArray("account,day,amount\na,2024-01-05,1\nb,2024-01-06,x\nc,2024-01-07,3\n")
        << QStringList() << "third.csv:3:3 (column 'amount'): not a number: 'x'";
    QByteArray epochs = "user,ts,amount\n";
    for (int i = 0; i < 51; ++i)
        epochs += "u" + QByteArray::number(i % 5) + "," + QByteArray::number(1700000000 + i * 86400) + ",1\n";
    epochs += "u9,99999999999999,1\n";
    QTest::newRow("one epoch outlier among 51: a bad value")
        << "epochs.csv" << epochs << QStringList() << "epochs.csv:53:2 (column 'ts'): not a date in the epoch-s format";
    QTest::newRow("9999-12-31: outside the accepted years")
        << "far.csv" << QByteArray("customer,date,amount\na,2024-01-05,1\nb,9999-12-31,2\n") << QStringList()
        << "far.csv:3:2 (column 'date'): a date outside 1900-01-01 .. 2100-12-31: '9999-12-31'";
    QTest::newRow("0001-01-01: outside the accepted years")
        << "early.csv" << QByteArray("customer,date,amount\na,2024-01-05,1\nb,0001-01-01,2\n") << QStringList()
        << "early.csv:3:2 (column 'date'): a date outside 1900-01-01 .. 2100-12-31";
}

void TestImportExports::refusedFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, extraArgs);
    QFETCH(QString, expected);
    const auto seed = import({write(QStringLiteral("seed.csv"), kGoodRows)});
    QVERIFY2(seed.code == 0, qPrintable(seed.err));
    const QString before = digest();
    QVERIFY(!before.isEmpty());

    const auto run = import(extraArgs + QStringList{write(name, content)});
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.isEmpty());
    bool found = false;
    for (const QString& line : lines(run.err))
        found = found || line.contains(expected);
    QVERIFY2(found, qPrintable(run.err));
    QCOMPARE(digest(), before);
}

void TestImportExports::headerlessWhitespaceFile()
{
    const QString file = write(QStringLiteral("sales.txt"), " 10472 20190314  3   45.10\n"
                                                            " 00981 20190315  1    9.99\n"
                                                            " 10472 20190402 12  130.00\n"
                                                            " 02210 20190402  2   20.50\n");
    const auto run = import({file});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("customer  : column_1\n")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("date      : column_2 (yyyymmdd)\n")));
    QVERIFY(run.out.contains(QStringLiteral("metric    : column_3, column_4\n")));
    QVERIFY(run.out.contains(QStringLiteral("note:      delimiter: runs of spaces (detected)")));
    QVERIFY(run.out.contains(QStringLiteral("note:      no header row (detected)")));
    QVERIFY(run.out.contains(QStringLiteral("Rows: 4 read, 4 imported, 0 rejected")));
    const auto top = report(
        {QStringLiteral("--view"), QStringLiteral("top"), QStringLiteral("--metric"), QStringLiteral("column_4")});
    QVERIFY(top.out.contains(QStringLiteral("1,10472,175.1,")));
    QVERIFY(top.out.contains(QStringLiteral(",00981,9.99,"))); // zero-padded id kept as written
    const auto months = report({QStringLiteral("--view"), QStringLiteral("totals"), QStringLiteral("--metric"),
                                QStringLiteral("column_3"), QStringLiteral("--granularity"), QStringLiteral("month")});
    QVERIFY2(months.out.contains(QStringLiteral("2019-03,4")), qPrintable(months.out));
    QVERIFY(months.out.contains(QStringLiteral("2019-04,14")));
}

void TestImportExports::usDateTimeInvoices()
{
    // Once read as a customer-attributes file: every invoice reduced to the last Qty per customer.
    const QString file = write(QStringLiteral("invoices.csv"), "Invoice,Date,Customer,Region,Qty,Price\n"
                                                               "536365,3/14/2019 9:05,17850,United Kingdom,6,2.55\n"
                                                               "536366,3/14/2019 14:32,17850,United Kingdom,8,3.39\n"
                                                               "536367,3/15/2019 8:01 PM,13047,France,2,7.65\n"
                                                               "536368,4/1/2019 10:15,12583,Germany,24,1.25\n");
    const auto run = import({file});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("customer  : Customer\n")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("date      : Date (m/d/y)\n")));
    QVERIFY(run.out.contains(QStringLiteral("metric    : Qty [qty], Price [price]\n")));
    QVERIFY(run.out.contains(QStringLiteral("ignore    : Invoice\n")));
    const auto days = report(
        {QStringLiteral("--view"), QStringLiteral("totals"), QStringLiteral("--metric"), QStringLiteral("qty")});
    QVERIFY2(days.out.contains(QStringLiteral("2019-03-14,14")), qPrintable(days.out));
    QVERIFY(days.out.contains(QStringLiteral("2019-04-01,24")));
}

void TestImportExports::decimalCommaWithSemicolons()
{
    const QByteArray german = "Kunde;Datum;Umsatz\nk1;05.01.2024;1,5\nk2;06.01.2024;12,25\nk3;07.01.2024;1.234,50\n";
    const auto run = import({write(QStringLiteral("umsatz.csv"), german)});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("note:      decimal comma (detected)")));
    const auto top = report(
        {QStringLiteral("--view"), QStringLiteral("top"), QStringLiteral("--metric"), QStringLiteral("umsatz")});
    QVERIFY2(top.out.contains(QStringLiteral("1,k3,1234.5,")), qPrintable(top.out));
    QVERIFY(top.out.contains(QStringLiteral("2,k2,12.25,")));
    QVERIFY(top.out.contains(QStringLiteral("3,k1,1.5,")));
    // Forced off, "1,5" is no number: a located bad value, not a silently demoted column.
    init();
    const auto forced = import({QStringLiteral("--decimal-point"), write(QStringLiteral("umsatz.csv"), german)});
    QCOMPARE(forced.code, 1);
    QVERIFY2(forced.err.contains(QStringLiteral("umsatz.csv:2:3 (column 'Umsatz'): not a number: '1,5'")),
             qPrintable(forced.err));
}

void TestImportExports::decimalCommaBesideMangledIds()
{
    // Latin-1 names, US dates, CRLF, and one id a spreadsheet turned into "1.20E+05": the id's
    // point is no evidence against the amounts' decimal comma.
    QByteArray invoices = "Kunde;Bezahlt am;Betrag (EUR)\r\n";
    for (const char* name : {"M\xfcller GmbH", "Se\xf1or Caf\xe9", "Zo\xeb & Co", "1.20E+05"})
        for (int month = 1; month <= 3; ++month)
            invoices += QByteArray(name) + ";" + QByteArray::number(month) + "/5/22;100,50\r\n";
    const auto run = import({write(QStringLiteral("rechnungen.csv"), invoices)});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("decimal comma (detected)")), qPrintable(run.out));
    const auto top = report(
        {QStringLiteral("--view"), QStringLiteral("top"), QStringLiteral("--metric"), QStringLiteral("betrag_eur")});
    QVERIFY2(top.out.contains(QStringLiteral(",1.20E+05,301.5,")), qPrintable(top.out));
    QVERIFY2(top.out.contains(QString::fromUtf8(",Müller GmbH,301.5,")), qPrintable(top.out));
}

void TestImportExports::sameKeyFromTwoHeaders()
{
    const auto run = import({write(QStringLiteral("usd.csv"),
                                   "customer,date,Amount (USD),amount_usd\na,2024-01-05,1,10\nb,2024-01-06,2,20\n")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("metric    : Amount (USD) [amount_usd], amount_usd [amount_usd_2]")));
    QVERIFY(run.out.contains(QStringLiteral("the second is amount_usd_2")));
    const auto first = report(
        {QStringLiteral("--view"), QStringLiteral("kpis"), QStringLiteral("--metric"), QStringLiteral("amount_usd")});
    const auto second = report(
        {QStringLiteral("--view"), QStringLiteral("kpis"), QStringLiteral("--metric"), QStringLiteral("amount_usd_2")});
    QVERIFY2(first.out.contains(QStringLiteral("total,3")), qPrintable(first.out));
    QVERIFY2(second.out.contains(QStringLiteral("total,30")), qPrintable(second.out));
}

void TestImportExports::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("note");
    const QString text = QStringLiteral("Kunde,Datum,Betrag\nMüller GmbH,2024-01-05,1\nSeñor Café,2024-01-06,2\n");
    const auto utf16 = [&](bool littleEndian) {
        QByteArray b = littleEndian ? QByteArray("\xff\xfe", 2) : QByteArray("\xfe\xff", 2);
        for (const QChar c : text) {
            const char lo = char(c.unicode() & 0xff), hi = char(c.unicode() >> 8);
            b += littleEndian ? QByteArray{&lo, 1} + QByteArray{&hi, 1} : QByteArray{&hi, 1} + QByteArray{&lo, 1};
        }
        return b;
    };
    QByteArray latin;
    for (const QChar c : text)
        latin += char(c.unicode()); // these characters are the same in Windows-1252 and Latin-1
    QTest::newRow("utf-8 with BOM") << QByteArray("\xef\xbb\xbf") + text.toUtf8() << QString();
    QTest::newRow("utf-16le BOM") << utf16(true) << "encoding: utf-16le (detected)";
    QTest::newRow("utf-16be BOM") << utf16(false) << "encoding: utf-16be (detected)";
    QTest::newRow("windows-1252") << latin << "encoding: windows-1252 (detected)";
}

void TestImportExports::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, note);
    const auto run = import({write(QStringLiteral("kunden.csv"), bytes)});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("customer  : Kunde\n")));
    if (!note.isEmpty())
        QVERIFY2(run.out.contains(note), qPrintable(run.out));
    const auto top = report(
        {QStringLiteral("--view"), QStringLiteral("top"), QStringLiteral("--metric"), QStringLiteral("betrag")});
    QCOMPARE(lines(top.out).value(1), QStringLiteral("1,Señor Café,2,66.66666666666666"));
    QCOMPARE(lines(top.out).value(2), QStringLiteral("2,Müller GmbH,1,33.33333333333333"));
}

void TestImportExports::explicitUtf8KeepsInvalidBytesAnError()
{
    const auto run = import({QStringLiteral("--encoding"), QStringLiteral("utf-8"),
                             write(QStringLiteral("latin.csv"), "customer,date,amount\nM\xfcller,2024-01-05,1\n")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("latin.csv:2:1 (column 'customer'): invalid UTF-8")), qPrintable(run.err));
}

void TestImportExports::leadingZerosAndMangledIds()
{
    const auto run = import({write(QStringLiteral("ids.csv"), "customer,date,amount\n007,2024-01-05,1\n7,2024-01-05,2\n"
                                                              "7.20E+04,2024-01-05,3\n3-Feb,2024-01-06,4\n")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(
        run.out.contains(QStringLiteral("Warning: 2 customer id(s) look spreadsheet-mangled (e.g. 7.20E+04, 3-Feb)")),
        qPrintable(run.out));
    const auto top = report(
        {QStringLiteral("--view"), QStringLiteral("top"), QStringLiteral("--metric"), QStringLiteral("amount")});
    QCOMPARE(lines(top.out).mid(1), QStringList({QStringLiteral("1,3-Feb,4,40"), QStringLiteral("2,7.20E+04,3,30"),
                                                 QStringLiteral("3,7,2,20"), QStringLiteral("4,007,1,10")}));
}

void TestImportExports::headerOptions()
{
    const QByteArray rows = "acme,2024-01-05,3\nbeta,2024-01-06,4\nacme,2024-01-07,5\n";
    const auto detected = import({write(QStringLiteral("plain.csv"), rows)});
    QVERIFY2(detected.code == 0, qPrintable(detected.err));
    QVERIFY(detected.out.contains(QStringLiteral("customer  : column_1\n")));
    QVERIFY(detected.out.contains(QStringLiteral("Rows: 3 read, 3 imported")));

    init();
    const auto named = import(
        {QStringLiteral("--columns"), QStringLiteral("account,day,logins"), write(QStringLiteral("plain.csv"), rows)});
    QVERIFY2(named.code == 0, qPrintable(named.err));
    QVERIFY(named.out.contains(QStringLiteral("customer  : account\n")));
    QVERIFY(named.out.contains(QStringLiteral("metric    : logins\n")));

    // A header that looks like data is still a header when the user says so, and the reverse.
    init();
    const auto forced = import({QStringLiteral("--header"), write(QStringLiteral("plain.csv"), rows)});
    QVERIFY2(forced.code == 0, qPrintable(forced.err));
    QVERIFY(forced.out.contains(QStringLiteral("Rows: 2 read")));

    init();
    const auto piped = import({QStringLiteral("--no-header"), QStringLiteral("--delimiter"), QStringLiteral("|"),
                               write(QStringLiteral("pipe.txt"), "a|2024-01-05|1\nb|2024-01-06|2\n")});
    QVERIFY2(piped.code == 0, qPrintable(piped.err));
    QVERIFY(piped.out.contains(QStringLiteral("note:      delimiter: '|' (given)")));
    QVERIFY(piped.out.contains(QStringLiteral("Rows: 2 read, 2 imported")));

    const auto bad = import({QStringLiteral("--delimiter"), QStringLiteral("xx"), QStringLiteral("pipe.txt")});
    QCOMPARE(bad.code, 2);
}

void TestImportExports::attributesFileOnlyWithOneRowPerCustomer()
{
    const auto seed = import({write(QStringLiteral("seed.csv"), kGoodRows)});
    QVERIFY(seed.code == 0);
    const auto plans = import({write(QStringLiteral("plans.csv"), "customer,plan,seats\nseed,pro,3\nb,free,1\n")});
    QVERIFY2(plans.code == 0, qPrintable(plans.err));
    QVERIFY(plans.out.contains(QStringLiteral("attribute : plan, seats")));

    const QString before = digest();
    const auto repeated = import(
        {write(QStringLiteral("orders.csv"), "customer,plan,seats\na,pro,3\nb,free,1\na,pro,4\n")});
    QCOMPARE(repeated.code, 1);
    QVERIFY2(repeated.err.contains(QStringLiteral("orders.csv: no date column found")), qPrintable(repeated.err));
    QVERIFY(repeated.err.contains(QStringLiteral("this one repeats customers")));
    QCOMPARE(digest(), before);
}

QTEST_GUILESS_MAIN(TestImportExports)
#include "tst_import_exports.moc"
