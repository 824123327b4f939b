// SPDX-License-Identifier: MIT
// Year over year, computed by hand: the same span a year before (29 February included), months
// the data covers in both years only.
#include "query/YearOverYear.h"

#include <QTest>

using namespace ul;

namespace {

Day day(const char* iso) { return *parseIsoDate(QLatin1String(iso)); }

/// Month totals for the given (month, value) pairs of a year.
std::vector<PeriodTotal> months(int year, std::initializer_list<std::pair<int, double>> values)
{
    std::vector<PeriodTotal> out;
    for (const auto& [month, value] : values)
        out.push_back({*dayFromYmd(year, month, 1), QString(), value, 1});
    return out;
}

} // namespace

class TstYearOverYear : public QObject {
    Q_OBJECT
private slots:
    void sameDayLastYear()
    {
        QCOMPARE(isoDate(sameDayPreviousYear(day("2023-03-31"))), QStringLiteral("2022-03-31"));
        QCOMPARE(isoDate(sameDayPreviousYear(day("2024-02-29"))), QStringLiteral("2023-02-28"));
        QCOMPARE(isoDate(sameDayPreviousYear(day("2025-02-28"))), QStringLiteral("2024-02-28"));
        QCOMPARE(isoDate(sameDayPreviousYear(day("2024-01-01"))), QStringLiteral("2023-01-01"));
    }

    void spansOfALeapDay()
    {
        // 1 Jan - 29 Feb 2024 against 1 Jan - 28 Feb 2023, not - 1 March.
        const DateRange cur = yearToDate(day("2024-02-29"));
        const DateRange prev = previousYearToDate(day("2024-02-29"));
        QCOMPARE(isoDate(cur.from), QStringLiteral("2024-01-01"));
        QCOMPARE(isoDate(cur.to), QStringLiteral("2024-02-29"));
        QCOMPARE(isoDate(prev.from), QStringLiteral("2023-01-01"));
        QCOMPARE(isoDate(prev.to), QStringLiteral("2023-02-28"));
    }

    void fullCoverageComparesEveryMonthToDate()
    {
        // Data from 2022-01-01 to 2023-03-15; year to date ends on 15 March.
        const YearOverYear y = compareYearToDate(day("2023-03-15"), {day("2022-01-01"), day("2023-03-15")},
                                                 months(2023, {{1, 10}, {2, 20}, {3, 5}}),
                                                 months(2022, {{1, 8}, {2, 16}, {3, 4}}));
        QCOMPARE(y.year, 2023);
        QCOMPARE(y.currentYtd, 35.0);
        QCOMPARE(y.previousYtd, 28.0);
        QVERIFY(y.changePct);
        QCOMPARE(*y.changePct, 25.0); // (35 - 28) / 28
        QCOMPARE(y.compared[0], true);
        QCOMPARE(y.compared[2], true);
        QCOMPARE(y.compared[3], false); // April is after the end
        QVERIFY(!y.current[3]);
    }

    void aYearWithMissingMonthsComparesOnlyCoveredOnes()
    {
        // The data starts on 2016-08-01: January to July 2016 are not "zero", they are unknown,
        // so they are left out of both sums (a YoY of +5,000% against a year starting in August
        // is the artefact this prevents).
        const YearOverYear y = compareYearToDate(
            day("2017-10-17"), {day("2016-08-01"), day("2017-10-17")},
            months(2017, {{1, 50}, {2, 50}, {3, 50}, {4, 50}, {5, 50}, {6, 50}, {7, 50}, {8, 40}, {9, 30}, {10, 10}}),
            months(2016, {{8, 20}, {9, 20}, {10, 10}}));
        for (int m = 0; m < 7; ++m) {
            QVERIFY(!y.compared[size_t(m)]);
            QVERIFY(!y.previous[size_t(m)]);       // not covered: no value, not 0
            QCOMPARE(*y.current[size_t(m)], 50.0); // shown for the current year
        }
        QVERIFY(y.compared[7] && y.compared[8] && y.compared[9]);
        QCOMPARE(y.currentYtd, 80.0);  // Aug-Oct 2017: 40 + 30 + 10
        QCOMPARE(y.yearToDate, 430.0); // every month of 2017 to date
        QCOMPARE(y.previousYtd, 50.0); // Aug-Oct 2016
        QCOMPARE(*y.changePct, 60.0);
    }

    void partialFirstMonthIsNotCompared()
    {
        // Coverage from 2021-03-10: March 2021 is only partly covered, so March is left out.
        const YearOverYear y = compareYearToDate(day("2022-04-30"), {day("2021-03-10"), day("2022-04-30")},
                                                 months(2022, {{3, 10}, {4, 10}}), months(2021, {{3, 3}, {4, 5}}));
        QVERIFY(!y.compared[2]);
        QVERIFY(y.compared[3]);
        QCOMPARE(y.currentYtd, 10.0);
        QCOMPARE(y.previousYtd, 5.0);
    }

    void nothingComparedMeansNoChange()
    {
        const YearOverYear y = compareYearToDate(day("2022-05-31"), {day("2022-01-01"), day("2022-05-31")},
                                                 months(2022, {{1, 10}}), {});
        QVERIFY(!y.changePct);
        QCOMPARE(y.previousYtd, 0.0);
        QCOMPARE(y.currentYtd, 0.0); // only compared months are summed like for like
        QCOMPARE(y.yearToDate, 10.0);
        QCOMPARE(*y.current[0], 10.0);
    }

    void zeroPreviousYearHasNoPercent()
    {
        const YearOverYear y = compareYearToDate(day("2023-01-31"), {day("2022-01-01"), day("2023-01-31")},
                                                 months(2023, {{1, 10}}), months(2022, {{1, 0}}));
        QVERIFY(y.compared[0]);
        QVERIFY(!y.changePct);
    }
};

QTEST_GUILESS_MAIN(TstYearOverYear)
#include "tst_year_over_year.moc"
