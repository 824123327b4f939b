// SPDX-License-Identifier: MIT
// The window rendered in German (and French) on the demo workspace: the embedded catalogues load,
// KPI titles and numbers follow the language, and PNGs are written for a human to look at
// (UL_SNAPSHOT_DIR keeps them; e.g. UL_SNAPSHOT_DIR=/tmp ctest -R german_snapshot).
#include "FilterBar.h"
#include "GuiSettings.h"
#include "KpiCard.h"
#include "MainWindow.h"
#include "MetricTab.h"
#include "TempWorkspace.h"
#include "demo/DemoWorkspace.h"
#include "gui/SnapshotCommand.h"
#include "settings/Language.h"

#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace ul;

class TstGermanSnapshot : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(writeDemoWorkspace(m_ws.path(), &error), qPrintable(error));
    }

    void cleanupTestCase() { applyLanguage(QStringLiteral("en")); }

    void germanWindow()
    {
        QCOMPARE(applyLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));

        MainWindow window(MainWindow::Options{false, true});
        window.setAttribute(Qt::WA_DontShowOnScreen);
        QString error;
        QVERIFY2(window.openWorkspace(m_ws.path(), &error), qPrintable(error));
        window.resize(1600, 1000);
        window.show();
        QCoreApplication::processEvents();

        QStringList titles;
        for (const KpiCard* card : window.findChildren<KpiCard*>())
            titles << card->titleText();
        QVERIFY2(titles.contains(QStringLiteral("Summe im Zeitraum")), qPrintable(titles.join(QLatin1String(" | "))));
        QVERIFY(!titles.contains(QStringLiteral("Total in range")));

        QStringList menus;
        for (const QAction* action : window.menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1String(" | "))));
        // View › Language offers the system setting and the five languages by their own names.
        const QMenu* language = nullptr;
        for (const QMenu* menu : window.menuBar()->findChildren<QMenu*>())
            if (menu->title() == QLatin1String("&Sprache"))
                language = menu;
        QVERIFY(language);
        QStringList languages;
        for (const QAction* action : language->actions())
            languages << action->text();
        QCOMPARE(languages, (QStringList{QStringLiteral("System"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                                         QStringLiteral("Français"), QStringLiteral("Español"),
                                         QStringLiteral("Português (Brasil)")}));

        // The English tab name still selects the translated tab (scripts do not depend on the UI language).
        window.selectDataset(QString::fromLatin1(kDemoInvoicesDataset));
        QVERIFY(window.selectTab(QStringLiteral("Revenue")));
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()).remove(QLatin1Char('&')),
                 QStringLiteral("Umsatz"));
    }

    void snapshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("extra");
        const QStringList revenue{QStringLiteral("--tab"), QStringLiteral("Revenue"), QStringLiteral("--dataset"),
                                  QStringLiteral("demo_invoices")};
        QTest::newRow("de-dashboard") << QStringLiteral("de") << QStringList{};
        QTest::newRow("de-revenue") << QStringLiteral("de") << revenue;
        QTest::newRow("fr-dashboard") << QStringLiteral("fr") << QStringList{};
        QTest::newRow("fr-revenue") << QStringLiteral("fr") << revenue;
    }

    // The in-process equivalent of `usagelens snapshot --lang <language>`.
    void snapshots()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, extra);
        QCOMPARE(applyLanguage(language), language);
        const QString keep = qEnvironmentVariable("UL_SNAPSHOT_DIR");
        const QString out = (keep.isEmpty() ? m_ws.dir() : keep)
                            + QStringLiteral("/i18n-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
        QString outText, errText;
        QTextStream o(&outText), e(&errText);
        CliStreams io{o, e};
        QStringList args{QStringLiteral("usagelens snapshot"), QStringLiteral("--db"), m_ws.path(),
                         QStringLiteral("--out"), out};
        args << extra;
        o.flush();
        QCOMPARE(SnapshotCommand::run(args, io), int(ExitOk));
        e.flush();
        QVERIFY2(errText.isEmpty(), qPrintable(errText));
        const QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1600, 1000));
    }

private:
    test::TempWorkspace m_ws;
};

QTEST_MAIN(TstGermanSnapshot)
#include "tst_german_snapshot.moc"
