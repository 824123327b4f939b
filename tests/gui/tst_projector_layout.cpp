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
#include "audit/LayoutAudit.h"
#include "demo/DemoWorkspace.h"

#include <QChart>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace ul;

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
            problems << LayoutAudit::readability(page, where, charts);
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
