// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace ul {

/// The billing systems whose invoice exports UsageLens reads as invoices, with their service
/// periods, subscriptions and statuses (README, "Revenue from billing exports").
enum class BillingSystem { Stripe, Chargebee, Paddle };

/// Where each field of an invoice is in a recognised export: column indexes, -1 when absent.
struct BillingColumns {
    int invoice = -1;      ///< the billing system's invoice (or transaction) id
    int customer = -1;     ///< the billing system's customer id (`cus_...`), never the e-mail
    int subscription = -1; ///< empty on one-off invoices
    int status = -1;
    int currency = -1;
    int issued = -1;       ///< when the invoice was made (its date)
    int serviceStart = -1; ///< the service period the invoice pays for (the line items' period)
    int serviceEnd = -1;
    int subtotal = -1; ///< before discounts and tax
    int discount = -1; ///< discounts, subtracted from the subtotal (optional)
    int total = -1;    ///< with discounts and tax: the amount is total - tax when there is no subtotal
    int tax = -1;
    int writtenOff = -1; ///< Stripe `Forgiven` (true) or Chargebee `write_off_amount` (> 0): a write-off
    bool operator==(const BillingColumns&) const = default;
};

/// A billing system's export, recognised by its columns (never by its file name).
struct BillingFormat {
    BillingSystem system = BillingSystem::Stripe;
    BillingColumns columns;

    /// "Stripe invoice export" (as the mapping and the window say it).
    QString name() const;
    /// "stripe-invoices": the key stored with an import.
    QString key() const;
    bool operator==(const BillingFormat&) const = default;
};

/// The billing export whose documented columns `headers` holds, or nullopt (a generic file).
/// Headers are compared by their metric keys (`Paid At (UTC)` is paid_at_utc), so spacing and
/// case do not matter.
std::optional<BillingFormat> recogniseBillingExport(const QStringList& headers);

/// What the money rules make of an invoice (README): only subscription invoices that are paid or
/// open count; the others are kept and listed with their kind.
enum class InvoiceKind {
    Counted,
    Draft,         ///< not finalised
    Void,          ///< voided or cancelled
    Uncollectible, ///< written off (Stripe uncollectible or forgiven, Chargebee not_paid)
    OneOff,        ///< no subscription: not recurring
    NoPeriod,      ///< a subscription invoice without a service period
    OtherStatus,   ///< a status the rules do not know
};
inline constexpr InvoiceKind kExcludedKinds[] = {InvoiceKind::Void,     InvoiceKind::Uncollectible,
                                                 InvoiceKind::Draft,    InvoiceKind::OneOff,
                                                 InvoiceKind::NoPeriod, InvoiceKind::OtherStatus};

/// "void", "uncollectible", "draft", "one-off", "no-period", "other-status"; "" for Counted.
QString invoiceKindKey(InvoiceKind kind);
std::optional<InvoiceKind> invoiceKindFromKey(const QString& key);

/// The kind of an invoice from its status as the system writes it, its write-off flag, whether
/// it names a subscription and whether it has a service period.
InvoiceKind classifyInvoice(BillingSystem system, std::string_view status, bool writtenOff, bool subscription,
                            bool servicePeriod);

} // namespace ul
