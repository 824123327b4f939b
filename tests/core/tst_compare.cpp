// SPDX-License-Identifier: MIT
// --compare: the ranges compared with (previous periods, the same periods a year before) and the
// compare_* columns of the totals view, computed by hand.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "import/Importer.h"
#include "query/PeriodShift.h"
#include "report/ViewRegistry.h"

#include <QTest>

using namespace ul;

namespace {

Day day(const char* iso) { return *parseIsoDate(QLatin1String(iso)); }

QString rangeText(const DateRange& r) { return isoDate(r.from) + QStringLiteral("..") + isoDate(r.to); }

} // namespace

class TstCompare : public QObject {
    Q_OBJECT
private slots:
    void comparedRanges_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("granularity");
        QTest::addColumn<int>("periods");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        const int month = int(Granularity::Month), week = int(Granularity::Week), day = int(Granularity::Day),
                  quarter = int(Granularity::Quarter);
        // Whole months: six months before; the last day of June becomes the last of December.
        QTest::newRow("months before") << "2024-01-01"
                                       << "2024-06-30" << month << 6 << "previous"
                                       << "2023-07-01..2023-12-31";
        // A cut range is cut at the same place: 15 Jan .. 10 Apr -> 15 Sep .. 10 Dec.
        QTest::newRow("cut months") << "2024-01-15"
                                    << "2024-04-10" << month << 4 << "previous"
                                    << "2023-09-15..2023-12-10";
        // The 31st of a month that the earlier one lacks: the end stays a month end.
        QTest::newRow("month ends") << "2024-03-01"
                                    << "2024-03-31" << month << 1 << "previous"
                                    << "2024-02-01..2024-02-29";
        QTest::newRow("last year, months") << "2024-02-01"
                                           << "2024-02-29" << month << 1 << "last-year"
                                           << "2023-02-01..2023-02-28";
        QTest::newRow("last year, quarters") << "2024-04-01"
                                             << "2024-09-30" << quarter << 2 << "last-year"
                                             << "2023-04-01..2023-09-30";
        // Weeks: Mondays stay Mondays, 52 weeks back for a year.
        QTest::newRow("last year, weeks") << "2024-10-07"
                                          << "2024-10-20" << week << 2 << "last-year"
                                          << "2023-10-09..2023-10-22";
        QTest::newRow("weeks before") << "2024-10-07"
                                      << "2024-10-20" << week << 2 << "previous"
                                      << "2024-09-23..2024-10-06";
        QTest::newRow("last year, days") << "2024-10-07"
                                         << "2024-10-08" << day << 2 << "last-year"
                                         << "2023-10-09..2023-10-10";
    }

    void comparedRanges()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, granularity);
        QFETCH(int, periods);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const DateRange range{*parseIsoDate(from), *parseIsoDate(to)};
        QCOMPARE(rangeText(comparedRange(range, Granularity(granularity), periods, Comparison::parse(kind).kind)),
                 expected);
    }

    void parsesWhatTheCommandLineTakes()
    {
        QCOMPARE(Comparison::parse(QString()).kind, Comparison::Kind::None);
        QCOMPARE(Comparison::parse(QStringLiteral("previous")).kind, Comparison::Kind::PreviousPeriods);
        QCOMPARE(Comparison::parse(QStringLiteral("last-year")).kind, Comparison::Kind::LastYear);
        const Comparison metric = Comparison::parse(QStringLiteral("sessions"));
        QCOMPARE(metric.kind, Comparison::Kind::Metric);
        QCOMPARE(metric.text(), QStringLiteral("sessions"));
    }

    void totalsGetTheComparedColumns()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        // Minutes: 2023-11 10, 2023-12 20, 2024-01 30, 2024-02 40 (sessions 1, 2, 3, 4); data from 15 November.
        const QString csv = tmp.writeFile(QStringLiteral("u.tsv"), "who\twhen\tminutes\tsessions\n"
                                                                   "x\t2023-11-15\t10\t1\n"
                                                                   "x\t2023-12-02\t20\t2\n"
                                                                   "y\t2024-01-31\t30\t3\n"
                                                                   "x\t2024-02-29\t40\t4\n");
        QVERIFY(importFiles(ws, {csv}, {}).ok);
        ws.close();
        const auto report = [&](const char* from, const char* to, const char* compare) {
            return test::runCoreCommand({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(),
                                         QStringLiteral("--view"), QStringLiteral("totals"), QStringLiteral("--metric"),
                                         QStringLiteral("minutes"), QStringLiteral("--granularity"),
                                         QStringLiteral("month"), QStringLiteral("--from"), QLatin1String(from),
                                         QStringLiteral("--to"), QLatin1String(to), QStringLiteral("--compare"),
                                         QLatin1String(compare)});
        };
        // January and February against November (covered from the 15th: partial) and December.
        const test::CliRun previous = report("2024-01-01", "2024-02-29", "previous");
        QVERIFY2(previous.code == 0, qPrintable(previous.err));
        QCOMPARE(previous.out, QStringLiteral("period,value,active_customers,partial,compare_period,compare_value,"
                                              "compare_partial\n"
                                              "2024-01,30,1,false,2023-11,10,true\n"
                                              "2024-02,40,1,false,2023-12,20,false\n"));
        // A year before, the data has nothing: no values, never zeros.
        const test::CliRun lastYear = report("2024-01-01", "2024-02-29", "last-year");
        QVERIFY2(lastYear.code == 0, qPrintable(lastYear.err));
        QVERIFY2(lastYear.out.endsWith(QStringLiteral("2024-02,40,1,false,2023-02,,true\n")), qPrintable(lastYear.out));
        // Another metric: the same periods.
        const test::CliRun sessions = report("2023-12-01", "2024-01-31", "sessions");
        QVERIFY2(sessions.code == 0, qPrintable(sessions.err));
        QCOMPARE(sessions.out, QStringLiteral("period,value,active_customers,partial,compare_period,compare_value,"
                                              "compare_partial\n"
                                              "2023-12,20,1,false,2023-12,2,false\n"
                                              "2024-01,30,1,false,2024-01,3,false\n"));
        const test::CliRun unknown = report("2023-12-01", "2024-01-31", "nothing_like_it");
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("--compare")), qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TstCompare)
#include "tst_compare.moc"
