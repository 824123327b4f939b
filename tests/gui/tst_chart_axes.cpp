// SPDX-License-Identifier: MIT
// Chart axes as a reader checks them (#35): whole ticks for counts, shares that end at 100%,
// weeks that say they are weeks, and value axes titled with their unit.
#include "ChartStyle.h"
#include "PeriodLabels.h"
#include "UsageCharts.h"
#include "core/MetricUnit.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace ul;

namespace {

QList<double> tickValues(QCategoryAxis& axis)
{
    QList<double> values;
    for (const QString& label : axis.categoriesLabels())
        values << axis.endValue(label);
    return values;
}

} // namespace

class TstChartAxes : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void countAxisTicksAreWhole_data()
    {
        QTest::addColumn<double>("max");
        for (double max : {1.0, 2.0, 3.0, 7.0, 12.0, 130.0})
            QTest::newRow(qPrintable(QString::number(max))) << max;
    }

    void countAxisTicksAreWhole()
    {
        QFETCH(double, max);
        QCategoryAxis axis;
        ChartStyle::niceValueAxis(&axis, 0, max, 5, ChartStyle::AxisValues::Counts);
        const QList<double> ticks = tickValues(axis);
        QVERIFY(ticks.size() >= 2);
        for (double v : ticks)
            QVERIFY2(v == std::floor(v), qPrintable(axis.categoriesLabels().join(QLatin1Char(' '))));
        QVERIFY(axis.max() >= max);
        // Amounts of the same range may step by halves: that is what counts must not do.
        QCOMPARE(ChartStyle::niceStep(0, 2, 5, ChartStyle::AxisValues::Amounts), 0.5);
        QCOMPARE(ChartStyle::niceStep(0, 2, 5, ChartStyle::AxisValues::Counts), 1.0);
    }

    void countChartsHaveWholeTicks()
    {
        // Customers per week: 1 and 3 gave ticks at 0.5, 1.5, 2.5.
        QChart* chart = UsageCharts::periodBars({QStringLiteral("2026-10-19"), QStringLiteral("2026-10-26")},
                                                {{QStringLiteral("Customers"), {1.0, 3.0}, {}, {}}}, false);
        auto* y = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        for (double v : tickValues(*y))
            QVERIFY2(v == std::floor(v), qPrintable(y->categoriesLabels().join(QLatin1Char(' '))));
        auto* x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QVERIFY2(x->categoriesLabels().contains(QStringLiteral("w/c 26 Oct 2026")),
                 qPrintable(x->categoriesLabels().join(QLatin1Char('|'))));
        delete chart;
    }

    void shareAxisEndsAtHundred()
    {
        QCategoryAxis axis;
        ChartStyle::niceValueAxis(&axis, 0, 100, 5, ChartStyle::AxisValues::Percents);
        QCOMPARE(axis.max(), 100.0);
        QVERIFY(axis.categoriesLabels().contains(QStringLiteral("100%")));
        QVERIFY(!axis.categoriesLabels().contains(QStringLiteral("125%")));
        ChartStyle::niceValueAxis(&axis, 0, 97, 5, ChartStyle::AxisValues::Percents);
        QVERIFY(axis.max() <= 100);
    }

    void weeksSayTheyAreWeeks()
    {
        const QStringList weeks{QStringLiteral("2026-10-26"), QStringLiteral("2026-11-02")};
        QVERIFY(PeriodLabels::areWeekStarts(weeks));
        QCOMPARE(PeriodLabels::readable(weeks),
                 QStringList({QStringLiteral("w/c 26 Oct 2026"), QStringLiteral("w/c 2 Nov 2026")}));
        // Days, months and quarters carry four-digit years: "26 Oct 26" read as another day.
        QCOMPARE(PeriodLabels::readable({QStringLiteral("2026-10-26"), QStringLiteral("2026-10-27")}),
                 QStringList({QStringLiteral("26 Oct 2026"), QStringLiteral("27 Oct 2026")}));
        QCOMPARE(PeriodLabels::readable({QStringLiteral("2026-10"), QStringLiteral("2026-Q4"), QStringLiteral("x")}),
                 QStringList({QStringLiteral("Oct 2026"), QStringLiteral("Q4 2026"), QStringLiteral("x")}));
    }

    void unitsComeFromTheHeader_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("unit");
        QTest::newRow("parentheses") << "Bandwidth Usage (GB)"
                                     << "GB";
        QTest::newRow("brackets") << "cost [EUR]"
                                  << "EUR";
        QTest::newRow("minutes") << "minutes watched"
                                 << "min";
        QTest::newRow("snake case") << "session_seconds"
                                    << "s";
        QTest::newRow("camel case") << "durationMinutes"
                                    << "min";
        QTest::newRow("none") << "transcoded_duration"
                              << "";
        QTest::newRow("not a unit in parentheses") << "Seats"
                                                   << "";
    }

    void unitsComeFromTheHeader()
    {
        QFETCH(QString, header);
        QFETCH(QString, unit);
        QCOMPARE(unitFromHeader(header), unit);
    }

    void histogramLabelsShareOneStyle()
    {
        // 4,800 and 4,850 both abbreviate to "4.8k": the axis then writes every start exactly.
        const std::vector<HistogramBin> bins{{4800, 4850, 2}, {4850, 4900, 1}, {4900, 4950, 3}, {4950, 5000, 1}};
        QChart* chart = UsageCharts::histogram(bins, false);
        auto* x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        const QStringList labels = x->categoriesLabels();
        QVERIFY2(!labels.join(QLatin1Char('|')).contains(QLatin1Char('k')), qPrintable(labels.join(QLatin1Char('|'))));
        delete chart;
    }

    void valueAxisCarriesTheUnit()
    {
        QChart* chart = UsageCharts::periodBars({QStringLiteral("2026-10"), QStringLiteral("2026-11")},
                                                {{QStringLiteral("MRR"), {4991.39, 4800.0}, {}, {}}}, false);
        ChartStyle::setValueUnit(chart, QStringLiteral("EUR"));
        QCOMPARE(chart->axes(Qt::Vertical).value(0)->titleText(), QStringLiteral("EUR"));
        delete chart;
    }
};

QTEST_MAIN(TstChartAxes)
#include "tst_chart_axes.moc"
