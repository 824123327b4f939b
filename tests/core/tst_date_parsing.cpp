// SPDX-License-Identifier: MIT
#include "import/DateParsing.h"
#include "import/ValueParsing.h"
#include "query/Granularity.h"

#include <QTest>

using namespace ul;

class TestDateParsing : public QObject {
    Q_OBJECT
private slots:
    void formats_data();
    void formats();
    void values();
    void periods();
};

void TestDateParsing::formats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected"); // empty = rejected
    QTest::newRow("iso date") << "2022-09-06"
                              << "iso"
                              << "2022-09-06";
    QTest::newRow("month only") << "2020-09"
                                << "iso"
                                << "2020-09-01";
    QTest::newRow("offset +00") << "2022-09-06 09:46:05+00"
                                << "iso"
                                << "2022-09-06";
    QTest::newRow("Z") << "2022-09-06T23:30:00Z"
                       << "iso"
                       << "2022-09-06";
    QTest::newRow("+02:00 goes back a day") << "2022-09-06T01:30:00+02:00"
                                            << "iso"
                                            << "2022-09-05";
    QTest::newRow("-05:00 goes forward") << "2022-09-06T21:00:00-05:00"
                                         << "iso"
                                         << "2022-09-07";
    QTest::newRow("+0530 compact") << "2022-01-01T03:00:00+0530"
                                   << "iso"
                                   << "2021-12-31";
    QTest::newRow("fraction") << "2022-09-06 09:46:05.123+00"
                              << "iso"
                              << "2022-09-06";
    QTest::newRow("no zone = UTC") << "2022-09-06 23:59"
                                   << "iso"
                                   << "2022-09-06";
    QTest::newRow("bad month") << "2022-13-01"
                               << "iso"
                               << "";
    QTest::newRow("feb 30") << "2022-02-30"
                            << "iso"
                            << "";
    QTest::newRow("leap day") << "2024-02-29"
                              << "iso"
                              << "2024-02-29";
    QTest::newRow("not leap") << "2023-02-29"
                              << "iso"
                              << "";
    QTest::newRow("us short") << "9/6/22"
                              << "m/d/y"
                              << "2022-09-06";
    QTest::newRow("us long") << "12/31/2021"
                             << "m/d/y"
                             << "2021-12-31";
    QTest::newRow("us 69 pivot") << "1/2/69"
                                 << "m/d/y"
                                 << "1969-01-02";
    QTest::newRow("us rejects day 13 as month") << "13/1/22"
                                                << "m/d/y"
                                                << "";
    QTest::newRow("dmy") << "13/1/22"
                         << "d/m/y"
                         << "2022-01-13";
    QTest::newRow("dots") << "6.9.2022"
                          << "d.m.y"
                          << "2022-09-06";
    QTest::newRow("epoch s") << "1472133061"
                             << "epoch-s"
                             << "2016-08-25";
    QTest::newRow("epoch ms") << "1472133061000"
                              << "epoch-ms"
                              << "2016-08-25";
    QTest::newRow("epoch s negative day edge") << "86399"
                                               << "epoch-s"
                                               << "1970-01-01";
    QTest::newRow("garbage") << "yesterday"
                             << "iso"
                             << "";
    QTest::newRow("compact yyyymmdd") << "20190314"
                                      << "yyyymmdd"
                                      << "2019-03-14";
    QTest::newRow("compact bad day") << "20190231"
                                     << "yyyymmdd"
                                     << "";
    QTest::newRow("compact before 1900") << "18991231"
                                         << "yyyymmdd"
                                         << "";
    QTest::newRow("us date-time") << "3/14/2019 9:05"
                                  << "m/d/y"
                                  << "2019-03-14";
    QTest::newRow("us date-time seconds") << "3/14/2019 23:59:59"
                                          << "m/d/y"
                                          << "2019-03-14";
    QTest::newRow("us 12-hour pm") << "3/14/2019 9:05 PM"
                                   << "m/d/y"
                                   << "2019-03-14";
    QTest::newRow("us 12-hour am lower") << "3/14/2019 12:30 am"
                                         << "m/d/y"
                                         << "2019-03-14";
    QTest::newRow("hour 25 rejected") << "3/14/2019 25:05"
                                      << "m/d/y"
                                      << "";
    QTest::newRow("13 pm rejected") << "3/14/2019 13:05 PM"
                                    << "m/d/y"
                                    << "";
    QTest::newRow("dmy date-time") << "14/03/2019 14:30"
                                   << "d/m/y"
                                   << "2019-03-14";
    QTest::newRow("iso without zone is utc") << "2019-03-14 23:59:59"
                                             << "iso"
                                             << "2019-03-14";
    QTest::newRow("year-first slash") << "2022/09/06"
                                      << "y/m/d"
                                      << "2022-09-06";
    QTest::newRow("year-first slash time") << "2022/09/06 10:00"
                                           << "y/m/d"
                                           << "2022-09-06";
    QTest::newRow("dd-Mon-yyyy") << "06-Sep-2022"
                                 << "d-mon-y"
                                 << "2022-09-06";
    QTest::newRow("d Mon yyyy") << "6 Sep 2022"
                                << "d-mon-y"
                                << "2022-09-06";
    QTest::newRow("full month name") << "6-September-22"
                                     << "d-mon-y"
                                     << "2022-09-06";
    QTest::newRow("Sept") << "6 Sept 2022"
                          << "d-mon-y"
                          << "2022-09-06";
    QTest::newRow("unknown month") << "6-Foo-2022"
                                   << "d-mon-y"
                                   << "";
    QTest::newRow("9999-12-31 outside range") << "9999-12-31"
                                              << "iso"
                                              << "";
    QTest::newRow("2100-12-31 last day") << "2100-12-31"
                                         << "iso"
                                         << "2100-12-31";
    QTest::newRow("1900-01-01 first day") << "1900-01-01"
                                          << "iso"
                                          << "1900-01-01";
    QTest::newRow("1899-12-31 outside range") << "1899-12-31"
                                              << "iso"
                                              << "";
    QTest::newRow("epoch s far future") << "99999999999999"
                                        << "epoch-s"
                                        << "";
    QTest::newRow("epoch ms far future") << "99999999999999999"
                                         << "epoch-ms"
                                         << "";
}

void TestDateParsing::formats()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const auto fmt = dateFormatFromName(format);
    QVERIFY(fmt);
    const QByteArray utf8 = text.toUtf8();
    const auto day = parseDate(std::string_view(utf8.constData(), size_t(utf8.size())), *fmt);
    if (expected.isEmpty()) {
        QVERIFY2(!day, qPrintable(isoDate(day.value_or(0))));
    } else {
        QVERIFY(day);
        QCOMPARE(isoDate(*day), expected);
    }
}

void TestDateParsing::values()
{
    QVERIFY(isMissing("NULL"));
    QVERIFY(isMissing("null"));
    QVERIFY(isMissing(""));
    QVERIFY(isMissing("  "));
    QVERIFY(isMissing("NA"));
    QVERIFY(isMissing("N/A"));
    QVERIFY(!isMissing("0"));
    QCOMPARE(parseNumber("1234.5").value(), 1234.5);
    QCOMPARE(parseNumber("-1e3").value(), -1000.0);
    QCOMPARE(parseNumber("+2").value(), 2.0);
    QVERIFY(!parseNumber("1,234.5"));
    QVERIFY(!parseNumber("inf"));
    QVERIFY(!parseNumber("nan"));
    QVERIFY(!parseNumber("12abc"));
    QCOMPARE(parseBool("TRUE", false).value(), true);
    QCOMPARE(parseBool("false", false).value(), false);
    QVERIFY(!parseBool("1", false));
    QCOMPARE(parseBool("1", true).value(), true);
    QVERIFY(isValidUtf8("h\xC3\xA9llo"));
    QVERIFY(!isValidUtf8("h\xC3llo"));
    QVERIFY(!isValidUtf8("\xC0\xAF")); // overlong
}

void TestDateParsing::periods()
{
    const Day d = *parseIsoDate(QStringLiteral("2022-10-19")); // a Wednesday
    QCOMPARE(isoDate(periodStart(d, Granularity::Week)), QStringLiteral("2022-10-17"));
    QCOMPARE(periodLabel(periodStart(d, Granularity::Week), Granularity::Week), QStringLiteral("2022-10-17"));
    QCOMPARE(periodLabel(periodStart(d, Granularity::Month), Granularity::Month), QStringLiteral("2022-10"));
    QCOMPARE(periodLabel(periodStart(d, Granularity::Quarter), Granularity::Quarter), QStringLiteral("2022-Q4"));
    QCOMPARE(periodLabel(periodStart(d, Granularity::Year), Granularity::Year), QStringLiteral("2022"));
    QCOMPARE(isoDate(nextPeriodStart(*parseIsoDate(QStringLiteral("2022-11-01")), Granularity::Quarter)),
             QStringLiteral("2023-02-01"));
    QCOMPARE(isoDate(nextPeriodStart(*parseIsoDate(QStringLiteral("2022-12-01")), Granularity::Month)),
             QStringLiteral("2023-01-01"));
    const DateRange r{*parseIsoDate(QStringLiteral("2022-10-01")), *parseIsoDate(QStringLiteral("2022-10-31"))};
    QCOMPARE(isoDate(r.previous().from), QStringLiteral("2022-08-31"));
    QCOMPARE(isoDate(r.previous().to), QStringLiteral("2022-09-30"));
}

QTEST_GUILESS_MAIN(TestDateParsing)
#include "tst_date_parsing.moc"
