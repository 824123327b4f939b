// SPDX-License-Identifier: MIT
// The Pivot page on the real `pivot` view of a small workspace: one row per customer then
// Other and Total, sorting by a column keeps those two last in both orders, partial periods
// are marked, the colour scale leaves Other and Total out, and the TSV copy is the CSV's grid.
#include "PivotPage.h"
#include "TempWorkspace.h"
#include "db/Workspace.h"
#include "import/Importer.h"
#include "report/ViewRegistry.h"
#include "tables/PivotTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

using namespace ul;

namespace {
QStringList names(const char* spaced) { return QString::fromLatin1(spaced).split(QLatin1Char(' ')); }
} // namespace

class TstPivotPage : public QObject {
    Q_OBJECT
private slots:
    void sortsCopiesAndMarks()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        // a: Jan 5, Feb 1; b: Feb 9; c: Jan 2; d: Mar 1 (March is cut on the 3rd: partial).
        const QString csv = tmp.writeFile(QStringLiteral("u.csv"), "who,day,n\n"
                                                                   "a,2024-01-01,5\n"
                                                                   "a,2024-02-10,1\n"
                                                                   "b,2024-02-11,9\n"
                                                                   "c,2024-01-31,2\n"
                                                                   "d,2024-03-03,1\n");
        const ImportResult imported = importFiles(ws, {csv}, {});
        QVERIFY2(imported.ok, qPrintable(imported.error));
        ReportRequest request;
        request.metric = QStringLiteral("n");
        request.granularity = Granularity::Month;
        request.top = 2;
        ReportContext context(ws.db());
        ReportTable pivot;
        ReportError error;
        QVERIFY2(runReportView(context, QStringLiteral("pivot"), request, &pivot, &error), qPrintable(error.message));

        PivotPage page;
        page.resize(800, 400);
        page.setPivot(pivot, false);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView* view = page.table();
        const auto rowNames = [view] {
            QStringList names;
            for (int r = 0; r < view->model()->rowCount(); ++r)
                names << view->model()->headerData(r, Qt::Vertical).toString();
            return names;
        };
        // The view's order: b 9, a 6, then Other (c, d) and Total.
        QCOMPARE(rowNames(), names("b a Other Total"));
        QCOMPARE(view->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("2024-03*"));
        QCOMPARE(view->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Total"));
        // By January, both ways: Other and Total stay last.
        view->sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(rowNames(), names("a b Other Total"));
        view->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(rowNames(), names("b a Other Total"));
        // Colours: b's 9 is the largest customer cell; the Total row is not coloured.
        PivotTableModel* model = page.model();
        QVERIFY(model->data(model->index(0, 1), Qt::BackgroundRole).isValid());
        QVERIFY(!model->data(model->index(3, 1), Qt::BackgroundRole).isValid());
        QVERIFY(!model->data(model->index(0, 3), Qt::BackgroundRole).isValid());
        // TSV: the CSV's grid with tabs.
        page.copyAsTsv();
        QCOMPARE(QApplication::clipboard()->text(), toCsv(pivot).replace(QLatin1Char(','), QLatin1Char('\t')));
        QCOMPARE(QApplication::clipboard()->text().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("customer\t2024-01\t2024-02\t2024-03\ttotal"));
        QCOMPARE(QApplication::clipboard()->text().section(QLatin1Char('\n'), 3, 3),
                 QStringLiteral("Other\t2\t\t1\t3"));
    }
};

QTEST_MAIN(TstPivotPage)
#include "tst_pivot_page.moc"
