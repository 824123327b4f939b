// SPDX-License-Identifier: MIT
// ranking, computed by hand: the top customers with cumulative share, the equal-length span
// before the range (value, rank, change, rank move) and a trend per period.
#include "TempWorkspace.h"
#include "import/Importer.h"
#include "query/Ranking.h"
#include "report/ViewRegistry.h"

#include <QTest>

using namespace ul;

namespace {

ReportRequest monthsOf2024(const QString& from, const QString& to, int top)
{
    ReportRequest request;
    request.metric = QStringLiteral("minutes");
    request.from = *parseIsoDate(from);
    request.to = *parseIsoDate(to);
    request.granularity = Granularity::Month;
    request.top = top;
    return request;
}

} // namespace

class TstViewRanking : public QObject {
    Q_OBJECT
private slots:
    void rankingWithThePreviousSpanAndTrend()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        // March+April 2024 (61 days) against the 61 days before: 2023-12-31 .. 2024-02-29, which
        // the data covers (it starts on 1 December with a zero).
        // Before: a 50, b 30, c 20, e 0.  Now: c 70 (30 in March, 40 in April), a 40, d 10 (new).
        const QString csv = tmp.writeFile(QStringLiteral("u.csv"), "account;day;minutes\n"
                                                                   "e;2023-12-01;0\n"
                                                                   "a;2024-01-05;50\n"
                                                                   "b;2024-02-10;30\n"
                                                                   "c;2024-02-29;20\n"
                                                                   "c;2024-03-01;30\n"
                                                                   "c;2024-04-30;40\n"
                                                                   "a;2024-04-02;40\n"
                                                                   "d;2024-03-15;10\n");
        const ImportResult imported = importFiles(ws, {csv}, {});
        QVERIFY2(imported.ok, qPrintable(imported.error));
        ReportContext context(ws.db());
        ReportTable t;
        ReportError error;
        QVERIFY2(runReportView(context, QStringLiteral("ranking"),
                               monthsOf2024(QStringLiteral("2024-03-01"), QStringLiteral("2024-04-30"), 3), &t, &error),
                 qPrintable(error.message));
        // Shares of 120: 58.33, 33.33, 8.33; c climbed from 3rd to 1st (+2), a fell 1st -> 2nd,
        // d had nothing before: a previous value of 0, no change % and no previous rank.
        QCOMPARE(t.columns.join(QLatin1Char(',')),
                 QStringLiteral("rank,customer,value,share_pct,cumulative_share_pct,previous,change_pct,previous_rank,"
                                "rank_change,trend"));
        QCOMPARE(t.rows.size(), size_t(3));
        QCOMPARE(t.text(0, QStringLiteral("customer")), QStringLiteral("c"));
        QCOMPARE(t.text(1, QStringLiteral("customer")), QStringLiteral("a"));
        QCOMPARE(t.text(2, QStringLiteral("customer")), QStringLiteral("d"));
        QCOMPARE(*t.number(0, QStringLiteral("share_pct")), 70.0 / 120 * 100);
        QCOMPARE(*t.number(1, QStringLiteral("cumulative_share_pct")), 110.0 / 120 * 100);
        QCOMPARE(*t.number(2, QStringLiteral("cumulative_share_pct")), 100.0);
        for (const char* column : {"previous", "change_pct", "previous_rank", "rank_change"})
            QVERIFY2(t.number(0, QLatin1String(column)), column);
        QCOMPARE(*t.number(0, QStringLiteral("previous")), 20.0);
        QCOMPARE(*t.number(0, QStringLiteral("change_pct")), 250.0);
        QCOMPARE(*t.number(0, QStringLiteral("previous_rank")), 3.0);
        QCOMPARE(*t.number(0, QStringLiteral("rank_change")), 2.0);
        QVERIFY(t.number(1, QStringLiteral("rank_change")) && t.number(2, QStringLiteral("previous")));
        QCOMPARE(*t.number(1, QStringLiteral("change_pct")), -20.0);
        QCOMPARE(*t.number(1, QStringLiteral("rank_change")), -1.0);
        QCOMPARE(*t.number(2, QStringLiteral("previous")), 0.0);
        QVERIFY(!t.number(2, QStringLiteral("change_pct")));
        QVERIFY(!t.number(2, QStringLiteral("previous_rank")));
        // Trend by month: March, April.
        QCOMPARE(t.text(0, QStringLiteral("trend")), QStringLiteral("30 40"));
        QCOMPARE(t.text(1, QStringLiteral("trend")), QStringLiteral("0 40"));
        QCOMPARE(t.text(2, QStringLiteral("trend")), QStringLiteral("10 0"));
        QVERIFY(findReportView(QStringLiteral("ranking"))->perCustomer);

        // December and January: the span before (October, November) is before the data's first
        // day; a span the data does not cover would read as growth, so no previous values at all.
        ReportTable cut;
        QVERIFY(runReportView(context, QStringLiteral("ranking"),
                              monthsOf2024(QStringLiteral("2023-12-01"), QStringLiteral("2024-01-31"), 5), &cut,
                              &error));
        QCOMPARE(cut.rows.size(), size_t(2));
        QVERIFY(!cut.number(0, QStringLiteral("previous")));
        QVERIFY(!cut.number(0, QStringLiteral("rank_change")));
    }

    void trendPeriodsStayFew()
    {
        const auto range = [](const char* from, const char* to) {
            return DateRange{*parseIsoDate(QLatin1String(from)), *parseIsoDate(QLatin1String(to))};
        };
        QCOMPARE(trendGranularityFor(range("2024-01-01", "2024-01-31"), Granularity::Day), Granularity::Day);
        QCOMPARE(trendGranularityFor(range("2024-01-01", "2024-03-31"), Granularity::Day), Granularity::Week);
        QCOMPARE(trendGranularityFor(range("2024-01-01", "2024-12-31"), Granularity::Week), Granularity::Month);
        QCOMPARE(trendGranularityFor(range("2020-01-01", "2024-12-31"), Granularity::Month), Granularity::Quarter);
        QCOMPARE(trendGranularityFor(range("2020-01-01", "2024-12-31"), Granularity::Year), Granularity::Year);
    }
};

QTEST_GUILESS_MAIN(TstViewRanking)
#include "tst_view_ranking.moc"
