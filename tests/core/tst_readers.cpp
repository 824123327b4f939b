// SPDX-License-Identifier: MIT
#include "TempWorkspace.h"
#include "import/CsvReader.h"
#include "import/JsonReader.h"
#include "import/ReaderFactory.h"

#include <QTest>

using namespace ul;

namespace {
/// Reads all rows of a file as strings; bad rows become "!line:col:message".
QList<QStringList> readAll(RecordReader& reader)
{
    QList<QStringList> rows;
    Record record;
    RecordProblem problem;
    for (;;) {
        const ReadResult r = reader.next(record, problem);
        if (r == ReadResult::End || r == ReadResult::Fatal)
            break;
        if (r == ReadResult::BadRow) {
            rows << QStringList{QStringLiteral("!%1:%2:%3").arg(problem.line).arg(problem.column).arg(problem.message)};
            continue;
        }
        QStringList row{QString::number(record.line)};
        for (auto f : record.fields)
            row << QString::fromUtf8(f.data(), qsizetype(f.size()));
        rows << row;
    }
    return rows;
}

/// The reader the importer would open for `path`, layout detected.
std::unique_ptr<RecordReader> openDetected(const QString& path)
{
    QString error;
    auto reader = openRecordReader(path, SourceOptions{}, &error);
    if (!reader)
        qWarning("%s", qPrintable(error));
    return reader;
}
} // namespace

class TestReaders : public QObject {
    Q_OBJECT
private slots:
    void csvQuotingAndLines();
    void csvDelimiters_data();
    void csvDelimiters();
    void csvRaggedAndUtf8();
    void csvLargeFileAcrossChunks();
    void ndjson();
    void jsonArray();
    void emptyAndBinary();
};

void TestReaders::csvQuotingAndLines()
{
    test::TempWorkspace tmp;
    const QString path = tmp.writeFile(QStringLiteral("q.csv"), "\xEF\xBB\xBF"
                                                                "id,note,value\r\n"
                                                                "a,\"hello, world\",1\r\n"
                                                                "b,\"multi\nline \"\"quoted\"\"\",2\r\n"
                                                                "\r\n"
                                                                "c,,3");
    auto opened = openDetected(path);
    QVERIFY(opened);
    RecordReader& reader = *opened;
    QCOMPARE(reader.columns(), (QStringList{QStringLiteral("id"), QStringLiteral("note"), QStringLiteral("value")}));
    const auto rows = readAll(reader);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0], (QStringList{QStringLiteral("2"), QStringLiteral("a"), QStringLiteral("hello, world"),
                                   QStringLiteral("1")}));
    QCOMPARE(rows[1], (QStringList{QStringLiteral("3"), QStringLiteral("b"), QStringLiteral("multi\nline \"quoted\""),
                                   QStringLiteral("2")}));
    QCOMPARE(rows[2], (QStringList{QStringLiteral("6"), QStringLiteral("c"), QString(), QStringLiteral("3")}));
    QCOMPARE(reader.sha256Hex().size(), 64);
}

void TestReaders::csvDelimiters_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b\n1,2\n") << ',';
    QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << '|';
}

void TestReaders::csvDelimiters()
{
    QFETCH(QByteArray, content);
    QFETCH(char, delimiter);
    test::TempWorkspace tmp;
    auto reader = openDetected(tmp.writeFile(QStringLiteral("d.csv"), content));
    QVERIFY(reader);
    QCOMPARE(reader->sourceFormat().delimiter.character, delimiter);
    QCOMPARE(reader->columns().size(), 2);
    QCOMPARE(readAll(*reader).size(), 1);
}

void TestReaders::csvRaggedAndUtf8()
{
    test::TempWorkspace tmp;
    // Read as UTF-8 (given): the bad byte is a located error, not a reason to change encoding.
    SourceOptions utf8;
    utf8.encoding = TextEncoding::Utf8;
    QString error;
    auto opened = openRecordReader(tmp.writeFile(QStringLiteral("r.csv"), "a,b,c\n1,2,3\n1,2\n4,5,\xFF\n\"open,1,2\n"),
                                   utf8, &error);
    QVERIFY2(opened, qPrintable(error));
    const auto rows = readAll(*opened);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[1].first(), QStringLiteral("!3:3:expected 3 fields, found 2"));
    QCOMPARE(rows[2].first(), QStringLiteral("!4:3:invalid UTF-8"));
    QVERIFY(rows[3].first().startsWith(QStringLiteral("!5:")));
}

void TestReaders::csvLargeFileAcrossChunks()
{
    // Rows straddle the 1 MiB chunk boundary many times; quoted newlines too.
    test::TempWorkspace tmp;
    QByteArray content("id,text,n\n");
    const int rows = 60000;
    for (int i = 0; i < rows; ++i)
        content += "c" + QByteArray::number(i) + ",\"line one\nline, two " + QByteArray::number(i) + "\","
                   + QByteArray::number(i) + "\n";
    auto opened = openDetected(tmp.writeFile(QStringLiteral("big.csv"), content));
    QVERIFY(opened);
    RecordReader& reader = *opened;
    Record record;
    RecordProblem problem;
    int n = 0;
    while (reader.next(record, problem) == ReadResult::Row) {
        QCOMPARE(record.fields.size(), size_t(3));
        QCOMPARE(QByteArray(record.fields[2].data(), qsizetype(record.fields[2].size())).toInt(), n);
        QCOMPARE(record.line, qint64(2 + 2 * n));
        ++n;
    }
    QCOMPARE(n, rows);
}

void TestReaders::ndjson()
{
    test::TempWorkspace tmp;
    const QString path = tmp.writeFile(QStringLiteral("x.ndjson"),
                                       "{\"customerId\":274354,\"amountPaid\":8.0,\"timestampPaid\":1472133061}\n"
                                       "\n"
                                       "{\"customerId\":2,\"amountPaid\":null,\"extra\":true}\n"
                                       "{\"customerId\":3,\"amountPaid\":1.5\n");
    auto reader = openDetected(path);
    QVERIFY(reader);
    QCOMPARE(reader->formatDescription(), QStringLiteral("NDJSON"));
    QCOMPARE(reader->columns(), (QStringList{QStringLiteral("customerId"), QStringLiteral("amountPaid"),
                                             QStringLiteral("timestampPaid"), QStringLiteral("extra")}));
    const auto rows = readAll(*reader);
    QCOMPARE(rows.size(), 3);
    // Numbers stay as written (an id is text exactly as written).
    QCOMPARE(rows[0], (QStringList{QStringLiteral("1"), QStringLiteral("274354"), QStringLiteral("8.0"),
                                   QStringLiteral("1472133061"), QString()}));
    QCOMPARE(rows[1],
             (QStringList{QStringLiteral("3"), QStringLiteral("2"), QString(), QString(), QStringLiteral("true")}));
    QVERIFY2(rows[2].first().startsWith(QStringLiteral("!4:")), qPrintable(rows[2].first()));
    QVERIFY2(rows[2].first().contains(QStringLiteral("JSON syntax")), qPrintable(rows[2].first()));
}

void TestReaders::jsonArray()
{
    test::TempWorkspace tmp;
    const QString path = tmp.writeFile(
        QStringLiteral("x.json"),
        "[\n  {\"id\": \"a\", \"v\": 1},\n  {\"id\": \"b}\", \"v\": {\"nested\": [1, 2]}}\n]\n");
    auto reader = openDetected(path);
    QVERIFY(reader);
    QCOMPARE(reader->formatDescription(), QStringLiteral("JSON array"));
    const auto rows = readAll(*reader);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0], (QStringList{QStringLiteral("2"), QStringLiteral("a"), QStringLiteral("1")}));
    QCOMPARE(rows[1], (QStringList{QStringLiteral("3"), QStringLiteral("b}"), QStringLiteral("{\"nested\": [1, 2]}")}));
}

void TestReaders::emptyAndBinary()
{
    test::TempWorkspace tmp;
    QString error;
    QVERIFY(!openRecordReader(tmp.writeFile(QStringLiteral("empty.csv"), ""), SourceOptions{}, &error));
    QVERIFY2(error.contains(QStringLiteral("empty.csv")) && error.contains(QStringLiteral("empty")), qPrintable(error));
    // Split literal: "\x00b" would be one escape.
    QVERIFY(!openRecordReader(tmp.writeFile(QStringLiteral("bin.csv"), QByteArray("PK\x03\x04\x00\x00"
                                                                                  "binary",
                                                                                  12)),
                              SourceOptions{}, &error));
    QVERIFY2(error.contains(QStringLiteral("binary")), qPrintable(error));
    QVERIFY(!openRecordReader(tmp.dir() + QStringLiteral("/missing.csv"), SourceOptions{}, &error));
    QVERIFY(error.contains(QStringLiteral("no such file")));
}

QTEST_GUILESS_MAIN(TestReaders)
#include "tst_readers.moc"
