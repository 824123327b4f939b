// SPDX-License-Identifier: MIT
#include "BillingText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace ul {

QString BillingText::formatName(BillingSystem system)
{
    switch (system) {
    case BillingSystem::Stripe: return tr("Stripe invoice export");
    case BillingSystem::Chargebee: return tr("Chargebee invoice export");
    case BillingSystem::Paddle: return tr("Paddle transaction export");
    }
    return {};
}

QString BillingText::kindName(InvoiceKind kind)
{
    switch (kind) {
    case InvoiceKind::Counted: return tr("counted");
    case InvoiceKind::Void: return tr("void");
    case InvoiceKind::Uncollectible: return tr("uncollectible");
    case InvoiceKind::Draft: return tr("draft");
    case InvoiceKind::OneOff: return tr("one-off");
    case InvoiceKind::NoPeriod: return tr("no service period");
    case InvoiceKind::OtherStatus: return tr("other status");
    }
    return {};
}

QString BillingText::excludedList(const std::map<InvoiceKind, qint64>& excluded)
{
    const QLocale locale;
    QStringList parts;
    for (InvoiceKind k : kExcludedKinds)
        if (const auto it = excluded.find(k); it != excluded.end() && it->second > 0)
            parts << QStringLiteral("%1 %2").arg(kindName(k), locale.toString(it->second));
    return parts.join(QStringLiteral(", "));
}

QString BillingText::summary(BillingSystem system, const BillingImportSummary& s)
{
    const QLocale locale;
    int kinds = 0;
    for (const auto& [kind, count] : s.excluded)
        kinds += count > 0;
    const QString invoices = tr("%1: %2 invoices").arg(formatName(system), locale.toString(s.invoices));
    if (kinds == 0)
        return tr("%1, none excluded").arg(invoices);
    return tr("%1, %n excluded kind(s) (%2)", nullptr, kinds).arg(invoices, excludedList(s.excluded));
}

} // namespace ul
