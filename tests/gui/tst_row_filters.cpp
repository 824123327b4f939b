// SPDX-License-Identifier: MIT
// The row filter chips and "Break down by" in the window: the charts show exactly what the
// engine computes for the same --where / --by, the dialog counts each value's rows, and
// changing the dataset drops filters that name its columns.
#include "ActivityPage.h"
#include "CalculatedMetricDialog.h"
#include "ChartPanel.h"
#include "FilterBar.h"
#include "KpiCard.h"
#include "MainWindow.h"
#include "MetricTab.h"
#include "RowFilterDialog.h"
#include "RowFilterRow.h"
#include "TempWorkspace.h"
#include "import/Importer.h"
#include "report/Breakdown.h"
#include "report/ReportContext.h"
#include "tables/CohortModel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QListWidget>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace ul;

namespace {

// Semicolon-separated, day.month.year dates; three regions, one of them blank in February.
const char kRows[] = "kunde;datum;region;intern;minuten\n"
                     "k1;03.01.2024;Nord;nein;10\n"
                     "k1;04.01.2024;Süd;nein;4\n"
                     "k2;05.01.2024;Nord;ja;6\n"
                     "k2;15.02.2024;;nein;3\n"
                     "k3;16.02.2024;Süd;nein;8\n"
                     "k3;17.02.2024;Süd;nein;1\n"
                     "k1;20.03.2024;West;nein;2\n"
                     "k3;31.03.2024;Nord;nein;5\n";

std::vector<double> barValues(QChart* chart, int set = 0)
{
    std::vector<double> out;
    for (QAbstractSeries* s : chart ? chart->series() : QList<QAbstractSeries*>{})
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            QBarSet* values = bars->barSets().value(set);
            for (int i = 0; values && i < values->count(); ++i)
                out.push_back(values->at(i));
        }
    return out;
}

} // namespace

class TstRowFilters : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString file = m_tmp.writeFile(QStringLiteral("minuten.csv"), kRows);
        Workspace ws;
        QVERIFY(m_tmp.open(ws));
        ImportOptions options;
        options.dataset = QStringLiteral("nutzung");
        const ImportResult r = importFiles(ws, {file}, options);
        QVERIFY2(r.ok, qPrintable(r.error));
        ws.close();
        m_window = std::make_unique<MainWindow>(MainWindow::Options{false, true, false});
        m_window->resize(1280, 720);
        QString error;
        QVERIFY2(m_window->openWorkspace(m_tmp.path(), &error), qPrintable(error));
        m_window->show();
        FilterState s = m_window->filterBar()->state();
        s.granularity = Granularity::Month;
        m_window->setFilters(s);
        QCoreApplication::processEvents();
    }

    void rowShowsForDatasetsWithPerRowColumns()
    {
        QVERIFY(m_window->rowFilters()->isVisible());
        QVERIFY(m_window->rowFilters()->chipTexts().isEmpty());
        QCOMPARE(chartTotals(), (std::vector<double>{20, 12, 7}));
    }

    void chipFiltersEveryChartLikeTheEngine()
    {
        RowFilterRow* row = m_window->rowFilters();
        row->setDialogOverride([] {
            return std::vector<RowCondition>{{QStringLiteral("region"), QStringLiteral("Süd"), false},
                                             {QStringLiteral("region"), QStringLiteral("West"), false}};
        });
        addButton()->click();
        QCoreApplication::processEvents();
        QCOMPARE(row->chipTexts(), QStringList{QStringLiteral("region is Süd or West")});
        QCOMPARE(m_window->filterBar()->state().where.size(), size_t(2));
        // Süd or West: 4 in January, 8 + 1 in February, 2 in March.
        QCOMPARE(chartTotals(), (std::vector<double>{4, 9, 2}));
        QCOMPARE(chartTotals(), engineTotals(m_window->filterBar()->state().where));
        // The tab's KPI follows: 15 in range.
        QCOMPARE(tab()->kpiCard(MetricTab::Total)->valueText(), QStringLiteral("15"));
    }

    void removingTheChipShowsAllRows()
    {
        auto* chip = m_window->rowFilters()->findChild<QToolButton*>(QString(), Qt::FindChildrenRecursively);
        QToolButton* remove = nullptr;
        for (QToolButton* b : m_window->rowFilters()->findChildren<QToolButton*>())
            if (b->text() == QStringLiteral("×"))
                remove = b;
        QVERIFY(chip && remove);
        remove->click();
        QCoreApplication::processEvents();
        QVERIFY(m_window->rowFilters()->chipTexts().isEmpty());
        QCOMPARE(chartTotals(), (std::vector<double>{20, 12, 7}));
    }

    void breakdownStacksTheValues()
    {
        auto* by = m_window->rowFilters()->findChild<QComboBox*>();
        QVERIFY(by);
        by->setCurrentIndex(by->findData(QStringLiteral("region")));
        emit by->activated(by->currentIndex());
        QCoreApplication::processEvents();
        QChart* chart = tab()->panel(MetricTab::Totals)->chart();
        QVERIFY(chart);
        auto* stacked = qobject_cast<QStackedBarSeries*>(chart->series().value(0));
        QVERIFY(stacked);
        // Nord 21, Süd 13, (blank) 3, West 2: largest first; the parts add up to the totals.
        QStringList names;
        for (QBarSet* set : stacked->barSets())
            names << set->label();
        QCOMPARE(names, (QStringList{QStringLiteral("Nord"), QStringLiteral("Süd"), QStringLiteral("(blank)"),
                                     QStringLiteral("West")}));
        QCOMPARE(barValues(chart, 0), (std::vector<double>{16, 0, 5}));
        std::vector<double> sums(3, 0.0);
        for (int s = 0; s < 4; ++s)
            for (size_t p = 0; p < 3; ++p)
                sums[p] += barValues(chart, s)[p];
        QCOMPARE(sums, (std::vector<double>{20, 12, 7}));
        by->setCurrentIndex(0);
        emit by->activated(0);
        QCoreApplication::processEvents();
    }

    void dialogCountsRowsPerValue()
    {
        DatasetInfo dataset;
        ReportError failure;
        {
            Workspace ws;
            QVERIFY(m_tmp.open(ws));
            ReportContext context(ws.db());
            dataset = *context.dataset(QStringLiteral("nutzung"), &failure);
        }
        ReportRequest request;
        request.dataset = dataset.name;
        // Under "intern is not ja" k2's January row is not counted: Nord has 2 rows, not 3.
        request.where = {{QStringLiteral("intern"), QStringLiteral("ja"), true}};
        RowFilterDialog dialog(m_tmp.path(), dataset, request);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.countsLoaded(), 10000);
        auto* list = dialog.findChild<QListWidget*>();
        QStringList items;
        for (int i = 0; i < list->count(); ++i)
            items << list->item(i)->text();
        // English has no translation file, so plurals read "(s)".
        QCOMPARE(items, (QStringList{QStringLiteral("Süd — 3 row(s)"), QStringLiteral("Nord — 2 row(s)"),
                                     QStringLiteral("(blank) — 1 row(s)"), QStringLiteral("West — 1 row(s)")}));
        list->item(1)->setCheckState(Qt::Checked);
        QCOMPARE(dialog.conditions(),
                 (std::vector<RowCondition>{{QStringLiteral("region"), QStringLiteral("Nord"), false}}));
    }

    void customersPageShowsActivityAndCohorts()
    {
        tab()->showActivityPage(true);
        QCoreApplication::processEvents();
        QVERIFY(tab()->activityPageShown());
        QChart* chart = tab()->activityPage()->movementsPanel()->chart();
        QVERIFY(chart);
        // By activity: Jan k1, k2 open the data (not new); Feb k3 new, k1 churned; Mar k1 back, k2 churned.
        QCOMPARE(barValues(chart, 0), (std::vector<double>{0, 1, 0}));
        QCOMPARE(barValues(chart, 1), (std::vector<double>{0, 0, 1}));
        QCOMPARE(barValues(chart, 2), (std::vector<double>{0, -1, -1}));
        // Cohorts: January {k1, k2} active 2, 1, 1; February {k3} 1, 1.
        CohortModel* cohorts = tab()->activityPage()->cohortModel();
        QCOMPARE(cohorts->rowCount(), 2);
        QCOMPARE(*cohorts->value(0, 1), 0.5);
        QCOMPARE(*cohorts->value(0, 2), 0.5);
        QCOMPARE(*cohorts->value(1, 1), 1.0);
        QVERIFY(!cohorts->value(1, 2));
        // The page follows the row filters: without Süd, k3's February rows are gone, so k3 is
        // new in March instead (January still opens the data).
        FilterState s = m_window->filterBar()->state();
        s.where = {{QStringLiteral("region"), QStringLiteral("Süd"), true}};
        m_window->setFilters(s);
        QCoreApplication::processEvents();
        chart = tab()->activityPage()->movementsPanel()->chart();
        QCOMPARE(barValues(chart, 0), (std::vector<double>{0, 0, 1}));
        s.where.clear();
        m_window->setFilters(s);
        tab()->showActivityPage(false);
        QCoreApplication::processEvents();
    }

    void calculatedMetricOpensItsTab()
    {
        DatasetInfo dataset;
        {
            Workspace ws;
            QVERIFY(m_tmp.open(ws));
            QString error;
            dataset = *findDataset(ws.db(), QStringLiteral("nutzung"), &error);
        }
        CalculatedMetricDialog dialog(dataset);
        dialog.choose(QStringLiteral("minuten"), QStringLiteral("records"));
        QCOMPARE(dialog.definition().displayName, QStringLiteral("minuten per Records"));
        dialog.setName(QStringLiteral("Minuten je Zeile"));
        const RatioDefinition ratio = dialog.definition();
        QCOMPARE(ratio.key, QStringLiteral("minuten_je_zeile"));
        QVERIFY(m_window->addCalculatedMetric(ratio));
        auto* ratioTab = m_window->metricTab(QStringLiteral("minuten_je_zeile"));
        QVERIFY(ratioTab);
        QCOMPARE(m_window->tabs()->currentWidget(), ratioTab);
        // 20 minutes over 3 rows in January, 12 / 3 in February, 7 / 2 in March.
        const std::vector<double> values = barValues(ratioTab->panel(MetricTab::Totals)->chart());
        QCOMPARE(values.size(), size_t(3));
        QVERIFY(qFuzzyCompare(values[0], 20.0 / 3.0));
        QCOMPARE(values[1], 4.0);
        QCOMPARE(values[2], 3.5);
        // The same key again is refused, and nothing changes.
        QVERIFY(!m_window->addCalculatedMetric(ratio));
    }

    void countCustomersByRollsUpSubAccounts()
    {
        // k1 and k2 belong to one group; k3 stays itself.
        const QString owners = m_tmp.writeFile(QStringLiteral("konzern.csv"),
                                               "kunde,konzern\nk1,Gruppe A\nk2,Gruppe A\n");
        {
            Workspace ws;
            QVERIFY(m_tmp.open(ws));
            const ImportResult r = importFiles(ws, {owners}, ImportOptions{});
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        QString error;
        QVERIFY2(m_window->openWorkspace(m_tmp.path(), &error), qPrintable(error));
        m_window->selectDataset(QStringLiteral("nutzung"));
        QComboBox* key = nullptr;
        for (QComboBox* c : m_window->rowFilters()->findChildren<QComboBox*>())
            if (c->findData(QStringLiteral("konzern")) >= 0)
                key = c;
        QVERIFY(key);
        key->setCurrentIndex(key->findData(QStringLiteral("konzern")));
        emit key->activated(key->currentIndex());
        QCoreApplication::processEvents();
        QCOMPARE(m_window->filterBar()->state().customerKey, QStringLiteral("konzern"));
        // Gruppe A: k1 (10 + 4 + 2) and k2 (6 + 3) = 25; k3 14; two customers active in every month.
        QCOMPARE(tab()->kpiCard(MetricTab::Active)->valueText(), QStringLiteral("2"));
        QChart* top = tab()->panel(MetricTab::TopCustomers)->chart();
        QVERIFY(top);
        QCOMPARE(barValues(top), (std::vector<double>{14, 25})); // rank 1 is drawn on top: last
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    MetricTab* tab() const { return m_window->metricTab(QStringLiteral("minuten")); }
    QToolButton* addButton() const
    {
        for (QToolButton* b : m_window->rowFilters()->findChildren<QToolButton*>())
            if (b->text() == RowFilterRow::tr("+ Filter"))
                return b;
        return nullptr;
    }
    std::vector<double> chartTotals() const { return barValues(tab()->panel(MetricTab::Totals)->chart()); }
    std::vector<double> engineTotals(const std::vector<RowCondition>& where)
    {
        Workspace ws;
        if (!m_tmp.open(ws))
            return {};
        ReportContext context(ws.db());
        ReportError failure;
        ReportRequest request;
        request.dataset = QStringLiteral("nutzung");
        request.metric = QStringLiteral("minuten");
        request.granularity = Granularity::Month;
        request.where = where;
        context.setRowFilter(where);
        UsageQuery q;
        const std::optional<MetricInfo> metric = context.requestedMetric(request, QStringLiteral("totals"), &failure);
        if (!metric || !context.usageQuery(*metric, request, &q, &failure))
            return {};
        std::vector<double> out;
        for (const PeriodTotal& t : *context.totals(q, &failure))
            out.push_back(t.value);
        return out;
    }

    test::TempWorkspace m_tmp;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TstRowFilters)
#include "tst_row_filters.moc"
