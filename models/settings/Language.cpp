// SPDX-License-Identifier: MIT
#include "settings/Language.h"

#include "settings/EnglishPlurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace ul {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
            QStringLiteral("pt_BR")};
}

std::optional<QString> normalizeLanguage(const QString& value)
{
    QString v = value.trimmed();
    v.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (v.isEmpty() || v.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return QString();
    // Portuguese is shipped as Brazilian Portuguese only.
    if (v.compare(QLatin1String("pt"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("pt_BR");
    for (const QString& code : availableLanguages())
        if (v.compare(code, Qt::CaseInsensitive) == 0)
            return code;
    return std::nullopt;
}

namespace {

// The system locale's first UI language that UsageLens ships, else English.
QString systemLanguage()
{
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QLocale l(ui);
        switch (l.language()) {
        case QLocale::German: return QStringLiteral("de");
        case QLocale::French: return QStringLiteral("fr");
        case QLocale::Spanish: return QStringLiteral("es");
        case QLocale::Portuguese: return QStringLiteral("pt_BR");
        case QLocale::English: return QStringLiteral("en");
        default: break;
        }
    }
    return QStringLiteral("en");
}

std::unique_ptr<QTranslator>& appTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

} // namespace

QString applyLanguage(const QString& requested)
{
    const QString code = requested.isEmpty() ? systemLanguage() : requested;
    for (auto* slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot)
            QCoreApplication::removeTranslator(slot->get());
        slot->reset();
    }
    // Following the system keeps its regional formats (de_AT, en_GB); a chosen language uses
    // the language's main country.
    const QLocale locale = requested.isEmpty()           ? QLocale::system()
                           : code == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                         : QLocale(code);
    QLocale::setDefault(locale);
    if (code == QLatin1String("en")) {
        auto plurals = std::make_unique<EnglishPlurals>();
        QCoreApplication::installTranslator(plurals.get());
        appTranslator() = std::move(plurals);
        return code;
    }

    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/usagelens_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(app.get());
        appTranslator() = std::move(app);
    }
    // Qt's own strings (standard dialogs, context menus) when the distribution ships them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return code;
}

} // namespace ul
