// SPDX-License-Identifier: MIT
// Every slide of the demo (both datasets, per tab and per chart) at 1280x720, and the PDF report:
// no text shortened to "...", none smaller than a projector can show. The slides are painted on
// a device that records each text drawn (with its size as drawn), so the check sees chart labels
// too, after the layout the slide gave them. Set UL_SLIDE_SHOTS to a folder to also get each
// slide as a PNG and the PDF there.
#include "ChartPanel.h"
#include "ExternalTools.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "MetricTab.h"
#include "RankLabels.h"
#include "RequireTool.h"
#include "TempWorkspace.h"
#include "demo/DemoWorkspace.h"
#include "export/ChartExport.h"
#include "export/PresentationWindow.h"
#include "export/ReportDocument.h"
#include "export/SlidePainter.h"
#include "export/TabReport.h"

#include <QDir>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ul;

namespace {

/// A text as drawn: what it says and how tall its font came out, in device pixels.
struct DrawnText {
    QString text;
    qreal pixels = 0;
};

/// Keeps the texts; everything else drawn is dropped.
class TextRecordingEngine : public QPaintEngine {
public:
    TextRecordingEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {}
    std::vector<DrawnText> texts;

    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState&) override {}
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
    void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override {}
    void drawTiledPixmap(const QRectF&, const QPixmap&, const QPointF&) override {}
    void drawPath(const QPainterPath&) override {}
    using QPaintEngine::drawEllipse;
    using QPaintEngine::drawLines;
    using QPaintEngine::drawPoints;
    using QPaintEngine::drawPolygon;
    using QPaintEngine::drawRects;
    void drawRects(const QRectF*, int) override {}
    void drawLines(const QLineF*, int) override {}
    void drawEllipse(const QRectF&) override {}
    void drawPoints(const QPointF*, int) override {}
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
    void drawTextItem(const QPointF&, const QTextItem& item) override
    {
        const QFont f = item.font();
        const qreal size = f.pixelSize() > 0 ? f.pixelSize() : f.pointSizeF() * kDpi / 72.0;
        const QTransform t = painter()->combinedTransform();
        texts.push_back({item.text(), size * std::sqrt(std::abs(t.determinant()))});
    }

    static constexpr int kDpi = 96;
};

class TextRecordingDevice : public QPaintDevice {
public:
    explicit TextRecordingDevice(QSize size)
        : m_size(size)
    {}
    QPaintEngine* paintEngine() const override { return &m_engine; }
    std::vector<DrawnText>& texts() { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return m_size.width() * 254 / 960;
        case PdmHeightMM: return m_size.height() * 254 / 960;
        case PdmNumColors: return INT_MAX;
        case PdmDepth: return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return TextRecordingEngine::kDpi;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    mutable TextRecordingEngine m_engine;
};

bool shortened(const QString& text) { return text.contains(QChar(0x2026)) || text.endsWith(QLatin1String("...")); }

QString fileName(const QString& text)
{
    QString out = text.toLower();
    for (QChar& c : out)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    return out;
}

} // namespace

class TstSlideLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(writeDemoWorkspace(m_tmp.path(), &error), qPrintable(error));
    }

    void everySlideReadable_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<bool>("perChart");
        for (const char* dataset : {kDemoUsageDataset, kDemoInvoicesDataset})
            for (const bool perChart : {false, true})
                QTest::addRow("%s %s", dataset, perChart ? "per chart" : "per tab")
                    << QString::fromLatin1(dataset) << perChart;
    }

    void everySlideReadable()
    {
        QFETCH(QString, dataset);
        QFETCH(bool, perChart);
        MainWindow window(MainWindow::Options{false, true});
        FilterState state;
        QString error = showOnProjector(window, dataset, &state);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto sections = TabReport::sections(window.tabs(), state);
        PresentationWindow show(sections, dataset + QStringLiteral(" · ") + TabReport::filterSummary(state), false,
                                perChart ? PresentationWindow::Mode::PerChart : PresentationWindow::Mode::PerTab);
        QVERIFY(show.slideCount() > 3);
        const QSize size(1280, 720);
        const QString shots = qEnvironmentVariable("UL_SLIDE_SHOTS");
        QStringList problems;
        for (int i = 0; i < show.slideCount(); ++i) {
            TextRecordingDevice device(size);
            {
                QPainter p(&device);
                show.paintSlide(p, QRectF(QPointF(0, 0), QSizeF(size)), i);
            }
            for (const DrawnText& t : device.texts()) {
                if (shortened(t.text))
                    problems << QStringLiteral("slide %1 '%2': '%3' is shortened")
                                    .arg(i + 1)
                                    .arg(show.slideTitle(i), t.text);
                // Half a pixel for rounding of the fonts Qt picks.
                if (t.pixels < SlidePainter::kMinTextPixels - 0.5 && !t.text.trimmed().isEmpty())
                    problems << QStringLiteral("slide %1 '%2': '%3' is %4 px tall")
                                    .arg(i + 1)
                                    .arg(show.slideTitle(i), t.text)
                                    .arg(t.pixels, 0, 'f', 1);
            }
            if (!shots.isEmpty() && !perChart) {
                QImage image(size, QImage::Format_ARGB32_Premultiplied);
                QPainter p(&image);
                show.paintSlide(p, QRectF(image.rect()), i);
                image.save(QDir(shots).filePath(QStringLiteral("slide-%1-%2-%3.png")
                                                    .arg(dataset)
                                                    .arg(i + 1, 2, 10, QLatin1Char('0'))
                                                    .arg(fileName(show.slideTitle(i)))));
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Twenty names in a short slide cell: fewer bars and "+N more" rather than text under 10 px.
    void shortRankingShowsFewerBars()
    {
        MainWindow window(MainWindow::Options{false, true});
        FilterState state;
        QString error = showOnProjector(window, QString(), &state);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MetricTab* tab = nullptr;
        for (int i = 0; i < window.tabs()->count() && !tab; ++i)
            tab = qobject_cast<MetricTab*>(window.tabs()->widget(i));
        QVERIFY(tab);
        tab->refreshNowIfStale();
        QChart* chart = tab->panel(MetricTab::TopCustomers)->chart();
        QVERIFY(chart && RankLabels::of(chart) && RankLabels::of(chart)->texts().size() == 20);
        // At 1280x720 the window itself may show fewer than 20 (never names under its minimum).
        const int inWindow = RankLabels::of(chart)->shownCount();
        TextRecordingDevice device(QSize(600, 200));
        {
            QPainter p(&device);
            const QRectF cell(0, 0, 600, 200);
            ChartExport::render(chart, &p, cell, ChartExport::layoutSizeFor(cell.size(), 1.7, 220), 1.0,
                                SlidePainter::kMinTextPixels);
        }
        QStringList texts;
        for (const DrawnText& t : device.texts()) {
            QVERIFY2(t.pixels >= SlidePainter::kMinTextPixels - 0.5,
                     qPrintable(QStringLiteral("'%1' is %2 px").arg(t.text).arg(t.pixels)));
            texts << t.text;
        }
        const QString more = texts.filter(QStringLiteral("more")).value(0);
        QVERIFY2(more.startsWith(QLatin1Char('+')), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(RankLabels::of(chart)->texts().last())); // rank 1 is shown
        // Drawn, the chart is again as the window showed it.
        QCOMPARE(RankLabels::of(chart)->shownCount(), inWindow);
    }

    void everyPdfPageWhole_data()
    {
        QTest::addColumn<QString>("dataset");
        for (const char* dataset : {kDemoUsageDataset, kDemoInvoicesDataset})
            QTest::newRow(dataset) << QString::fromLatin1(dataset);
    }

    void everyPdfPageWhole()
    {
        UL_REQUIRE_TOOL("pdftotext");
        QFETCH(QString, dataset);
        MainWindow window(MainWindow::Options{false, true});
        FilterState state;
        QString error = showOnProjector(window, dataset, &state);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ReportDocument doc({m_tmp.path(), dataset, TabReport::filterSummary(state), QDateTime::currentDateTime()},
                                 TabReport::sections(window.tabs(), state));
        QTemporaryDir dir;
        const QString shots = qEnvironmentVariable("UL_SLIDE_SHOTS");
        const QString path = QDir(shots.isEmpty() ? dir.path() : shots).filePath(dataset + QStringLiteral(".pdf"));
        int pages = 0;
        QVERIFY2(doc.writePdf(path, QPageSize::A4, &pages, &error), qPrintable(error));
        QStringList problems;
        const QStringList lines = test::pdfText(path).split(QLatin1Char('\n'));
        for (const QString& line : lines)
            if (shortened(line))
                problems << line.simplified();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    /// The demo in `window` at a projector's 1280x720, on `dataset` (else the one it opens on),
    /// rankings at their most names (20); "" or why the demo did not open.
    QString showOnProjector(MainWindow& window, const QString& dataset, FilterState* state)
    {
        QString error;
        if (!window.openWorkspace(m_tmp.path(), &error))
            return error;
        window.resize(1280, 720);
        window.show();
        if (!dataset.isEmpty())
            window.selectDataset(dataset);
        *state = window.filterBar()->state();
        state->top = 20;
        window.setFilters(*state);
        return {};
    }

    test::TempWorkspace m_tmp;
};

QTEST_MAIN(TstSlideLayout)
#include "tst_slide_layout.moc"
