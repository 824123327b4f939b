// SPDX-License-Identifier: MIT
// The window's forecasts and churn list on the demo workspace: the Forecast box draws the bands
// and says which model and how it did, Revenue's MRR chart likewise, and the Health tab lists the
// churn risk with its track record; all of it from the views the tabs already loaded.
#include "ChartPanel.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "MetricTab.h"
#include "TempWorkspace.h"
#include "demo/DemoWorkspace.h"
#include "revenue/RevenueTab.h"
#include "segments/HealthTab.h"
#include "tables/ReportTableModel.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ul;

namespace {

int areas(QChart* chart)
{
    int n = 0;
    for (QAbstractSeries* s : chart->series())
        n += qobject_cast<QAreaSeries*>(s) ? 1 : 0;
    return n;
}

} // namespace

class TstForecastGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(writeDemoWorkspace(m_tmp.path(), &error), qPrintable(error));
    }

    void forecastBoxDrawsBandsAndCaption()
    {
        MainWindow window(MainWindow::Options{false, true});
        window.setAttribute(Qt::WA_DontShowOnScreen);
        QString error;
        QVERIFY2(window.openWorkspace(m_tmp.path(), &error), qPrintable(error));
        FilterState f = window.filterBar()->state();
        f.granularity = Granularity::Month;
        window.setFilters(f);
        auto* tab = qobject_cast<MetricTab*>(window.tabs()->widget(0));
        QVERIFY(tab);
        ChartPanel* totals = tab->panel(MetricTab::Totals);
        QCOMPARE(areas(totals->chart()), 0);
        QVERIFY(totals->caption().isEmpty());
        tab->forecastBox()->setChecked(true); // as a click: no query, a redraw
        QVERIFY(tab->forecastShown());
        QCOMPARE(areas(totals->chart()), 2); // the 95% and 80% bands
        QCOMPARE(totals->chart()->title(), MetricTab::tr("Total per period and forecast"));
        QVERIFY2(totals->caption().contains(QStringLiteral("chosen by AICc")), qPrintable(totals->caption()));
        QVERIFY2(totals->caption().contains(QStringLiteral("MAPE")), qPrintable(totals->caption()));
        QVERIFY(tab->kpiNote().contains(totals->caption()));
        // The period axis runs on into the 12 forecast months.
        QCOMPARE(totals->data().name, QStringLiteral("forecast"));
        QCOMPARE(totals->data().rows.size(), tab->data().totals.size() + 12);
        tab->setForecastShown(false);
        QCOMPARE(areas(totals->chart()), 0);
        QVERIFY(totals->caption().isEmpty() && tab->kpiNote().isEmpty());
    }

    void revenueForecastAndChurnList()
    {
        MainWindow window(MainWindow::Options{false, true});
        window.setAttribute(Qt::WA_DontShowOnScreen);
        QString error;
        QVERIFY2(window.openWorkspace(m_tmp.path(), &error), qPrintable(error));
        window.selectDataset(QString::fromLatin1(kDemoInvoicesDataset));
        window.setFilters(window.filterBar()->state());
        QVERIFY(window.selectTab(QStringLiteral("revenue")));
        auto* revenue = qobject_cast<RevenueTab*>(window.tabs()->currentWidget());
        QVERIFY(revenue);
        revenue->setForecastShown(true);
        ChartPanel* mrr = revenue->panel(RevenueTab::Mrr);
        QCOMPARE(areas(mrr->chart()), 2);
        QVERIFY2(mrr->caption().contains(QStringLiteral("MAPE")), qPrintable(mrr->caption()));
        QVERIFY(revenue->kpiNote().contains(mrr->caption()));

        QVERIFY(window.selectTab(QStringLiteral("health")));
        auto* health = qobject_cast<HealthTab*>(window.tabs()->currentWidget());
        QVERIFY(health);
        QAbstractItemModelTester tester(health->churnModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(health->churnModel()->rowCount() > 100);
        QCOMPARE(health->churnModel()->columnCount(), 4);
        // Riskiest first, shown as a percent.
        const QModelIndex first = health->churnView()->model()->index(0, 1);
        QVERIFY2(first.data().toString().endsWith(QLatin1Char('%')), qPrintable(first.data().toString()));
        QVERIFY2(health->churnAccuracyText().contains(QStringLiteral("AUC")), qPrintable(health->churnAccuracyText()));
        QCOMPARE(health->kpiNote(), health->churnAccuracyText());
    }

private:
    test::TempWorkspace m_tmp;
};

QTEST_MAIN(TstForecastGui)
#include "tst_forecast_gui.moc"
