// SPDX-License-Identifier: MIT
// Ranking charts at 1280x720 (a projector): every customer keeps a readable, non-overlapping name.
#include "ChartPanel.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "MetricTab.h"
#include "RankLabels.h"
#include "TempWorkspace.h"
#include "import/Importer.h"

#include <QAbstractAxis>
#include <QChart>
#include <QTest>

using namespace ul;

class TstRankLabels : public QObject {
    Q_OBJECT
private slots:
    void twentyNamesFitAtProjectorSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }

    void twentyNamesFitAtProjectorSize()
    {
        QFETCH(QSize, size);
        // 24 customers: short ids and e-mail addresses far longer than the room beside the chart.
        test::TempWorkspace tmp;
        QByteArray csv("customer,day,minutes\n");
        QStringList ids;
        for (int c = 0; c < 24; ++c)
            ids << (c % 3 == 0 ? QStringLiteral("c%1").arg(c)
                               : QStringLiteral("billing.department.%1@a-rather-long-company-name.example.com").arg(c));
        for (int c = 0; c < ids.size(); ++c)
            for (int d = 1; d <= 28; ++d)
                csv += ids.at(c).toUtf8() + ",2024-02-" + QByteArray::number(d).rightJustified(2, '0') + ","
                       + QByteArray::number(100 + c * 10) + "\n";
        {
            Workspace ws;
            QVERIFY(tmp.open(ws));
            QVERIFY(importFiles(ws, {tmp.writeFile(QStringLiteral("usage.csv"), csv)}, {}).ok);
        }
        MainWindow window(MainWindow::Options{false, false});
        QString error;
        QVERIFY2(window.openWorkspace(tmp.path(), &error), qPrintable(error));
        window.resize(size);
        window.show();
        FilterState state = window.filterBar()->state();
        state.top = 20;
        window.setFilters(state);
        QTest::qWait(20);
        QTRY_VERIFY(!window.isRefreshing());
        MetricTab* tab = window.metricTab(QStringLiteral("minutes"));
        QVERIFY(tab);
        QTRY_VERIFY(tab->data().top.size() == 20);
        QChart* chart = tab->panel(MetricTab::TopCustomers)->chart();
        QVERIFY(chart);
        QTRY_VERIFY(RankLabels::of(chart) && RankLabels::of(chart)->texts().size() == 20);
        QTest::qWait(50);
        const RankLabels* labels = RankLabels::of(chart);
        QVERIFY(labels->pixelSize() >= RankLabels::kMinPixelSize);
        const QStringList shown = labels->shownTexts();
        const QRectF plot = chart->plotArea();
        for (int i = 0; i < shown.size(); ++i) {
            const QString& full = labels->texts().at(i);
            // A short name is shown whole; a long one keeps its rank and both of its ends.
            if (full.size() <= 8)
                QCOMPARE(shown.at(i), full);
            else if (shown.at(i) != full) {
                QVERIFY2(shown.at(i).contains(QChar(0x2026)), qPrintable(shown.at(i)));
                QVERIFY2(shown.at(i).size() >= 12, qPrintable(shown.at(i)));
                QCOMPARE(shown.at(i).left(3), full.left(3));
                QCOMPARE(shown.at(i).right(3), full.right(3));
            }
            const QRectF box = labels->box(i);
            QVERIFY2(box.left() >= 0 && box.right() <= plot.left() + 0.5,
                     qPrintable(QStringLiteral("label %1 at %2..%3, plot from %4")
                                    .arg(i)
                                    .arg(box.left())
                                    .arg(box.right())
                                    .arg(plot.left())));
            QVERIFY(box.top() >= plot.top() - box.height() && box.bottom() <= plot.bottom() + box.height());
            if (i > 0) // bottom bar first: each label sits above the previous one, not on it
                QVERIFY2(box.bottom() <= labels->box(i - 1).top() + 1.0, qPrintable(QString::number(i)));
        }
        // Rank 1 is the top bar; the axis labels, which would read "...", are not drawn.
        QVERIFY(!chart->axes(Qt::Vertical).value(0)->labelsVisible());
        QCOMPARE(tab->data().top.front().customer, labels->texts().constLast().section(QLatin1String(". "), 1));
    }
};

QTEST_MAIN(TstRankLabels)
#include "tst_rank_labels.moc"
