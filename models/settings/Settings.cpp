// SPDX-License-Identifier: MIT
#include "settings/Settings.h"

#include <QStringList>

namespace ul {

namespace {

struct Entry {
    Settings::Key key;
    const char* path; ///< QSettings path; scoped keys live under "<group>/<scope>/<name>"
    QVariant fallback;
    bool scoped = false;
};

const std::vector<Entry>& entries()
{
    using K = Settings::Key;
    // The defaults of every setting, in one place.
    static const std::vector<Entry> table{
        {K::LastWorkspace, "workspace/last", QString()},
        {K::RecentWorkspaces, "workspace/recent", QStringList()},
        {K::WindowGeometry, "window/geometry", QByteArray()},
        {K::DarkTheme, "window/darkTheme", false},
        {K::Language, "window/language", QString()},
        {K::FilterDataset, "filters/dataset", QString()},
        {K::FilterPreset, "filters/preset", QStringLiteral("all")},
        {K::FilterFrom, "filters/from", 0},
        {K::FilterTo, "filters/to", -1},
        {K::FilterGranularity, "filters/granularity", QStringLiteral("month")},
        {K::FilterTop, "filters/top", 10},
        {K::FilterNewWithinDays, "filters/newWithinDays", 90},
        {K::FilterCustomer, "filters/customer", QString()},
        {K::RevenueSpend, "revenue/monthlyAcquisitionSpend", 4000.0, true},
        {K::RevenueCurrency, "revenue/currency", QStringLiteral("EUR"), true},
        {K::RevenueMarginPct, "revenue/grossMarginPct", 100.0, true},
        {K::RevenueBillingMonths, "revenue/billingPeriodMonths", 1, true},
        {K::RevenueFirstMonthNew, "revenue/firstMonthIsNew", false, true},
    };
    return table;
}

// Values read back from an INI file are text: compare as text when the types differ.
bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.metaType() == b.metaType())
        return a == b;
    return a.canConvert<QString>() && b.canConvert<QString>() && a.toString() == b.toString();
}

const Entry& entry(Settings::Key key)
{
    for (const Entry& e : entries())
        if (e.key == key)
            return e;
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>())
{}

Settings::Settings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QVariant Settings::defaultValue(Key key) { return entry(key).fallback; }

bool Settings::isScoped(Key key) { return entry(key).scoped; }

QString Settings::storagePath(Key key, const QString& scope)
{
    const QString path = QString::fromLatin1(entry(key).path);
    if (!entry(key).scoped)
        return path;
    // "revenue/grossMarginPct" -> "revenue/<scope>/grossMarginPct"; the caller encodes the scope.
    const int slash = int(path.indexOf(QLatin1Char('/')));
    return path.left(slash) + QLatin1Char('/') + scope + path.mid(slash);
}

QVariant Settings::value(Key key, const QString& scope) const
{
    return m_store->value(storagePath(key, scope), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value, const QString& scope)
{
    const QVariant before = this->value(key, scope);
    m_store->setValue(storagePath(key, scope), value);
    if (!sameValue(before, value))
        emit changed(key, scope);
}

void Settings::remove(Key key, const QString& scope)
{
    const QString path = storagePath(key, scope);
    if (!m_store->contains(path))
        return;
    m_store->remove(path);
    emit changed(key, scope);
}

void Settings::sync() { m_store->sync(); }

} // namespace ul
