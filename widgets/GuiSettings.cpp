// SPDX-License-Identifier: MIT
#include "GuiSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace ul {

namespace {
const QString kLastWorkspace = QStringLiteral("workspace/last");
const QString kRecent = QStringLiteral("workspace/recent");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kDark = QStringLiteral("window/darkTheme");
const QString kLanguage = QStringLiteral("window/language");
const QString kDataset = QStringLiteral("filters/dataset");
const QString kPreset = QStringLiteral("filters/preset");
const QString kFrom = QStringLiteral("filters/from");
const QString kTo = QStringLiteral("filters/to");
const QString kGranularity = QStringLiteral("filters/granularity");
const QString kTop = QStringLiteral("filters/top");
const QString kNewDays = QStringLiteral("filters/newWithinDays");
const QString kCustomer = QStringLiteral("filters/customer");
constexpr int kMaxRecent = 8;
} // namespace

QString GuiSettings::lastWorkspace() const { return m_settings.value(kLastWorkspace).toString(); }
void GuiSettings::setLastWorkspace(const QString& path) { m_settings.setValue(kLastWorkspace, path); }
QStringList GuiSettings::recentWorkspaces() const { return m_settings.value(kRecent).toStringList(); }

void GuiSettings::addRecentWorkspace(const QString& path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings.setValue(kRecent, recent);
}

QByteArray GuiSettings::geometry() const { return m_settings.value(kGeometry).toByteArray(); }
void GuiSettings::setGeometry(const QByteArray& geometry) { m_settings.setValue(kGeometry, geometry); }
bool GuiSettings::darkTheme() const { return m_settings.value(kDark, false).toBool(); }
void GuiSettings::setDarkTheme(bool dark) { m_settings.setValue(kDark, dark); }
QString GuiSettings::language() const { return normalizeLanguage(m_settings.value(kLanguage).toString()).value_or(QString()); }
void GuiSettings::setLanguage(const QString& code) { m_settings.setValue(kLanguage, code); }

FilterState GuiSettings::filters() const
{
    FilterState s;
    s.dataset = m_settings.value(kDataset).toString();
    s.preset = m_settings.value(kPreset, QStringLiteral("all")).toString();
    s.range = {m_settings.value(kFrom, 0).toInt(), m_settings.value(kTo, -1).toInt()};
    s.granularity = granularityFromKey(m_settings.value(kGranularity).toString()).value_or(Granularity::Month);
    s.top = std::clamp(m_settings.value(kTop, 10).toInt(), 1, 100);
    s.newWithinDays = std::clamp(m_settings.value(kNewDays, 90).toInt(), 1, 3650);
    s.customerName = m_settings.value(kCustomer).toString();
    return s;
}

void GuiSettings::setFilters(const FilterState& s)
{
    m_settings.setValue(kDataset, s.dataset);
    m_settings.setValue(kPreset, s.preset);
    m_settings.setValue(kFrom, s.range.from);
    m_settings.setValue(kTo, s.range.to);
    m_settings.setValue(kGranularity, granularityKey(s.granularity));
    m_settings.setValue(kTop, s.top);
    m_settings.setValue(kNewDays, s.newWithinDays);
    m_settings.setValue(kCustomer, s.customerName);
}

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
    const QLocale locale = requested.isEmpty() ? QLocale::system()
        : code == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                      : QLocale(code);
    QLocale::setDefault(locale);
    if (code == QLatin1String("en"))
        return code;

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
