// SPDX-License-Identifier: MIT
// Switching the theme while the window is open (View › Dark theme, Ctrl+Shift+D) recolours
// everything: no KPI card left white in the dark, no caption dark on dark, no filter label white
// on light after switching back. The check reads the pixels under each visible label.
#include "FilterBar.h"
#include "MainWindow.h"
#include "TempWorkspace.h"
#include "audit/LayoutAudit.h"
#include "demo/DemoWorkspace.h"

#include <QTabWidget>
#include <QTest>

using namespace ul;

class TstLiveTheme : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(writeDemoWorkspace(m_tmp.path(), &error), qPrintable(error));
    }

    void everyLabelStandsOutAfterEachSwitch_data()
    {
        QTest::addColumn<bool>("startDark");
        QTest::newRow("opened light") << false;
        QTest::newRow("opened dark (the saved setting)") << true;
    }

    void everyLabelStandsOutAfterEachSwitch()
    {
        QFETCH(bool, startDark);
        MainWindow window(MainWindow::Options{false, true});
        // As the saved setting does: the theme is set before the workspace's tabs exist.
        window.setDarkTheme(startDark);
        QString error;
        QVERIFY2(window.openWorkspace(m_tmp.path(), &error), qPrintable(error));
        window.resize(1280, 720);
        window.show();
        window.selectDataset(QString::fromLatin1(kDemoUsageDataset));
        QStringList problems;
        const auto look = [&](const QString& where) {
            for (int i = 0; i < window.tabs()->count(); ++i) {
                window.tabs()->setCurrentIndex(i);
                QTest::qWait(10);
                problems << LayoutAudit::lowContrast(&window, window.grab().toImage(),
                                                     where + QLatin1Char(' ') + window.tabs()->tabText(i));
            }
        };
        look(QStringLiteral("at start"));
        window.setDarkTheme(!startDark);
        look(QStringLiteral("switched live"));
        window.setDarkTheme(startDark);
        look(QStringLiteral("switched back"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    test::TempWorkspace m_tmp;
};

QTEST_MAIN(TstLiveTheme)
#include "tst_live_theme.moc"
