// SPDX-License-Identifier: MIT
// Every filter of the bar changes the charts' data exactly as the metric engine computes it.
#include "ChartPanel.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "MetricTab.h"
#include "TempWorkspace.h"
#include "demo/DemoWorkspace.h"
#include "query/UsageViews.h"
#include "store/ChunkFactStore.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

using namespace ul;

namespace {

std::vector<double> chartTotals(MetricTab* tab)
{
    std::vector<double> values;
    QChart* chart = tab->panel(MetricTab::Totals)->chart();
    if (!chart)
        return values;
    const auto series = chart->series();
    for (QAbstractSeries* s : series) {
        if (auto* bars = qobject_cast<QBarSeries*>(s)) {
            QBarSet* set = bars->barSets().value(0);
            for (int i = 0; i < set->count(); ++i)
                values.push_back(set->at(i));
            return values;
        }
    }
    // Long ranges are drawn as a line plus scatters of the same points (hollow ones for partial
    // periods); read the scatters in period order.
    std::vector<QPointF> all;
    for (QAbstractSeries* s : series)
        if (auto* points = qobject_cast<QScatterSeries*>(s)) {
            const auto pts = points->points();
            all.insert(all.end(), pts.begin(), pts.end());
        }
    std::sort(all.begin(), all.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    for (const QPointF& p : all)
        values.push_back(p.y());
    return values;
}

/// Customer labels and values of a top-N chart, rank 1 first.
std::vector<std::pair<QString, double>> chartTop(MetricTab* tab, MetricTab::Chart which)
{
    std::vector<std::pair<QString, double>> out;
    QChart* chart = tab->panel(which)->chart();
    if (!chart)
        return out;
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().value(0));
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
    QBarSet* set = series->barSets().value(0);
    for (int i = set->count() - 1; i >= 0; --i)
        out.emplace_back(axis->at(i), set->at(i));
    return out;
}

} // namespace

class TstDashboardFilters : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(writeDemoWorkspace(m_tmp.path(), &error), qPrintable(error));
        QVERIFY(m_ws.open(m_tmp.path(), Workspace::OpenMode::ExistingOnly, &error));
        m_window = std::make_unique<MainWindow>(MainWindow::Options{false, false});
        m_window->resize(1400, 900);
        QVERIFY2(m_window->openWorkspace(m_tmp.path(), &error), qPrintable(error));
        m_window->show();
        settle();
    }

    QStringList tabTitles() const
    {
        QStringList titles;
        for (int i = 0; i < m_window->tabs()->count(); ++i)
            titles << m_window->tabs()->tabText(i);
        return titles;
    }

    void startsOnRichestDatasetWithOneTabPerMetric()
    {
        QCOMPARE(m_window->filterBar()->state().dataset, QString::fromLatin1(kDemoUsageDataset));
        // Three metric tabs and the built-in Records, then Segments and Health (usage data has no
        // Revenue tab).
        QCOMPARE(tabTitles(), (QStringList{QStringLiteral("Transcoded Minutes"), QStringLiteral("Streamed Minutes"),
                                           QStringLiteral("Bandwidth (GB)"), QStringLiteral("Records"),
                                           QStringLiteral("Segments"), QStringLiteral("Health")}));
        QVERIFY(m_window->metricTab(QStringLiteral("transcoded_minutes")));
        check();
    }

    void granularityChangesPeriods()
    {
        const auto before = chartTotals(tab());
        combo("granularity")->setCurrentIndex(int(Granularity::Quarter));
        settle();
        QCOMPARE(m_window->filterBar()->state().granularity, Granularity::Quarter);
        QVERIFY(chartTotals(tab()).size() < before.size());
        check();
        combo("granularity")->setCurrentIndex(int(Granularity::Week));
        settle();
        check();
        combo("granularity")->setCurrentIndex(int(Granularity::Month));
        settle();
    }

    void presetAndDatesChangeRange()
    {
        combo("preset")->setCurrentIndex(combo("preset")->findData(QStringLiteral("last90")));
        settle();
        const FilterState s = m_window->filterBar()->state();
        QCOMPARE(s.range.to, *parseIsoDate(QStringLiteral("2026-10-31"))); // anchored on the data, not today
        QCOMPARE(s.range.days(), 90);
        check();
        m_window->findChild<QDateEdit*>(QStringLiteral("from"))->setDate(QDate(2025, 3, 1));
        settle();
        QCOMPARE(m_window->filterBar()->state().range.from, *parseIsoDate(QStringLiteral("2025-03-01")));
        QVERIFY(m_window->filterBar()->state().preset.isEmpty());
        check();
    }

    void topSizeChangesRanking()
    {
        combo("top")->setCurrentIndex(combo("top")->findData(5));
        settle();
        QCOMPARE(chartTop(tab(), MetricTab::TopCustomers).size(), size_t(5));
        check();
        combo("top")->setCurrentIndex(combo("top")->count() - 1); // custom
        m_window->findChild<QSpinBox*>(QStringLiteral("topCustom"))->setValue(12);
        settle();
        QCOMPARE(m_window->filterBar()->state().top, 12);
        check();
    }

    void newCustomerWindowChangesNewRanking()
    {
        m_window->findChild<QSpinBox*>(QStringLiteral("newWithinDays"))->setValue(400);
        settle();
        QCOMPARE(m_window->filterBar()->state().newWithinDays, 400);
        check();
    }

    void customerRestrictsEveryView()
    {
        QComboBox* c = combo("customer");
        QVERIFY(c->count() > 2);
        c->setCurrentIndex(2);
        settle();
        QVERIFY(m_window->filterBar()->state().customer.has_value());
        QCOMPARE(tab()->data().kpis.activeCustomers <= 1, true);
        check();
        c->setCurrentIndex(0);
        settle();
        QVERIFY(!m_window->filterBar()->state().customer.has_value());
    }

    void emptyRangeShowsNoDataState()
    {
        FilterState s = m_window->filterBar()->state();
        s.preset.clear();
        s.range = {*parseIsoDate(QStringLiteral("2024-11-01")), *parseIsoDate(QStringLiteral("2024-11-01"))};
        s.customer = *customerIdByExternal(m_ws.db(), combo("customer")->itemText(1));
        s.customerName = combo("customer")->itemText(1);
        m_window->setFilters(s);
        settle();
        // Either a readable message or a real chart; never an empty QChart.
        for (int i = 0; i < MetricTab::ChartCount; ++i) {
            ChartPanel* p = tab()->panel(MetricTab::Chart(i));
            QVERIFY(p->hasChart() ? !p->chart()->series().isEmpty() : !p->message().isEmpty());
        }
        QVERIFY(!tab()->panel(MetricTab::Change)->hasChart()); // one period: nothing to compare
    }

    void staleResultsAreDiscarded()
    {
        // Several changes in a row: only the last one's data may end up in the charts.
        FilterState s = m_window->filterBar()->state();
        s.customer.reset();
        s.customerName.clear();
        s.preset = QStringLiteral("all");
        for (Granularity g : {Granularity::Day, Granularity::Year, Granularity::Week, Granularity::Month}) {
            s.granularity = g;
            m_window->setFilters(s);
        }
        settle();
        QCOMPARE(tab()->data().filters.granularity, Granularity::Month);
        check();
    }

    void datasetChangeRebuildsTabs()
    {
        combo("dataset")->setCurrentIndex(combo("dataset")->findText(QString::fromLatin1(kDemoInvoicesDataset)));
        settle();
        QCOMPARE(tabTitles(),
                 (QStringList{QStringLiteral("Revenue"), QStringLiteral("Amount paid"), QStringLiteral("Records"),
                              QStringLiteral("Segments"), QStringLiteral("Health")}));
        m_window->tabs()->setCurrentWidget(tab()); // hidden tabs refresh when shown
        settle();
        check();
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    QComboBox* combo(const char* name) { return m_window->findChild<QComboBox*>(QString::fromLatin1(name)); }
    /// The first metric tab (invoice data has Revenue before it).
    MetricTab* tab()
    {
        for (int i = 0; i < m_window->tabs()->count(); ++i)
            if (auto* t = qobject_cast<MetricTab*>(m_window->tabs()->widget(i)))
                return t;
        return nullptr;
    }

    void settle()
    {
        // The bar coalesces changes on a zero timer; then the tabs query on worker threads.
        QTest::qWait(20);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isRefreshing(), 20000);
    }

    /// The first tab's charts equal what the engine returns for the bar's current state.
    void check()
    {
        MetricTab* t = tab();
        QVERIFY(t);
        const FilterState s = m_window->filterBar()->state();
        QCOMPARE(t->data().filters, s);
        UsageQuery q;
        q.metricId = t->metric().id;
        q.datasetId = s.datasetId;
        q.range = s.range;
        q.granularity = s.granularity;
        q.top = s.top;
        q.newWithinDays = s.newWithinDays;
        q.customer = s.customer;
        std::vector<PeriodTotal> totals;
        std::vector<RankedCustomer> top, topNew;
        QString error;
        ChunkFactStore store(m_ws.db());
        CustomerDirectory customers(m_ws.db());
        QVERIFY2(totalsView(store, q, &totals, &error), qPrintable(error));
        QVERIFY2(topView(customers, store, q, false, &top, &error), qPrintable(error));
        QVERIFY2(topView(customers, store, q, true, &topNew, &error), qPrintable(error));
        const bool any = std::any_of(totals.begin(), totals.end(), [](const PeriodTotal& p) { return p.value != 0; });
        if (!any) {
            QVERIFY(!t->panel(MetricTab::Totals)->hasChart());
            return;
        }
        const auto values = chartTotals(t);
        QCOMPARE(values.size(), totals.size());
        for (size_t i = 0; i < values.size(); ++i)
            QVERIFY2(qFuzzyCompare(1 + values[i], 1 + totals[i].value), qPrintable(totals[i].label));
        const auto shown = chartTop(t, MetricTab::TopCustomers);
        QCOMPARE(shown.size(), top.size());
        for (size_t i = 0; i < top.size(); ++i) {
            QCOMPARE(shown[i].first, QStringLiteral("%1. %2").arg(top[i].rank).arg(top[i].customer));
            QVERIFY(qFuzzyCompare(1 + shown[i].second, 1 + top[i].value));
        }
        const auto shownNew = chartTop(t, MetricTab::TopNew);
        QCOMPARE(shownNew.size(), topNew.size());
        for (size_t i = 0; i < topNew.size(); ++i)
            QCOMPARE(shownNew[i].first, QStringLiteral("%1. %2").arg(topNew[i].rank).arg(topNew[i].customer));
    }

    test::TempWorkspace m_tmp;
    Workspace m_ws;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TstDashboardFilters)
#include "tst_dashboard_filters.moc"
