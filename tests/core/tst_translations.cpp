// SPDX-License-Identifier: MIT
// The shipped .ts files must translate every string of the current code: lupdate is run on the
// sources into a temporary copy of each file (the repository stays untouched), and any message
// left unfinished, or kept as vanished/obsolete, fails the test.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "RequireTool.h"

namespace {

// UL_TEST_DATA_DIR is <source>/tests/data.
QString sourceRoot() { return QDir(QStringLiteral(UL_TEST_DATA_DIR "/../..")).absolutePath(); }

QString findLupdate()
{
    const QStringList dirs{QLibraryInfo::path(QLibraryInfo::BinariesPath),
                           QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath),
                           QStringLiteral("/usr/lib/qt6/bin")};
    for (const QString& name : {QStringLiteral("lupdate"), QStringLiteral("lupdate-qt6")}) {
        QString path = QStandardPaths::findExecutable(name, dirs);
        if (path.isEmpty())
            path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

struct TsCheck {
    int messages = 0;
    int numerus = 0;
    QStringList problems; ///< "type: context / source"
};

TsCheck checkTs(const QString& path)
{
    TsCheck result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems << QStringLiteral("cannot read %1").arg(path);
        return result;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            ++result.messages;
            if (xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"))
                ++result.numerus;
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty())
                result.problems << QStringLiteral("%1: %2 / %3").arg(type, context, source);
        } else if (name == QLatin1String("numerusform")) {
            if (xml.readElementText().trimmed().isEmpty())
                result.problems << QStringLiteral("empty plural form: %1 / %2").arg(context, source);
        }
    }
    if (xml.hasError())
        result.problems << QStringLiteral("XML error at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return result;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_lupdate = findLupdate();
        if (m_lupdate.isEmpty()) {
            if (ul::test::onCi())
                QFAIL("lupdate not found and CI=true: packaging/build-deps.txt must install qt6-l10n-tools");
            QSKIP("lupdate not found (install qt6-l10n-tools)");
        }
        QVERIFY2(QDir(sourceRoot()).exists(QStringLiteral("translations")), qPrintable(sourceRoot()));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* lang : {"de", "fr", "es", "pt_BR"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }

    void complete()
    {
        QFETCH(QString, language);
        const QString name = QStringLiteral("usagelens_%1.ts").arg(language);
        const QString original = sourceRoot() + QStringLiteral("/translations/") + name;
        QVERIFY2(QFile::exists(original), qPrintable(original));

        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString copy = tmp.filePath(name);
        QVERIFY(QFile::copy(original, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // Without -no-obsolete: strings that left the code stay in the file as vanished/obsolete.
        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceRoot());
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(m_lupdate, {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                                  QStringLiteral("models"), QStringLiteral("app"), QStringLiteral("widgets"),
                                  QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate timed out");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());

        const TsCheck check = checkTs(copy);
        QVERIFY2(check.messages > 300, qPrintable(QStringLiteral("only %1 messages").arg(check.messages)));
        QVERIFY(check.numerus > 0);
        QVERIFY2(check.problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 in %2 (run the update_translations target and translate):\n%3")
                                .arg(check.problems.size())
                                .arg(name, check.problems.join(QLatin1Char('\n')))));
    }

private:
    QString m_lupdate;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
