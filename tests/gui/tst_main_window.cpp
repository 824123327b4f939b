// SPDX-License-Identifier: MIT
// The main window: demo workspace on first start, persistence, import into new tabs, customer view.
#include "ChartPanel.h"
#include "CliRunner.h"
#include "ContributorsDialog.h"
#include "CustomerView.h"
#include "DashboardTab.h"
#include "DrillPath.h"
#include "FilterBar.h"
#include "HelpMenu.h"
#include "ImportsDialog.h"
#include "MainWindow.h"
#include "MetricTab.h"
#include "PeriodLabels.h"
#include "SavedViewsDialog.h"
#include "TempWorkspace.h"
#include "cli/CoreCommands.h"
#include "export/TabsReady.h"
#include "import/Importer.h"
#include "importwizard/ImportRunPage.h"
#include "importwizard/ImportWizard.h"
#include "segments/HealthTab.h"
#include "segments/SegmentsTab.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using namespace ul;

namespace {

/// Daily data from 1 January to 17 March 2024 for a0..a3: by month, March is partial.
void importDailyRequests(test::TempWorkspace& tmp)
{
    QByteArray csv("account,day,requests,errors\n");
    for (QDate d(2024, 1, 1); d <= QDate(2024, 3, 17); d = d.addDays(1))
        csv += "a" + QByteArray::number(d.day() % 4) + "," + d.toString(Qt::ISODate).toLatin1() + ",5,"
               + QByteArray::number(d.day() % 3) + "\n";
    Workspace ws;
    QVERIFY(tmp.open(ws));
    QVERIFY(importFiles(ws, {tmp.writeFile(QStringLiteral("api.csv"), csv)}, {}).ok);
}

/// With UL_SNAPSHOT_DIR set, keeps a picture of `widget` there to look at (the closing notes').
void saveForReview(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("UL_SNAPSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TstMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Isolated settings and data folders: never touch the user's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
        QSettings().clear();
        QFile::remove(MainWindow::demoWorkspacePath());
    }

    void firstStartOpensDemoWithBadge()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openStartupWorkspace(&error), qPrintable(error));
        QVERIFY(QFileInfo::exists(MainWindow::demoWorkspacePath()));
        window.show();
        bool badgeShown = false;
        const auto labels = window.findChildren<QLabel*>();
        for (QLabel* l : labels)
            badgeShown |= l->text() == QLatin1String("Demo data") && l->isVisible();
        QVERIFY(badgeShown);
        QTRY_VERIFY(!window.isRefreshing());
        QCOMPARE(window.tabs()->count(), 6); // three metrics, Records, Segments, Health
        // Filters are saved on change and restored by the next window.
        window.findChild<QComboBox*>(QStringLiteral("granularity"))->setCurrentIndex(int(Granularity::Week));
        QTest::qWait(20);
        QTRY_VERIFY(!window.isRefreshing());
        window.close();
    }

    void restoresLastWorkspaceAndFilters()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openStartupWorkspace(&error));
        QCOMPARE(QFileInfo(window.workspacePath()).canonicalFilePath(),
                 QFileInfo(MainWindow::demoWorkspacePath()).canonicalFilePath());
        QCOMPARE(window.filterBar()->state().granularity, Granularity::Week);
    }

    void importAddsDatasetTabs()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        ws.close();
        QByteArray csv("account,day,requests\n");
        for (int d = 1; d <= 28; ++d)
            for (int c = 0; c < 6; ++c)
                csv += "a" + QByteArray::number(c) + ",2024-02-" + (d < 10 ? "0" : "") + QByteArray::number(d) + ','
                       + QByteArray::number(c * 10 + d) + '\n';
        const QString file = tmp.writeFile(QStringLiteral("api.csv"), csv);

        MainWindow window(MainWindow::Options{false, false});
        QString error;
        QVERIFY2(window.openWorkspace(tmp.path(), &error), qPrintable(error));
        window.show();
        window.startImport({file});
        auto* wizard = window.findChild<ImportWizard*>();
        QVERIFY(wizard);
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 30000); // the preview is read on a worker
        QSignalSpy finished(wizard->runPage(), &ImportRunPage::finished);
        wizard->next();
        // Counted, not waited for: a quick import can finish before wait() would start.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 30000);
        QVERIFY2(wizard->runPage()->result().ok, qPrintable(wizard->runPage()->result().error));
        QCOMPARE(window.filterBar()->state().dataset, QStringLiteral("api"));
        QVERIFY(window.metricTab(QStringLiteral("requests")));
        QTest::qWait(20);
        QTRY_VERIFY(!window.isRefreshing());
        QCOMPARE(window.metricTab(QStringLiteral("requests"))->data().kpis.activeCustomers, 6);

        // A click on a top-N bar opens that customer's view.
        emit window.metricTab(QStringLiteral("requests"))->customerRequested(QStringLiteral("a3"));
        CustomerView* view = window.customerTab(QStringLiteral("a3"));
        QVERIFY(view);
        QCOMPARE(window.tabs()->currentWidget(), view);
        QTRY_VERIFY(!view->isPending());
        QCOMPARE(view->data().metrics.size(), size_t(2)); // requests and records
        double total = 0, records = 0;
        for (const PeriodTotal& p : view->data().metrics[0].totals)
            total += p.value;
        for (const PeriodTotal& p : view->data().metrics[1].totals)
            records += p.value;
        QCOMPARE(records, 28.0); // one row a day
        double expected = 0;
        for (int d = 1; d <= 28; ++d)
            expected += 30 + d;
        QCOMPARE(total, expected);
    }

    void exportsWaitForHiddenTabsOnWorkers()
    {
        MainWindow window(MainWindow::Options{false, false});
        QString error;
        QVERIFY2(window.openStartupWorkspace(&error), qPrintable(error));
        window.show();
        QTRY_VERIFY(!window.isRefreshing());
        // A filter change refreshes the visible tab only; the hidden ones wait, stale.
        FilterState filters = window.filterBar()->state();
        filters.granularity = Granularity::Month;
        filters.top = 7;
        window.setFilters(filters);
        QTest::qWait(20);
        QTRY_VERIFY(!window.isRefreshing());
        const std::vector<DashboardTab*> tabs = window.dashboardTabs();
        QVERIFY(tabs.size() >= 3);
        int stale = 0;
        for (DashboardTab* tab : tabs)
            stale += !tab->isCurrent();
        QVERIFY(stale >= 1);

        // An export brings them up to date in the background, then runs once.
        int ready = 0;
        whenTabsReady(&window, tabs, filters, [&] { ++ready; });
        QCOMPARE(ready, 0); // asynchronous: the window keeps painting
        QTRY_COMPARE_WITH_TIMEOUT(ready, 1, 30000);
        for (DashboardTab* tab : tabs) {
            QVERIFY(tab->isCurrent());
            QCOMPARE(tab->filters().top, 7);
            // Current includes the per-customer tables a metric tab fetches after its charts.
            if (qobject_cast<MetricTab*>(tab)) {
                const auto tables = tab->tables();
                QVERIFY(std::any_of(tables.begin(), tables.end(),
                                    [](const ReportTable& t) { return t.name == QLatin1String("pareto"); }));
            }
        }
        // Everything current: the export runs at once.
        whenTabsReady(&window, tabs, filters, [&] { ++ready; });
        QCOMPARE(ready, 2);

        // Cancelled: the export never runs.
        filters.top = 4;
        window.setFilters(filters);
        QTest::qWait(20);
        QTRY_VERIFY(!window.isRefreshing());
        stale = 0;
        for (DashboardTab* tab : tabs)
            stale += !tab->isCurrent();
        QVERIFY(stale >= 1);
        whenTabsReady(&window, tabs, filters, [&] { ++ready; });
        QCOMPARE(ready, 2);
        auto* progress = window.findChild<QProgressDialog*>();
        QVERIFY(progress);
        emit progress->canceled(); // what the Cancel button sends
        QTest::qWait(200);
        QCOMPARE(ready, 2);
    }

    void partialPeriodIsDrawnLighter()
    {
        // Daily data from 1 January to 17 March: by month, March is partial and drawn lighter.
        test::TempWorkspace tmp;
        importDailyRequests(tmp);
        MainWindow window(MainWindow::Options{false, false});
        QString error;
        QVERIFY2(window.openWorkspace(tmp.path(), &error), qPrintable(error));
        window.show();
        window.findChild<QComboBox*>(QStringLiteral("granularity"))->setCurrentIndex(int(Granularity::Month));
        QTest::qWait(20);
        QTRY_VERIFY(!window.isRefreshing());
        MetricTab* tab = window.metricTab(QStringLiteral("requests"));
        QVERIFY(tab);
        QTRY_VERIFY(tab->data().totals.size() == 3);
        QVERIFY(tab->data().totals[2].partial && !tab->data().totals[1].partial);
        QChart* chart = tab->panel(MetricTab::Totals)->chart();
        QVERIFY(chart);
        auto* bars = qobject_cast<QBarSeries*>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().value(0)->selectedBars(), QList<int>{2});
        // And the change chart leaves March out: only February has a change.
        const auto& change = tab->data().change;
        QCOMPARE(change.size(), size_t(3));
        QVERIFY(!change[0] && change[1] && !change[2]);
    }

    void hoveringABarShowsItsTooltip()
    {
        // A real hover over March's bar (the mouse moved onto the chart view, not a signal
        // emitted by hand) shows the period, its value and that it is partial.
        test::TempWorkspace tmp;
        importDailyRequests(tmp);
        MainWindow window(MainWindow::Options{false, true});
        QString error;
        QVERIFY2(window.openWorkspace(tmp.path(), &error), qPrintable(error));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FilterState f = window.filterBar()->state();
        f.granularity = Granularity::Month;
        window.setFilters(f);
        QCoreApplication::processEvents();
        MetricTab* tab = window.metricTab(QStringLiteral("requests"));
        QVERIFY(tab);
        QChart* chart = tab->panel(MetricTab::Totals)->chart();
        QVERIFY(chart);
        auto* bars = qobject_cast<QBarSeries*>(chart->series().value(0));
        QVERIFY(bars);
        QChartView* view = tab->panel(MetricTab::Totals)->view();
        const QPointF inBar = chart->mapToPosition(QPointF(2, bars->barSets().value(0)->at(2) / 2), bars);
        const QPoint at = view->mapFromScene(chart->mapToScene(inBar));
        QTest::mouseMove(view->viewport(), at - QPoint(40, 0));
        QTest::mouseMove(view->viewport(), at);
        QTRY_VERIFY(QToolTip::isVisible());
        // The period as the axis writes it ("Mar 2024"), not the ISO key.
        const QString period = PeriodLabels::readable({QStringLiteral("2024-03")}).value(0);
        QVERIFY2(QToolTip::text().contains(period), qPrintable(QToolTip::text()));
        QVERIFY2(QToolTip::text().contains(QStringLiteral("partial")), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void healthKeepsItsWindowAndTheViewedMetric()
    {
        test::TempWorkspace tmp;
        importDailyRequests(tmp);
        MainWindow window(MainWindow::Options{false, true});
        QString error;
        QVERIFY2(window.openWorkspace(tmp.path(), &error), qPrintable(error));
        window.show();
        FilterState f = window.filterBar()->state();
        f.granularity = Granularity::Week; // the bar's granularity does not reach Health
        window.setFilters(f);
        QVERIFY(window.selectTab(QStringLiteral("errors")));
        QVERIFY(window.selectTab(QStringLiteral("health")));
        auto* health = qobject_cast<HealthTab*>(window.tabs()->currentWidget());
        QVERIFY(health);
        QCOMPARE(health->metricKey(), QStringLiteral("errors"));
        QCOMPARE(health->windowGranularity(), Granularity::Month);
        // The data stops on 17 March: the window ends with February, the last whole month.
        QTRY_COMPARE(health->data().window.end, *dayFromYmd(2024, 2, 29));
        QCOMPARE(health->data().periodLabels.last(), QStringLiteral("2024-02"));
        QVERIFY2(health->windowText().startsWith(QStringLiteral("Last 3 month")), qPrintable(health->windowText()));
        QVERIFY(window.selectTab(QStringLiteral("segments")));
        auto* segments = qobject_cast<SegmentsTab*>(window.tabs()->currentWidget());
        QVERIFY(segments);
        QCOMPARE(segments->reportRequest().metric, QStringLiteral("errors"));
        // The customer view puts the viewed metric first.
        QVERIFY(window.selectTab(QStringLiteral("requests")));
        QVERIFY(window.selectTab(QStringLiteral("customer:a1")));
        auto* customer = qobject_cast<CustomerView*>(window.tabs()->currentWidget());
        QVERIFY(customer);
        QVERIFY(customer->panel(0, 0)->title().startsWith(QStringLiteral("requests")));
    }

    void clickingABarListsItsContributors()
    {
        // A real Ctrl+click on February's bar opens the drill-down: every customer with February's
        // value, January's and the change, adding up to the bar's change; then a customer opens.
        test::TempWorkspace tmp;
        importDailyRequests(tmp);
        MainWindow window(MainWindow::Options{false, true});
        QString error;
        QVERIFY2(window.openWorkspace(tmp.path(), &error), qPrintable(error));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FilterState f = window.filterBar()->state();
        f.granularity = Granularity::Month;
        window.setFilters(f);
        QCoreApplication::processEvents();
        MetricTab* tab = window.metricTab(QStringLiteral("requests"));
        QVERIFY(tab);
        window.tabs()->setCurrentWidget(tab);
        QChart* chart = tab->panel(MetricTab::Totals)->chart();
        auto* bars = qobject_cast<QBarSeries*>(chart->series().value(0));
        QVERIFY(bars);
        QChartView* view = tab->panel(MetricTab::Totals)->view();
        const QPointF inBar = chart->mapToPosition(QPointF(1, bars->barSets().value(0)->at(1) / 2), bars);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->mapFromScene(chart->mapToScene(inBar)));
        ContributorsDialog* dialog = tab->contributorsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const ReportTable& t = dialog->table();
        QCOMPARE(t.columns.join(QLatin1Char(',')), QStringLiteral("customer,value,previous,change,change_share_pct"));
        QCOMPARE(t.rows.size(), size_t(4)); // a0..a3
        double change = 0;
        for (size_t r = 0; r < t.rows.size(); ++r)
            change += *t.number(r, QStringLiteral("change"));
        QCOMPARE(change, tab->data().totals[1].value - tab->data().totals[0].value);
        QVERIFY2(dialog->summary().contains(QStringLiteral("2024-02 against 2024-01")), qPrintable(dialog->summary()));
        // Double-clicking the first row opens that customer's view.
        const QString first = t.text(0, QStringLiteral("customer"));
        QTableView* rows = dialog->view();
        const QModelIndex cell = rows->model()->index(0, 0);
        rows->selectRow(0);
        QSignalSpy opened(dialog, &ContributorsDialog::customerRequested);
        emit rows->doubleClicked(cell);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.front().front().toString(), first);
        QTRY_VERIFY(qobject_cast<CustomerView*>(window.tabs()->currentWidget()));
        QCOMPARE(qobject_cast<CustomerView*>(window.tabs()->currentWidget())->customer(), first);
        // March is partial: its drill-down says so.
        tab->openContributors(QStringLiteral("2024-03"));
        QTRY_VERIFY(dialog->summary().contains(QStringLiteral("partial")));
    }

    void clicksCrossFilterAndBackspaceUndoes()
    {
        // A plain click on February's bar narrows the window to February by weeks; a click on a
        // customer's bar filters every tab to it; Backspace and the breadcrumb go back.
        test::TempWorkspace tmp;
        importDailyRequests(tmp);
        MainWindow window(MainWindow::Options{false, true});
        QString error;
        QVERIFY2(window.openWorkspace(tmp.path(), &error), qPrintable(error));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FilterState f = window.filterBar()->state();
        f.granularity = Granularity::Month;
        window.setFilters(f);
        const FilterState start = window.filterBar()->state();
        QCoreApplication::processEvents();
        MetricTab* tab = window.metricTab(QStringLiteral("requests"));
        window.tabs()->setCurrentWidget(tab);
        QTRY_VERIFY(tab->panel(MetricTab::Totals)->chart());
        QChart* chart = tab->panel(MetricTab::Totals)->chart();
        auto* bars = qobject_cast<QBarSeries*>(chart->series().value(0));
        QVERIFY(bars);
        QChartView* view = tab->panel(MetricTab::Totals)->view();
        const QPointF inBar = chart->mapToPosition(QPointF(1, bars->barSets().value(0)->at(1) / 2), bars);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(chart->mapToScene(inBar)));
        QVERIFY(!tab->contributorsDialog() || !tab->contributorsDialog()->isVisible());
        QTRY_COMPARE(window.drillPath()->depth(), 1);
        FilterState now = window.filterBar()->state();
        QCOMPARE(now.range, (DateRange{*dayFromYmd(2024, 2, 1), *dayFromYmd(2024, 2, 29)}));
        QCOMPARE(now.granularity, Granularity::Week);
        QCOMPARE(window.drillPath()->labels(), QStringList{QStringLiteral("2024-02")});
        QVERIFY(window.drillPath()->isVisible());
        QTRY_COMPARE(tab->data().filters.range, now.range); // the tab follows
        // A customer's bar: every tab shows that customer.
        emit tab->customerFilterRequested(QStringLiteral("a1"));
        now = window.filterBar()->state();
        QCOMPARE(now.customerName, QStringLiteral("a1"));
        QVERIFY(now.customer.has_value());
        QCOMPARE(window.drillPath()->depth(), 2);
        QVERIFY(window.drillPath()->findChild<QToolButton*>(QStringLiteral("customerChip")));
        QTest::qWait(50); // the new crumbs are shown and laid out by the event loop
        QTRY_VERIFY(window.drillPath()->findChild<QToolButton*>(QStringLiteral("customerChip"))->isVisible());
        saveForReview(&window, QStringLiteral("cross-filter.png"));
        // Backspace: back to February for everyone; Alt+Left: back to the start.
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_Backspace);
        QVERIFY(!window.filterBar()->state().customer);
        QCOMPARE(window.filterBar()->state().range, now.range);
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.filterBar()->state().range, start.range);
        QCOMPARE(window.filterBar()->state().granularity, Granularity::Month);
        QCOMPARE(window.drillPath()->depth(), 0);
        // Filters chosen in the bar start a new path.
        emit tab->periodDrillRequested(QStringLiteral("2024-01"));
        QCOMPARE(window.drillPath()->depth(), 1);
        FilterState manual = window.filterBar()->state();
        manual.top = 3;
        window.filterBar()->setState(manual);
        emit window.filterBar()->filtersChanged(window.filterBar()->state());
        QCOMPARE(window.drillPath()->depth(), 0);
    }

    void savedViewSurvivesARestartAndDrivesExport()
    {
        // Save a weekly view of "errors" with a custom range and top 3, restart the window, find
        // it in the list, open it, and let `export --saved-view` write exactly that tab.
        test::TempWorkspace tmp;
        importDailyRequests(tmp);
        const QString viewName = QStringLiteral("Weekly errors — ops");
        {
            MainWindow window(MainWindow::Options{false, true});
            QString error;
            QVERIFY2(window.openWorkspace(tmp.path(), &error), qPrintable(error));
            window.show();
            FilterState f = window.filterBar()->state();
            f.preset.clear();
            f.range = {*parseIsoDate(QStringLiteral("2024-01-08")), *parseIsoDate(QStringLiteral("2024-02-25"))};
            f.granularity = Granularity::Week;
            f.top = 3;
            window.setFilters(f);
            QVERIFY(window.selectTab(QStringLiteral("errors")));
            QVERIFY2(window.saveView(viewName, &error), qPrintable(error));
        }
        MainWindow window(MainWindow::Options{false, true});
        QString error;
        QVERIFY2(window.openWorkspace(tmp.path(), &error), qPrintable(error));
        window.show();
        QVERIFY(window.selectTab(QStringLiteral("requests")));
        {
            Workspace ws;
            QVERIFY(tmp.open(ws));
            SavedViewsDialog dialog(ws.db());
            QCOMPARE(dialog.list()->count(), 1);
            QCOMPARE(dialog.list()->item(0)->text(), viewName);
            dialog.show();
            saveForReview(&dialog, QStringLiteral("saved-views-dialog.png"));
        }
        QVERIFY2(window.openSavedView(viewName, &error), qPrintable(error));
        const FilterState shown = window.filterBar()->state();
        QCOMPARE(shown.granularity, Granularity::Week);
        QCOMPARE(shown.top, 3);
        QCOMPARE(isoDate(shown.range.from), QStringLiteral("2024-01-08"));
        QCOMPARE(isoDate(shown.range.to), QStringLiteral("2024-02-25"));
        QCOMPARE(qobject_cast<DashboardTab*>(window.tabs()->currentWidget())->key(), QStringLiteral("errors"));

        CommandRegistry registry;
        registerCoreCommands(registry);
        const QString out = tmp.path() + QStringLiteral(".csv");
        const test::CliRun run = test::runCommand(
            registry, {QStringLiteral("export"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--out"), out, QStringLiteral("--saved-view"), viewName});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QStringList files = QDir(out).entryList(QDir::Files);
        QVERIFY2(!files.filter(QStringLiteral("errors")).isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
        QVERIFY2(files.filter(QStringLiteral("requests")).isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
        QFile totals(QDir(out).filePath(files.filter(QStringLiteral("totals")).value(0)));
        QVERIFY2(totals.open(QIODevice::ReadOnly), qPrintable(files.join(QLatin1Char(' '))));
        const QStringList lines = QString::fromUtf8(totals.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // Seven Mondays from 8 January to 19 February, as saved (weekly, the saved range).
        QCOMPARE(lines.size(), 1 + 7);
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("2024-01-08,")), qPrintable(lines.at(1)));
        QVERIFY2(lines.last().startsWith(QStringLiteral("2024-02-19,")), qPrintable(lines.last()));
        // An unknown view is a clear runtime error naming the saved ones.
        const test::CliRun missing = test::runCommand(
            registry, {QStringLiteral("export"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--out"), out + QStringLiteral("2"),
                       QStringLiteral("--saved-view"), QStringLiteral("nope")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(viewName), qPrintable(missing.err));
    }

    void undoingAnImportFromTheDialogRestoresTheWorkspace()
    {
        // Two imports into one dataset; undoing the second from File > Imports leaves exactly
        // the workspace of before it, and the window shows the first import's numbers again.
        test::TempWorkspace tmp;
        importDailyRequests(tmp);
        QString before;
        {
            Workspace ws;
            QVERIFY(tmp.open(ws));
            before = test::TempWorkspace::contentDigest(ws);
            ImportOptions more;
            more.dataset = QStringLiteral("api");
            const QString april = tmp.writeFile(QStringLiteral("april.csv"), "account,day,requests,errors\n"
                                                                             "a9,2024-04-02,1000,1\n"
                                                                             "a1,2024-04-03,7,0\n");
            const ImportResult r = importFiles(ws, {april}, more);
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(test::TempWorkspace::contentDigest(ws) != before);
        }
        MainWindow window(MainWindow::Options{false, true});
        QString error;
        QVERIFY2(window.openWorkspace(tmp.path(), &error), qPrintable(error));
        window.show();
        window.showImports();
        auto* dialog = window.findChild<ImportsDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 2);
        QCOMPARE(dialog->imports().back().fileName, QStringLiteral("april.csv"));
        QCOMPARE(dialog->imports().back().rowsImported, qint64(2));
        QCOMPARE(dialog->imports().back().sha256.size(), 64);
        QSignalSpy changed(dialog, &ImportsDialog::workspaceChanged);
        dialog->table()->selectRow(1);
        saveForReview(dialog, QStringLiteral("imports-dialog.png"));
        dialog->undoSelected(false);
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1, 30000);
        QCOMPARE(dialog->table()->rowCount(), 1);
        Workspace ws;
        QVERIFY(tmp.open(ws));
        QCOMPARE(test::TempWorkspace::contentDigest(ws), before);
        MetricTab* tab = window.metricTab(QStringLiteral("requests"));
        QVERIFY(tab);
        QTRY_VERIFY(!tab->data().totals.empty());
        QCOMPARE(isoDate(tab->data().filters.range.to), QStringLiteral("2024-03-17")); // April's rows are gone
    }

    void helpListsTheShortcutsTheMenusHave()
    {
        MainWindow window(MainWindow::Options{false, true});
        const auto shortcuts = HelpMenu::shortcuts(&window);
        const auto has = [&](const QString& command, const QKeySequence& key) {
            return std::any_of(shortcuts.begin(), shortcuts.end(), [&](const auto& row) {
                return row.first.endsWith(command) && row.second == key.toString(QKeySequence::NativeText);
            });
        };
        QVERIFY(has(QStringLiteral("Presentation"), QKeySequence(Qt::Key_F5)));
        QVERIFY(has(QStringLiteral("Save view"), QKeySequence::Save));
        QVERIFY(has(QStringLiteral("Import files"), QKeySequence(Qt::CTRL | Qt::Key_I)));
        QVERIFY(HelpMenu::conventionsHtml().contains(QStringLiteral("partial")));
        QVERIFY(window.menuBar()->actions().last()->text().contains(QStringLiteral("Help")));
    }

    void manyTabsGetAListInTheCorner()
    {
        // Twelve metrics do not fit a 1280 px tab bar: "All tabs" lists every tab and jumps there.
        test::TempWorkspace tmp;
        QByteArray csv("account,day");
        for (int m = 0; m < 12; ++m)
            csv += ",metric_number_" + QByteArray::number(m);
        csv += "\n";
        for (int d = 1; d <= 5; ++d) {
            csv += "a" + QByteArray::number(d % 2) + ",2024-01-0" + QByteArray::number(d);
            for (int m = 0; m < 12; ++m)
                csv += "," + QByteArray::number(m + d);
            csv += "\n";
        }
        {
            Workspace ws;
            QVERIFY(tmp.open(ws));
            QVERIFY(importFiles(ws, {tmp.writeFile(QStringLiteral("wide.csv"), csv)}, {}).ok);
        }
        MainWindow window(MainWindow::Options{false, false});
        QString error;
        QVERIFY2(window.openWorkspace(tmp.path(), &error), qPrintable(error));
        window.resize(1280, 720);
        window.show();
        auto* list = window.findChild<QToolButton*>(QStringLiteral("tabListButton"));
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        QMenu* menu = list->menu();
        emit menu->aboutToShow();
        QCOMPARE(menu->actions().size(), window.tabs()->count());
        QCOMPARE(menu->actions().last()->text(), window.tabs()->tabText(window.tabs()->count() - 1));
        menu->actions().last()->trigger();
        QCOMPARE(window.tabs()->currentIndex(), window.tabs()->count() - 1);
        // A window wide enough for every tab has no list.
        window.resize(4000, 900);
        QTRY_VERIFY(!list->isVisible());
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        QFile::remove(MainWindow::demoWorkspacePath());
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_main_window.moc"
