// SPDX-License-Identifier: MIT
// One report layer: File › Export workbook and `usagelens export --format xlsx` write the same
// workbook for the same request, sheet by sheet; the window's Tables dialog shows every view.
#include "CliRunner.h"
#include "DashboardTab.h"
#include "ExternalTools.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "RequireTool.h"
#include "TempWorkspace.h"
#include "ViewTablesDialog.h"
#include "demo/DemoWorkspace.h"
#include "gui/GuiEntry.h"
#include "report/ViewRegistry.h"
#include "tables/ReportTableModel.h"

#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace ul;

namespace {

using test::zipEntries;
using test::zipEntry;

int runCli(const QStringList& args, QString* err)
{
    CommandRegistry registry;
    registerApplicationCommands(registry);
    const test::CliRun r = test::runCommand(registry, args);
    *err = r.err;
    return r.code;
}

} // namespace

class TstWorkbookGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(writeDemoWorkspace(m_tmp.path(), &error), qPrintable(error));
    }

    void guiAndCliWorkbooksAreTheSame_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::newRow("usage") << QString::fromLatin1(kDemoUsageDataset);
        QTest::newRow("invoices") << QString::fromLatin1(kDemoInvoicesDataset);
    }

    void guiAndCliWorkbooksAreTheSame()
    {
        UL_REQUIRE_TOOL("unzip");
        QFETCH(QString, dataset);
        MainWindow window(MainWindow::Options{false, true});
        window.setAttribute(Qt::WA_DontShowOnScreen);
        QString error;
        QVERIFY2(window.openWorkspace(m_tmp.path(), &error), qPrintable(error));
        window.selectDataset(dataset);
        FilterState filters = window.filterBar()->state();
        filters.preset.clear();
        filters.range = {*parseIsoDate(QStringLiteral("2024-03-01")), *parseIsoDate(QStringLiteral("2025-06-30"))};
        filters.granularity = Granularity::Month;
        filters.top = 7;
        window.setFilters(filters);

        const QString gui = m_tmp.dir() + QStringLiteral("/gui-") + dataset + QStringLiteral(".xlsx");
        QSignalSpy written(&window, &MainWindow::workbookWritten);
        window.writeWorkbook(gui);
        QCOMPARE(written.count(), 1);
        QVERIFY2(written.at(0).at(1).toString().isEmpty(), qPrintable(written.at(0).at(1).toString()));

        const QString cli = m_tmp.dir() + QStringLiteral("/cli-") + dataset + QStringLiteral(".xlsx");
        QString err;
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), m_tmp.path(), QStringLiteral("--dataset"),
                         dataset, QStringLiteral("--from"), QStringLiteral("2024-03-01"), QStringLiteral("--to"),
                         QStringLiteral("2025-06-30"), QStringLiteral("--granularity"), QStringLiteral("month"),
                         QStringLiteral("--top"), QStringLiteral("7"), QStringLiteral("--format"),
                         QStringLiteral("xlsx"), QStringLiteral("--out"), cli},
                        &err),
                 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));

        // Same sheets in the same order, and every sheet and the shared strings byte for byte
        // (only the creation time in docProps differs).
        QCOMPARE(zipEntry(gui, QStringLiteral("xl/workbook.xml")), zipEntry(cli, QStringLiteral("xl/workbook.xml")));
        const QStringList sheets = zipEntries(gui).filter(
            QRegularExpression(QStringLiteral("^xl/worksheets/sheet\\d+\\.xml$")));
        QCOMPARE(sheets, zipEntries(cli).filter(QRegularExpression(QStringLiteral("^xl/worksheets/sheet\\d+\\.xml$"))));
        QVERIFY(sheets.size() > 10);
        for (const QString& sheet : sheets)
            QVERIFY2(zipEntry(gui, sheet) == zipEntry(cli, sheet), qPrintable(sheet));
        QCOMPARE(zipEntry(gui, QStringLiteral("xl/sharedStrings.xml")),
                 zipEntry(cli, QStringLiteral("xl/sharedStrings.xml")));
        // Segments and Health are in both.
        const QByteArray workbook = zipEntry(gui, QStringLiteral("xl/workbook.xml"));
        QVERIFY(workbook.contains("name=\"segments segments\"") && workbook.contains("name=\"health health\""));
    }

    void tablesDialogShowsEveryViewOfTheTab()
    {
        MainWindow window(MainWindow::Options{false, true});
        window.setAttribute(Qt::WA_DontShowOnScreen);
        QString error;
        QVERIFY2(window.openWorkspace(m_tmp.path(), &error), qPrintable(error));
        window.selectDataset(QString::fromLatin1(kDemoInvoicesDataset));
        window.setFilters(window.filterBar()->state());
        for (int i = 0; i < window.tabs()->count(); ++i) {
            auto* tab = qobject_cast<DashboardTab*>(window.tabs()->widget(i));
            QVERIFY(tab);
            window.tabs()->setCurrentIndex(i);
            ViewTablesDialog dialog(tab);
            const auto* list = dialog.findChild<QListWidget*>();
            QVERIFY(list);
            const TabGroup group = findReportView(tab->tables().front().name)->group;
            QCOMPARE(size_t(list->count()), viewsOfGroup(group).size());
            for (const ViewSpec* view : viewsOfGroup(group)) {
                QVERIFY2(dialog.selectView(view->key), qPrintable(view->key));
                QVERIFY(dialog.model()->columnCount() > 0);
            }
        }
    }

private:
    test::TempWorkspace m_tmp;
};

QTEST_MAIN(TstWorkbookGui)
#include "tst_workbook_gui.moc"
