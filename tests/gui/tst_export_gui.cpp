// SPDX-License-Identifier: MIT
// Chart images (PNG at a scale, SVG), the PDF report (pages, text), presentation slides.
#include "ChartPanel.h"
#include "CliRunner.h"
#include "ExternalTools.h"
#include "FilterBar.h"
#include "KpiCard.h"
#include "MainWindow.h"
#include "MetricTab.h"
#include "TempWorkspace.h"
#include "demo/DemoWorkspace.h"
#include "export/ChartExport.h"
#include "export/PresentationWindow.h"
#include "export/ReportDocument.h"
#include "export/TabReport.h"
#include "export/XlsxExport.h"
#include "gui/GuiEntry.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPrinter>

#include "RequireTool.h"
#include <QGuiApplication>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace ul;

namespace {

using test::pdfPages;
using test::pdfText;

/// Images for a human to look at go to UL_SNAPSHOT_DIR when set.
QString keepDir(const QString& fallback)
{
    const QString keep = qEnvironmentVariable("UL_SNAPSHOT_DIR");
    return keep.isEmpty() ? fallback : keep;
}

int runExport(const QStringList& args, QString* err)
{
    CommandRegistry registry;
    registerApplicationCommands(registry);
    const test::CliRun r = test::runCommand(registry, QStringList{QStringLiteral("export")} + args);
    *err = r.err;
    return r.code;
}

} // namespace

class TstExportGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void chartPngAndSvgHaveRequestedSize();
    void copyDataIsNeutralisedTsv();
    void pdfReportPagesAndText();
    void exportCommandWritesPdf();
    void presentationSlidesAndKeys();
    void presentationFillsTheScreenAndStartsAtATab();
    void workbookHasOneSheetPerTable();
    void printPathPaintsTheSamePages();

private:
    test::TempWorkspace m_tmp;
    std::unique_ptr<MainWindow> m_window;
    FilterState m_filters;
};

void TstExportGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(writeDemoWorkspace(m_tmp.path(), &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(MainWindow::Options{false, true});
    m_window->setAttribute(Qt::WA_DontShowOnScreen);
    QVERIFY2(m_window->openWorkspace(m_tmp.path(), &error), qPrintable(error));
    m_window->selectDataset(QString::fromLatin1(kDemoUsageDataset));
    m_filters = m_window->filterBar()->state();
    m_filters.preset.clear();
    m_filters.range = DateRange{*parseIsoDate(QStringLiteral("2024-01-01")),
                                *parseIsoDate(QStringLiteral("2025-12-31"))};
    m_filters.granularity = Granularity::Year; // few rows: every tab's tables fit one page
    m_window->resize(1600, 1000);
    m_window->show();
    m_window->setFilters(m_filters);
    m_filters = m_window->filterBar()->state();
}

void TstExportGui::chartPngAndSvgHaveRequestedSize()
{
    const QString key = m_window->metricTab(QStringLiteral("streamed_minutes"))
                            ? QStringLiteral("streamed_minutes")
                            : TabReport::tabKey(m_window->tabs(), 0);
    MetricTab* tab = m_window->metricTab(key);
    QVERIFY(tab);
    QChart* chart = tab->panel(MetricTab::Totals)->chart();
    QVERIFY(chart);
    const QString dir = keepDir(m_tmp.dir());
    QString error;
    for (const int scale : {1, 2, 3}) {
        const QString png = dir + QStringLiteral("/chart-%1x.png").arg(scale);
        QVERIFY2(ChartExport::savePng(chart, png, QSize(400, 300), scale, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(400 * scale, 300 * scale));
        // Not a blank canvas: more than a handful of distinct colours (bars, text, grid).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
    }
    const QString svg = dir + QStringLiteral("/chart.svg");
    QVERIFY2(ChartExport::saveSvg(chart, svg, QSize(640, 360), QStringLiteral("Totals"), &error), qPrintable(error));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.size() > 2000);
    QVERIFY2(text.contains("viewBox=\"0 0 640 360\""), text.left(600).constData());
    QVERIFY(text.contains("<path") || text.contains("<rect") || text.contains("<polyline"));
    // The live chart is back at its on-screen size after exporting.
    QCOMPARE(chart->size().toSize(), tab->panel(MetricTab::Totals)->view()->size());
}

void TstExportGui::copyDataIsNeutralisedTsv()
{
    ReportTable t{QStringLiteral("top"), {QStringLiteral("customer"), QStringLiteral("value")}, {}};
    t.addRow({QStringLiteral("=HYPERLINK(\"x\")"), -3.0});
    QCOMPARE(ChartExport::toTsv(t), QStringLiteral("customer\tvalue\n'=HYPERLINK(\"x\")\t-3\n"));
    MetricTab* tab = qobject_cast<MetricTab*>(m_window->tabs()->widget(0));
    QVERIFY(tab);
    const ReportTable data = tab->panel(MetricTab::TopCustomers)->data();
    QCOMPARE(data.columns.value(1), QStringLiteral("customer"));
    QVERIFY(!data.rows.empty());
}

void TstExportGui::pdfReportPagesAndText()
{
    UL_REQUIRE_TOOL("pdftotext");
    UL_REQUIRE_TOOL("pdfinfo");
    QTabWidget* tabs = m_window->tabs();
    QStringList metricKeys;
    for (int i = 0; i < tabs->count(); ++i)
        if (qobject_cast<MetricTab*>(tabs->widget(i)))
            metricKeys << TabReport::tabKey(tabs, i);
    QVERIFY(metricKeys.size() >= 2);
    const QStringList keys = metricKeys.mid(0, 2);
    std::vector<ReportSection> sections = TabReport::sections(tabs, m_filters, keys);
    QCOMPARE(int(sections.size()), 2);
    ReportDocument doc(
        {m_tmp.path(), m_filters.dataset, TabReport::filterSummary(m_filters), QDateTime::currentDateTime()}, sections);
    const QString pdf = keepDir(m_tmp.dir()) + QStringLiteral("/report-two-tabs.pdf");
    int pages = 0;
    QString error;
    QVERIFY2(doc.writePdf(pdf, QPageSize::A4, &pages, &error), qPrintable(error));
    // Title page, then per tab one page of KPIs and charts and at least one of tables (yearly
    // rows; every registered view of the tab is a table, so more views can take more pages).
    QVERIFY(pages >= 1 + 2 * 2);
    QCOMPARE(pdfPages(pdf), pages);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    for (const QString& key : keys) {
        MetricTab* tab = m_window->metricTab(key);
        QVERIFY2(text.contains(tab->metric().displayName), qPrintable(tab->metric().displayName));
        for (const MetricTab::Kpi kpi : {MetricTab::Total, MetricTab::Active, MetricTab::NewCustomers}) {
            const QString value = tab->kpiCard(kpi)->valueText();
            QVERIFY2(value != QStringLiteral("–"), "demo KPIs have values");
            QVERIFY2(text.contains(value), qPrintable(value));
        }
    }
    QVERIFY(text.contains(QStringLiteral("Total in range")));
    QVERIFY(text.contains(QString::fromLatin1(kDemoUsageDataset)));
    // Typeset tables: display headers and view titles, not the report keys.
    for (const char* shown : {"Active customers", "Top customers", "Running total"})
        QVERIFY2(text.contains(QLatin1String(shown)), shown);
    for (const char* key : {"active_customers", "share_pct", "cumulative_share_pct"})
        QVERIFY2(!text.contains(QLatin1String(key)), key);
}

void TstExportGui::exportCommandWritesPdf()
{
    UL_REQUIRE_TOOL("pdfinfo");
    const QString pdf = keepDir(m_tmp.dir()) + QStringLiteral("/demo-report.pdf");
    QString err;
    QCOMPARE(runExport({QStringLiteral("--db"), m_tmp.path(), QStringLiteral("--dataset"),
                        QString::fromLatin1(kDemoUsageDataset), QStringLiteral("--format"), QStringLiteral("pdf"),
                        QStringLiteral("--out"), pdf, QStringLiteral("--granularity"), QStringLiteral("month"),
                        QStringLiteral("--page-size"), QStringLiteral("letter")},
                       &err),
             0);
    // Success is silent on stderr (cron mails every line); the page count is read off the file.
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(pdfPages(pdf) >= 1 + m_window->tabs()->count());
    QCOMPARE(runExport({QStringLiteral("--db"), m_tmp.path(), QStringLiteral("--format"), QStringLiteral("pdf"),
                        QStringLiteral("--tabs"), QStringLiteral("nope"), QStringLiteral("--out"), pdf},
                       &err),
             2);
}

void TstExportGui::presentationSlidesAndKeys()
{
    std::vector<ReportSection> sections = TabReport::sections(m_window->tabs(), m_filters);
    auto* show = new PresentationWindow(sections, TabReport::filterSummary(m_filters), false,
                                        PresentationWindow::Mode::PerTab);
    show->setAttribute(Qt::WA_DontShowOnScreen);
    show->resize(1920, 1080);
    show->show();
    QVERIFY(show->slideCount() >= int(sections.size())); // a tab with > 4 charts takes two
    const QString dir = keepDir(m_tmp.dir());
    QImage first = show->grab().toImage();
    QCOMPARE(first.size(), QSize(1920, 1080));
    first.save(dir + QStringLiteral("/presentation-1.png"));
    QTest::keyClick(show, Qt::Key_Right);
    QCOMPARE(show->currentSlide(), 1);
    QTest::keyClick(show, Qt::Key_PageUp);
    QCOMPARE(show->currentSlide(), 0);
    QTest::keyClick(show, Qt::Key_End);
    QCOMPARE(show->currentSlide(), show->slideCount() - 1);
    show->grab().toImage().save(dir + QStringLiteral("/presentation-last.png"));
    QPointer<PresentationWindow> guard(show);
    QTest::keyClick(show, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull()); // Esc closes; the window deletes itself

    m_window->setDarkTheme(true);
    auto* perChart = new PresentationWindow(TabReport::sections(m_window->tabs(), m_filters), QStringLiteral("dark"),
                                            true, PresentationWindow::Mode::PerChart);
    perChart->setAttribute(Qt::WA_DontShowOnScreen);
    perChart->resize(1920, 1080);
    perChart->show();
    QVERIFY(perChart->slideCount() > int(sections.size()));
    perChart->setCurrentSlide(1);
    perChart->grab().toImage().save(dir + QStringLiteral("/presentation-dark-chart.png"));
    perChart->close();
    m_window->setDarkTheme(false);
}

void TstExportGui::presentationFillsTheScreenAndStartsAtATab()
{
    const std::vector<ReportSection> sections = TabReport::sections(m_window->tabs(), m_filters);
    QVERIFY(sections.size() >= 2);
    PresentationWindow perTab(sections, QStringLiteral("footer"), false, PresentationWindow::Mode::PerTab);
    // A tab with more than four charts continues on a second slide; none holds more than four.
    int expected = 0;
    for (const ReportSection& s : sections)
        expected += std::max(1, int((s.charts.size() + 3) / 4));
    QCOMPARE(perTab.slideCount(), expected);
    PresentationWindow perChart(sections, QStringLiteral("footer"), false, PresentationWindow::Mode::PerChart);
    // Each section's run starts with its own title (Shift+F5 starts at the tab being viewed).
    for (int i = 0; i < int(sections.size()); ++i) {
        QVERIFY2(perChart.slideTitle(perChart.firstSlideOf(i)).startsWith(sections[size_t(i)].title),
                 qPrintable(perChart.slideTitle(perChart.firstSlideOf(i))));
        QVERIFY2(perTab.slideTitle(perTab.firstSlideOf(i)).startsWith(sections[size_t(i)].title),
                 qPrintable(perTab.slideTitle(perTab.firstSlideOf(i))));
    }
    QVERIFY(perChart.firstSlideOf(1) > perTab.firstSlideOf(1) - 1);
    // Without a window manager showFullScreen() alone keeps the widget's default size.
    perChart.setAttribute(Qt::WA_DontShowOnScreen);
    QScreen* screen = QGuiApplication::primaryScreen();
    perChart.present(screen);
    QCOMPARE(perChart.geometry(), screen->geometry());
    perChart.close();
    // A projector: every slide of the first tab at 1280x720 for a human to look at.
    const QString dir = keepDir(m_tmp.dir());
    perTab.setAttribute(Qt::WA_DontShowOnScreen);
    perTab.resize(1280, 720);
    perTab.show();
    for (int i = 0; i < std::min(3, perTab.slideCount()); ++i) {
        perTab.setCurrentSlide(i);
        QVERIFY(perTab.grab().toImage().save(dir + QStringLiteral("/slide-720-%1.png").arg(i)));
    }
    perChart.resize(1280, 720);
    perChart.show();
    perChart.setCurrentSlide(1);
    QVERIFY(perChart.grab().toImage().save(dir + QStringLiteral("/slide-720-chart.png")));
}

void TstExportGui::workbookHasOneSheetPerTable()
{
    UL_REQUIRE_TOOL("unzip");
    const std::vector<ReportTable> tables = TabReport::workbookTables(
        TabReport::sections(m_window->tabs(), m_filters, {}, false));
    QVERIFY(tables.size() >= 3 * 7); // three metrics, seven views each
    const QString path = m_tmp.dir() + QStringLiteral("/workbook.xlsx");
    QString error;
    QVERIFY2(XlsxExport::write(path, tables, &error), qPrintable(error));
    const QStringList entries = test::zipEntries(path);
    QCOMPARE(entries.filter(QRegularExpression(QStringLiteral("^xl/worksheets/sheet\\d+\\.xml$"))).size(),
             int(tables.size()));
}

void TstExportGui::printPathPaintsTheSamePages()
{
    // File › Print… paints the same document on a QPrinter (here one printing to a PDF file).
    const QStringList keys{TabReport::tabKey(m_window->tabs(), 0)};
    ReportDocument doc(
        {m_tmp.path(), m_filters.dataset, TabReport::filterSummary(m_filters), QDateTime::currentDateTime()},
        TabReport::sections(m_window->tabs(), m_filters, keys));
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_tmp.dir() + QStringLiteral("/printed.pdf"));
    printer.setPageOrientation(QPageLayout::Landscape);
    // Title, charts, and the tab's tables (the per-customer ones cut to 10 rows, the pivot to its
    // last 12 periods) on a few pages.
    const int pages = doc.paint(&printer);
    QVERIFY2(pages >= 3 && pages <= 5, qPrintable(QString::number(pages)));
    QVERIFY(QFileInfo(printer.outputFileName()).size() > 1000);
}

QTEST_MAIN(TstExportGui)
#include "tst_export_gui.moc"
