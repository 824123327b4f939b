// SPDX-License-Identifier: MIT
#include "settings/RevenueSettingsStore.h"

#include "settings/Settings.h"

#include <QFileInfo>
#include <QUrl>

namespace ul {

namespace {

QString encode(const QString& text)
{
    // '/' would split QSettings groups; percent-encoding keeps the key readable and unique.
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

RevenueSettingsStore::RevenueSettingsStore(const QString& workspacePath, const QString& dataset)
{
    const QFileInfo info(workspacePath);
    const QString path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    m_scope = QStringLiteral("%1/%2").arg(encode(path), encode(dataset));
}

QString RevenueSettingsStore::group() const
{
    return Settings::storagePath(Settings::Key::RevenueSpend, m_scope).section(QLatin1Char('/'), 0, -2);
}

RevenueSettings RevenueSettingsStore::load() const
{
    using K = Settings::Key;
    const Settings settings;
    const RevenueSettings defaults;
    RevenueSettings s;
    s.monthlyAcquisitionSpend = settings.value(K::RevenueSpend, m_scope).toDouble();
    s.currency = settings.value(K::RevenueCurrency, m_scope).toString();
    s.grossMarginPct = settings.value(K::RevenueMarginPct, m_scope).toDouble();
    s.billingPeriodMonths = settings.value(K::RevenueBillingMonths, m_scope).toInt();
    s.firstMonthIsNew = settings.value(K::RevenueFirstMonthNew, m_scope).toBool();
    // A hand-edited file must not produce nonsense such as a 0-month billing period.
    if (s.billingPeriodMonths < 1)
        s.billingPeriodMonths = defaults.billingPeriodMonths;
    if (s.currency.trimmed().isEmpty())
        s.currency = defaults.currency;
    if (!(s.grossMarginPct > 0 && s.grossMarginPct <= 100))
        s.grossMarginPct = defaults.grossMarginPct;
    if (!(s.monthlyAcquisitionSpend >= 0))
        s.monthlyAcquisitionSpend = defaults.monthlyAcquisitionSpend;
    return s;
}

void RevenueSettingsStore::save(const RevenueSettings& s) const
{
    using K = Settings::Key;
    Settings settings;
    settings.setValue(K::RevenueSpend, s.monthlyAcquisitionSpend, m_scope);
    settings.setValue(K::RevenueCurrency, s.currency, m_scope);
    settings.setValue(K::RevenueMarginPct, s.grossMarginPct, m_scope);
    settings.setValue(K::RevenueBillingMonths, s.billingPeriodMonths, m_scope);
    settings.setValue(K::RevenueFirstMonthNew, s.firstMonthIsNew, m_scope);
}

} // namespace ul
