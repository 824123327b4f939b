// SPDX-License-Identifier: MIT
// Every tab of the demo at 1280x720 (a projector) and 1600x1000, light and dark: no label cut,
// no chart text turned into "...", no sideways scrolling (of the page or of a table). The check reads the text layout
// of each widget and chart item, not the image.
#include "ChartPanel.h"
#include "DashboardTab.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "MetricTab.h"
#include "RankingPage.h"
#include "TempWorkspace.h"
#include "demo/DemoWorkspace.h"

#include <QAbstractButton>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>

using namespace ul;

namespace {

/// A label whose text does not fit the room it was given, described for the failure message.
QString cutLabel(const QLabel* label)
{
    const QString text = label->text();
    if (text.trimmed().isEmpty() || Qt::mightBeRichText(text) || !label->pixmap().isNull())
        return {};
    const QFontMetrics metrics(label->font());
    const QRect room = label->contentsRect();
    if (label->wordWrap()) {
        const QRect needed = metrics.boundingRect(QRect(0, 0, room.width(), 100000), Qt::TextWordWrap, text);
        if (needed.height() > room.height() + 1)
            return QStringLiteral("'%1' needs %2 px of height, has %3")
                .arg(text)
                .arg(needed.height())
                .arg(room.height());
        return {};
    }
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    if (widest > room.width() + 1)
        return QStringLiteral("'%1' needs %2 px, has %3").arg(text).arg(widest).arg(room.width());
    return {};
}

/// Chart text that Qt Charts shortened because it did not fit.
QStringList elidedChartTexts(const QChart* chart)
{
    QStringList out;
    if (!chart->scene())
        return out;
    for (const QGraphicsItem* item : chart->scene()->items()) {
        if (!item->isVisible())
            continue;
        QString text;
        if (const auto* t = dynamic_cast<const QGraphicsTextItem*>(item))
            text = t->document()->toPlainText();
        else if (const auto* s = dynamic_cast<const QGraphicsSimpleTextItem*>(item))
            text = s->text();
        if (text.endsWith(QLatin1String("...")) || text.contains(QChar(0x2026)))
            out << text;
    }
    return out;
}

} // namespace

class TstProjectorLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(writeDemoWorkspace(m_tmp.path(), &error), qPrintable(error));
    }

    void everyTabReadable_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<bool>("dark");
        for (const QSize size : {QSize(1280, 720), QSize(1600, 1000)})
            for (const char* dataset : {kDemoUsageDataset, kDemoInvoicesDataset})
                for (const bool dark : {false, true})
                    QTest::addRow("%dx%d %s %s", size.width(), size.height(), dataset, dark ? "dark" : "light")
                        << size << QString::fromLatin1(dataset) << dark;
    }

    void everyTabReadable()
    {
        QFETCH(QSize, size);
        QFETCH(QString, dataset);
        QFETCH(bool, dark);
        MainWindow window(MainWindow::Options{false, true});
        QString error;
        QVERIFY2(window.openWorkspace(m_tmp.path(), &error), qPrintable(error));
        window.setDarkTheme(dark);
        window.resize(size);
        window.show();
        window.selectDataset(dataset);
        QCOMPARE(window.filterBar()->state().dataset, dataset);
        FilterState state = window.filterBar()->state();
        state.top = 20; // the most names a ranking shows
        window.setFilters(state);

        QStringList problems;
        // The tab bar shows every tab of the demo without scroll arrows.
        QTabBar* bar = window.tabs()->tabBar();
        QTest::qWait(10);
        if (bar->tabRect(bar->count() - 1).right() > bar->width())
            problems << QStringLiteral("tab bar: the last tab is beyond the window");
        const auto check = [&](QWidget* page, const QString& where, const std::vector<QChart*>& charts) {
            for (const QLabel* label : page->findChildren<QLabel*>())
                if (label->isVisible())
                    if (const QString cut = cutLabel(label); !cut.isEmpty())
                        problems << where + QStringLiteral(": label ") + cut;
            for (const QScrollArea* scroll : page->findChildren<QScrollArea*>())
                if (scroll->isVisible() && scroll->horizontalScrollBar()->isVisible())
                    problems << where
                                    + QStringLiteral(": scrolls sideways (content %1 px in %2)")
                                          .arg(scroll->widget() ? scroll->widget()->minimumSizeHint().width() : 0)
                                          .arg(scroll->viewport()->width());
            // Tables too: columns fit (labels wrap, heatmap cells narrow) instead of scrolling.
            for (const QTableView* table : page->findChildren<QTableView*>())
                if (table->isVisible() && table->horizontalScrollBar()->isVisible())
                    problems << where
                                    + QStringLiteral(": table '%1' scrolls sideways (columns %2 px in %3)")
                                          .arg(table->model()->headerData(0, Qt::Horizontal).toString())
                                          .arg(table->horizontalHeader()->length())
                                          .arg(table->viewport()->width());
            for (const QChart* chart : charts)
                for (const QString& text : elidedChartTexts(chart))
                    problems << where + QStringLiteral(": chart '%1' shows '%2'").arg(chart->title(), text);
        };
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            QTest::qWait(10);
            QCoreApplication::processEvents();
            QWidget* page = window.tabs()->widget(i);
            const QString where = window.tabs()->tabText(i);
            auto* tab = qobject_cast<DashboardTab*>(page);
            check(page, where, tab ? tab->charts() : std::vector<QChart*>{});
            // A metric tab's Ranking page: its bars, Pareto axis and table at the same size.
            if (auto* metric = qobject_cast<MetricTab*>(page)) {
                metric->showPage(MetricTab::Page::Ranking);
                QTest::qWait(10);
                QCoreApplication::processEvents();
                QChart* ranking = metric->rankingPage()->chartPanel()->chart();
                check(page, where + QStringLiteral(" (ranking)"),
                      ranking ? std::vector{ranking} : std::vector<QChart*>{});
                metric->showPage(MetricTab::Page::Usage);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    test::TempWorkspace m_tmp;
};

QTEST_MAIN(TstProjectorLayout)
#include "tst_projector_layout.moc"
