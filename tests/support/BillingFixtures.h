// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace ul::test {

/// One invoice of a billing scenario, before it is written in a billing system's export.
struct ScenarioInvoice {
    QString id;
    QString customer;
    QString email; ///< empty on some rows, as in real exports
    QString subscription;
    /// paid, open, void, writeoff, draft: each export spells it its own way.
    QString status;
    QString currency; ///< eur, usd
    QString issued;   ///< "2022-01-10 09:00"
    QString start;    ///< service period (ISO day)
    QString end;
    qint64 subtotalCents = 0; ///< before discounts and tax
    qint64 discountCents = 0;
    double taxPercent = 0;
};

/// Every case the money rules have (annual, quarterly and monthly plans, an upgrade mid-cycle with
/// a credit line, a downgrade at renewal, a pause with voided renewals, a write-off, a draft, a
/// trial, a one-off invoice, EUR and USD). tst_billing_exports states the MRR it makes by hand.
std::vector<ScenarioInvoice> scenarioInvoices();

/// The scenario as the three systems export it (their documented columns and statuses):
/// Stripe's 30 Dashboard columns with decimal commas beside a Tax Percent with a point, newest
/// first; Chargebee's invoice fields with plain decimals; Paddle's transactions with currency
/// symbols and thousands separators.
QByteArray stripeExport(const std::vector<ScenarioInvoice>& invoices);
QByteArray chargebeeExport(const std::vector<ScenarioInvoice>& invoices);
QByteArray paddleExport(const std::vector<ScenarioInvoice>& invoices);

/// Money in cents as each export writes it: "1.200,00", "1200.00", "€1,200.00".
QString commaMoney(qint64 cents);
QString pointMoney(qint64 cents);

} // namespace ul::test
