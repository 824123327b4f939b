// SPDX-License-Identifier: MIT
// The number texts every chart, card and table shares: short-scale suffixes, no rounding up into
// the next unit, and shares that are not whole never printed as whole.
#include "ChartStyle.h"

#include <QLocale>
#include <QTest>

using namespace ul;

class TstChartStyle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void abbreviate_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0.0 << "0";
        QTest::newRow("small fraction") << 0.256 << "0.26";
        QTest::newRow("units") << 742.0 << "742";
        QTest::newRow("just under a thousand") << 999.7 << "1k";
        QTest::newRow("thousands") << 1234.0 << "1.2k";
        QTest::newRow("whole thousands drop .0") << 12000.0 << "12k";
        QTest::newRow("hundreds of thousands") << 125400.0 << "125k";
        QTest::newRow("rounds into millions") << 999960.0 << "1M";
        QTest::newRow("millions") << 3400000.0 << "3.4M";
        QTest::newRow("billions are B, not G") << 2.5e9 << "2.5B";
        QTest::newRow("rounds into billions") << 999.6e6 << "1B";
        QTest::newRow("trillions") << 4.2e12 << "4.2T";
        QTest::newRow("negative billions") << -1.26e9 << "-1.3B";
    }
    void abbreviate()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(ChartStyle::abbreviate(value), expected);
    }

    void percent_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole hundred") << 100.0 << "100%";
        QTest::newRow("not quite all") << 99.6 << "99.6%";
        QTest::newRow("closer still") << 99.96 << "99.96%";
        QTest::newRow("ordinary share") << 42.4 << "42%";
        QTest::newRow("small share keeps a decimal") << 4.44 << "4.4%";
        QTest::newRow("tiny share is not zero") << 0.04 << "0.04%";
        QTest::newRow("zero") << 0.0 << "0.0%";
        QTest::newRow("a fall of almost everything") << -99.7 << "-99.7%";
    }
    void percent()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(ChartStyle::percent(value), expected);
    }

    void flatChangeHasNoArrowOrColour()
    {
        QCOMPARE(ChartStyle::signedChange(7.5), QStringLiteral("▲ 7.5%"));
        QCOMPARE(ChartStyle::signedChange(-7.5), QStringLiteral("▼ 7.5%"));
        QCOMPARE(ChartStyle::signedChange(0.0), QStringLiteral("0.0%"));
        QCOMPARE(ChartStyle::signedChange(-0.00001), QStringLiteral("0.0%"));
        QVERIFY(!ChartStyle::changeColor(0.00001, false).isValid());
        QCOMPARE(ChartStyle::changeColor(3, false), ChartStyle::upColor(false));
        QCOMPARE(ChartStyle::changeColor(-3, true), ChartStyle::downColor(true));
    }
};

QTEST_MAIN(TstChartStyle)
#include "tst_chart_style.moc"
