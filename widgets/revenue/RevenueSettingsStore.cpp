// SPDX-License-Identifier: MIT
#include "RevenueSettingsStore.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace ul {

namespace {

// Keys in one place so a typo cannot silently read a default.
const QString kSpend = QStringLiteral("monthlyAcquisitionSpend");
const QString kCurrency = QStringLiteral("currency");
const QString kMargin = QStringLiteral("grossMarginPct");
const QString kBilling = QStringLiteral("billingPeriodMonths");

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
    m_group = QStringLiteral("revenue/%1/%2").arg(encode(path), encode(dataset));
}

RevenueSettings RevenueSettingsStore::load() const
{
    const RevenueSettings defaults;
    RevenueSettings s;
    QSettings settings;
    settings.beginGroup(m_group);
    s.monthlyAcquisitionSpend = settings.value(kSpend, defaults.monthlyAcquisitionSpend).toDouble();
    s.currency = settings.value(kCurrency, defaults.currency).toString();
    s.grossMarginPct = settings.value(kMargin, defaults.grossMarginPct).toDouble();
    s.billingPeriodMonths = settings.value(kBilling, defaults.billingPeriodMonths).toInt();
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
    QSettings settings;
    settings.beginGroup(m_group);
    settings.setValue(kSpend, s.monthlyAcquisitionSpend);
    settings.setValue(kCurrency, s.currency);
    settings.setValue(kMargin, s.grossMarginPct);
    settings.setValue(kBilling, s.billingPeriodMonths);
}

} // namespace ul
