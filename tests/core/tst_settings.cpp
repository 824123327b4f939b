// SPDX-License-Identifier: MIT
// Settings: enum keys with one table of defaults, scoped keys, changed() only on a real change,
// on an INI file in a temporary folder.
#include "settings/EnglishPlurals.h"
#include "settings/Language.h"
#include "settings/Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ul;

class TstSettings : public QObject {
    Q_OBJECT
private slots:
    void englishHasItsTwoPluralForms()
    {
        QCOMPARE(englishPlural(QStringLiteral("%n customer(s)"), 1), QStringLiteral("%n customer"));
        QCOMPARE(englishPlural(QStringLiteral("%n customer(s)"), 0), QStringLiteral("%n customers"));
        QCOMPARE(applyLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Ctx", "%n row(s) read", nullptr, 1), QStringLiteral("1 row read"));
        QCOMPARE(QCoreApplication::translate("Ctx", "%n row(s) read", nullptr, 2), QStringLiteral("2 rows read"));
        QCOMPARE(QCoreApplication::translate("Ctx", "Created in the last %n day(s)", nullptr, 90),
                 QStringLiteral("Created in the last 90 days"));
        // Messages without a count are left alone, "(s)" and all.
        QCOMPARE(QCoreApplication::translate("Ctx", "File(s)"), QStringLiteral("File(s)"));
    }

    void defaultsWhenNothingStored_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("preset") << int(Settings::Key::FilterPreset) << QVariant(QStringLiteral("all"));
        QTest::newRow("granularity") << int(Settings::Key::FilterGranularity) << QVariant(QStringLiteral("month"));
        QTest::newRow("top") << int(Settings::Key::FilterTop) << QVariant(10);
        QTest::newRow("to") << int(Settings::Key::FilterTo) << QVariant(-1);
        QTest::newRow("dark") << int(Settings::Key::DarkTheme) << QVariant(false);
        QTest::newRow("spend") << int(Settings::Key::RevenueSpend) << QVariant(4000.0);
        QTest::newRow("billing") << int(Settings::Key::RevenueBillingMonths) << QVariant(1);
    }

    void defaultsWhenNothingStored()
    {
        QFETCH(int, key);
        QFETCH(QVariant, expected);
        QTemporaryDir dir;
        const Settings settings(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(settings.value(Settings::Key(key), QStringLiteral("scope")), expected);
        QCOMPARE(Settings::defaultValue(Settings::Key(key)), expected);
    }

    void valuesPersistInTheIniFile()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings settings(ini);
            settings.setValue(Settings::Key::FilterTop, 25);
            settings.setValue(Settings::Key::RecentWorkspaces, QStringList{QStringLiteral("/a"), QStringLiteral("/b")});
            settings.sync();
        }
        const Settings again(ini);
        QCOMPARE(again.value(Settings::Key::FilterTop).toInt(), 25);
        QCOMPARE(again.value(Settings::Key::RecentWorkspaces).toStringList(),
                 (QStringList{QStringLiteral("/a"), QStringLiteral("/b")}));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("top=25"));
    }

    void changedFiresOnlyOnChange()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setValue(Settings::Key::FilterTop, 10); // the default: no change seen by readers
        QCOMPARE(spy.count(), 0);
        settings.setValue(Settings::Key::FilterTop, 20);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::FilterTop);
        settings.setValue(Settings::Key::FilterTop, 20);
        QCOMPARE(spy.count(), 1);
        settings.remove(Settings::Key::FilterTop);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(settings.value(Settings::Key::FilterTop).toInt(), 10);
        settings.remove(Settings::Key::FilterTop); // nothing stored any more
        QCOMPARE(spy.count(), 2);
    }

    void changedAlsoAfterReloadingText()
    {
        // INI values come back as text: the same number is no change.
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings s(ini);
            s.setValue(Settings::Key::FilterNewWithinDays, 30);
        }
        Settings settings(ini);
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setValue(Settings::Key::FilterNewWithinDays, 30);
        QCOMPARE(spy.count(), 0);
        settings.setValue(Settings::Key::FilterNewWithinDays, 31);
        QCOMPARE(spy.count(), 1);
    }

    void scopedKeysAreSeparate()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setValue(Settings::Key::RevenueSpend, 1500.0, QStringLiteral("ws1/invoices"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("ws1/invoices"));
        QCOMPARE(settings.value(Settings::Key::RevenueSpend, QStringLiteral("ws1/invoices")).toDouble(), 1500.0);
        QCOMPARE(settings.value(Settings::Key::RevenueSpend, QStringLiteral("ws2/invoices")).toDouble(), 4000.0);
        QCOMPARE(Settings::storagePath(Settings::Key::RevenueSpend, QStringLiteral("ws1/invoices")),
                 QStringLiteral("revenue/ws1/invoices/monthlyAcquisitionSpend"));
        QVERIFY(Settings::isScoped(Settings::Key::RevenueCurrency));
        QVERIFY(!Settings::isScoped(Settings::Key::FilterTop));
    }

    void everyKeyHasAnEntry()
    {
        // A key added to the enum but not to the table would hit Q_UNREACHABLE.
        const QMetaEnum keys = QMetaEnum::fromType<Settings::Key>();
        QStringList paths;
        for (int i = 0; i < keys.keyCount(); ++i) {
            const auto key = Settings::Key(keys.value(i));
            const QString path = Settings::storagePath(key, QStringLiteral("s"));
            QVERIFY2(!path.isEmpty(), keys.key(i));
            QVERIFY2(!paths.contains(path), qPrintable(path));
            paths << path;
        }
    }
};

QTEST_GUILESS_MAIN(TstSettings)
#include "tst_settings.moc"
