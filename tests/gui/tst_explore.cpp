// SPDX-License-Identifier: MIT
// Exploring in the window: notes on dates marked on every time chart, the Ranking page (table,
// Pareto line, log axis) and the comparison drawn over the total per period.
#include "ActivityPage.h"
#include "ChartNotes.h"
#include "ChartPanel.h"
#include "ChartStyle.h"
#include "ContributorsDialog.h"
#include "CustomerView.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "MetricTab.h"
#include "NotesDialog.h"
#include "RankLabels.h"
#include "RankingPage.h"
#include "TempWorkspace.h"
#include "export/ChartExport.h"
#include "import/Importer.h"
#include "tables/RankingTableModel.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenuBar>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ul;

namespace {

/// Three customers over January .. June 2024, daily; "big" holds most, "riser" grows.
void importSixMonths(const test::TempWorkspace& tmp)
{
    QByteArray csv("customer,date,minutes,sessions\n");
    for (QDate d(2024, 1, 1); d <= QDate(2024, 6, 30); d = d.addDays(1)) {
        const QByteArray day = d.toString(Qt::ISODate).toLatin1();
        csv += "big," + day + ",1000,10\n";
        csv += "riser," + day + "," + QByteArray::number(d.month() * 40) + ",2\n";
        csv += "flat," + day + ",100,1\n";
    }
    Workspace ws;
    QVERIFY(tmp.open(ws));
    QVERIFY(importFiles(ws, {tmp.writeFile(QStringLiteral("usage.csv"), csv)}, {}).ok);
}

void saveForReview(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("UL_SNAPSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

/// Pixels of `color` (within a small tolerance) in column x of `image`.
int pixelsOfColor(const QImage& image, int x, const QColor& color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QColor c = image.pixelColor(x, y);
        n += std::abs(c.red() - color.red()) + std::abs(c.green() - color.green()) + std::abs(c.blue() - color.blue())
             < 60;
    }
    return n;
}

struct Window {
    MainWindow window{MainWindow::Options{false, true}};

    explicit Window(const test::TempWorkspace& tmp)
    {
        QString error;
        if (!window.openWorkspace(tmp.path(), &error))
            qFatal("%s", qPrintable(error));
        window.resize(1280, 720);
        window.show();
        FilterState f = window.filterBar()->state();
        f.preset.clear();
        f.range = {*parseIsoDate(QStringLiteral("2024-01-01")), *parseIsoDate(QStringLiteral("2024-06-30"))};
        f.granularity = Granularity::Month;
        window.setFilters(f);
    }
};

} // namespace

class TstExplore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_explore"));
    }

    void aNoteIsMarkedOnEveryTimeChart()
    {
        test::TempWorkspace tmp;
        importSixMonths(tmp);
        Window w(tmp);
        MetricTab* tab = w.window.metricTab(QStringLiteral("minutes"));
        QVERIFY(tab);
        w.window.tabs()->setCurrentWidget(tab);
        QVERIFY(!ChartNotes::of(tab->panel(MetricTab::Totals)->chart()));
        // View > Notes on dates… adds the note through the dialog; the charts mark it at once.
        QAction* action = nullptr;
        for (QAction* a : w.window.menuBar()->findChildren<QAction*>())
            if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Notes on dates…"))
                action = a;
        QVERIFY(action);
        action->trigger();
        auto* dialog = w.window.findChild<NotesDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->addNote(*parseIsoDate(QStringLiteral("2024-03-12")), QStringLiteral("Pricing change")));
        saveForReview(dialog, QStringLiteral("notes-dialog.png"));
        dialog->close();
        for (const MetricTab::Chart c : {MetricTab::Totals, MetricTab::Running, MetricTab::Change}) {
            QChart* chart = tab->panel(c)->chart();
            const ChartNotes* notes = ChartNotes::of(chart);
            QVERIFY2(notes, qPrintable(tab->panel(c)->title()));
            QCOMPARE(notes->markers().size(), size_t(1));
            QCOMPARE(notes->markers()[0].period, 2); // March
            QCOMPARE(notes->shownText(0), QStringLiteral("Pricing change"));
            QVERIFY(notes->markers()[0].tooltip.contains(QStringLiteral("2024-03-12")));
            // The line stands on March inside the plot, and the text sits inside the plot too.
            const QRectF plot = chart->plotArea();
            const qreal march = chart->mapToPosition(QPointF(2, 0), chart->series().first()).x();
            QCOMPARE(notes->lineBox(0).left(), march);
            QVERIFY(plot.contains(notes->textBox(0).topLeft()) && plot.contains(notes->textBox(0).bottomRight()));
        }
        // What slides and the PDF draw: the chart rendered on its own shows the dashed line in
        // the note colour at March.
        QChart* totals = tab->panel(MetricTab::Totals)->chart();
        const QImage image = ChartExport::image(totals, QSize(800, 400), 1.0);
        int tallest = 0, at = 0;
        for (int x = 0; x < image.width(); ++x)
            if (const int n = pixelsOfColor(image, x, ChartStyle::noteColor(false)); n > tallest) {
                tallest = n;
                at = x;
            }
        // A dashed line over most of the plot's height, between February's and April's bars.
        QVERIFY2(tallest > 100, qPrintable(QString::number(tallest)));
        QVERIFY2(at > 800 * 2 / 6 && at < 800 * 4 / 6, qPrintable(QString::number(at)));
        // Another customer's view marks it too, and a new window reads it from the workspace.
        w.window.openCustomer(QStringLiteral("riser"));
        auto* view = qobject_cast<CustomerView*>(w.window.tabs()->currentWidget());
        QVERIFY(view);
        QTRY_COMPARE(view->notes().size(), size_t(1));
        Window again(tmp);
        QTRY_VERIFY(
            ChartNotes::of(again.window.metricTab(QStringLiteral("sessions"))->panel(MetricTab::Totals)->chart()));
        saveForReview(&w.window, QStringLiteral("notes-on-charts.png"));
    }

    void rankingPageListsTheTopWithChangesAndTrend()
    {
        test::TempWorkspace tmp;
        importSixMonths(tmp);
        Window w(tmp);
        FilterState f = w.window.filterBar()->state();
        // April .. June (91 days) against the 91 days before, which the data covers.
        f.range = {*parseIsoDate(QStringLiteral("2024-04-01")), *parseIsoDate(QStringLiteral("2024-06-30"))};
        w.window.setFilters(f);
        MetricTab* tab = w.window.metricTab(QStringLiteral("minutes"));
        w.window.tabs()->setCurrentWidget(tab);
        tab->showPage(MetricTab::Page::Ranking);
        QTRY_VERIFY(tab->isCurrent());
        RankingPage* page = tab->rankingPage();
        QVERIFY(page->isVisible());
        RankingTableModel* model = page->model();
        QCOMPARE(model->rowCount(), 3);
        const ReportTable& t = model->table();
        QCOMPARE(t.text(0, QStringLiteral("customer")), QStringLiteral("big"));
        // riser climbed over flat: 2nd now, 3rd in January .. March.
        QCOMPARE(t.text(1, QStringLiteral("customer")), QStringLiteral("riser"));
        QCOMPARE(model->index(1, 7).data().toString(), QStringLiteral("▲ 1"));
        QCOMPARE(model->index(2, 7).data().toString(), QStringLiteral("▼ 1"));
        QCOMPARE(model->index(0, 7).data().toString(), QStringLiteral("="));
        // The trend is months of the range, handed to the sparkline as numbers.
        const QList<double> trend = model->index(1, 8).data(RankingTableModel::TrendRole).value<QList<double>>();
        QCOMPARE(trend, (QList<double>{30 * 160.0, 31 * 200.0, 30 * 240.0}));
        // Sorting by value ascending puts flat first; the numbers decide, not the text.
        page->table()->sortByColumn(2, Qt::AscendingOrder);
        QCOMPARE(page->table()->model()->index(0, 1).data().toString(), QStringLiteral("flat"));
        // The chart: bars plus the Pareto line on its own 0..100% axis, ending at 100%.
        QChart* chart = page->chartPanel()->chart();
        QVERIFY(chart);
        QLineSeries* pareto = nullptr;
        for (QAbstractSeries* s : chart->series())
            if (auto* line = qobject_cast<QLineSeries*>(s); line && !qobject_cast<QScatterSeries*>(s))
                pareto = line;
        QVERIFY(pareto);
        QCOMPARE(pareto->count(), 3);
        QCOMPARE(pareto->at(2).x(), 100.0); // rank 3 (the bottom bar, y 0) holds the running total
        QCOMPARE(pareto->at(2).y(), 0.0);
        QCOMPARE(RankLabels::of(chart)->texts().size(), 3);
        saveForReview(&w.window, QStringLiteral("ranking-page.png"));
        // Log axis: one label per decade, from the decade of the smallest value.
        page->logScale()->setChecked(true);
        chart = page->chartPanel()->chart();
        auto* x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QVERIFY2(x->categoriesLabels().contains(ChartStyle::abbreviate(10000)),
                 qPrintable(x->categoriesLabels().join(QLatin1Char(' '))));
        saveForReview(&w.window, QStringLiteral("ranking-page-log.png"));
    }

    void aCohortCellOpensItsCustomers()
    {
        test::TempWorkspace tmp;
        importSixMonths(tmp);
        Window w(tmp);
        MetricTab* tab = w.window.metricTab(QStringLiteral("minutes"));
        w.window.tabs()->setCurrentWidget(tab);
        tab->showPage(MetricTab::Page::Customers);
        QTRY_VERIFY(tab->isCurrent() && tab->data().hasActivity);
        QTableView* cohorts = tab->activityPage()->cohortView();
        // The January cohort (everyone) two months later: March against February.
        const QModelIndex cell = cohorts->model()->index(0, 2);
        QVERIFY(cohorts->model()->data(cell).isValid());
        QTest::mouseClick(cohorts->viewport(), Qt::LeftButton, {}, cohorts->visualRect(cell).center());
        ContributorsDialog* dialog = tab->contributorsDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->table().rows.size(), size_t(3));
        double change = 0;
        for (size_t r = 0; r < dialog->table().rows.size(); ++r)
            change += *dialog->table().number(r, QStringLiteral("change"));
        QCOMPARE(change, 31 * 1000.0 + 31 * 120 - 29 * 1000.0 - 29 * 80 + 31 * 100 - 29 * 100); // March - February
        QVERIFY2(dialog->windowTitle().contains(QStringLiteral("2024-03")), qPrintable(dialog->windowTitle()));
    }

    void comparisonIsDrawnOverTheTotals()
    {
        test::TempWorkspace tmp;
        importSixMonths(tmp);
        Window w(tmp);
        FilterState f = w.window.filterBar()->state();
        f.range = {*parseIsoDate(QStringLiteral("2024-04-01")), *parseIsoDate(QStringLiteral("2024-06-30"))};
        w.window.setFilters(f);
        MetricTab* tab = w.window.metricTab(QStringLiteral("minutes"));
        w.window.tabs()->setCurrentWidget(tab);
        QComboBox* box = tab->comparisonBox();
        QVERIFY(box->findData(QStringLiteral("sessions")) > 0);
        QCOMPARE(box->findData(QStringLiteral("minutes")), -1); // not itself
        box->setCurrentIndex(box->findData(QStringLiteral("previous")));
        emit box->activated(box->currentIndex());
        QTRY_VERIFY(tab->isCurrent());
        QCOMPARE(tab->data().compared.size(), size_t(3));
        // April against January: 31 days of 1000 + 40 + 100.
        QCOMPARE(*tab->data().compared[0], 31 * 1140.0);
        QCOMPARE(tab->data().comparedLabels.value(0), QStringLiteral("2024-01"));
        QChart* chart = tab->panel(MetricTab::Totals)->chart();
        QScatterSeries* points = nullptr;
        for (QAbstractSeries* s : chart->series())
            if (s->name() == box->currentText())
                points = qobject_cast<QScatterSeries*>(s);
        QVERIFY(points);
        QCOMPARE(points->count(), 3);
        QVERIFY(chart->legend()->isVisible());
        // The workbook and `report` carry the same: the tab's request asks for the comparison.
        QCOMPARE(tab->reportRequest().compare.kind, Comparison::Kind::PreviousPeriods);
        // Another metric gets an axis of its own at the right.
        tab->setComparison(Comparison::parse(QStringLiteral("sessions")));
        QTRY_VERIFY(tab->isCurrent());
        chart = tab->panel(MetricTab::Totals)->chart();
        QCOMPARE(chart->axes(Qt::Vertical).size(), 2);
        QCOMPARE(*tab->data().compared[0], 30 * 13.0);
        saveForReview(&w.window, QStringLiteral("compare-metric.png"));
        // Saved with the view.
        QCOMPARE(w.window.currentView(QStringLiteral("v")).compare, QStringLiteral("sessions"));
    }
};

QTEST_MAIN(TstExplore)
#include "tst_explore.moc"
