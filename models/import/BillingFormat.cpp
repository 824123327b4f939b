// SPDX-License-Identifier: MIT
#include "import/BillingFormat.h"

#include "import/MetricKey.h"

#include <initializer_list>

namespace ul {

namespace {

using Keys = std::initializer_list<const char*>;

/// One field of a format: the metric keys its column may have, first match wins.
struct Field {
    int BillingColumns::*column;
    Keys keys;
    bool required;
};

/// The documented columns of one export: Stripe's Dashboard invoice export, Chargebee's invoice
/// export (with its line items' period) and Paddle Billing's transactions (API field names or
/// the dashboard's labels). A format's distinctive columns (Stripe's line item period,
/// Chargebee's date_from/date_to, Paddle's billing_period) keep one from reading as another.
struct Format {
    BillingSystem system;
    std::initializer_list<Field> fields;
};

const Format kFormats[] = {
    {BillingSystem::Stripe,
     {{&BillingColumns::invoice, {"id", "invoice_id"}, true},
      {&BillingColumns::customer, {"customer", "customer_id"}, true},
      {&BillingColumns::subscription, {"subscription", "subscription_id"}, true},
      {&BillingColumns::status, {"status"}, true},
      {&BillingColumns::currency, {"currency"}, true},
      {&BillingColumns::issued, {"date_utc", "created_utc", "date", "created"}, true},
      {&BillingColumns::serviceStart, {"minimum_line_item_period_start_utc", "minimum_line_item_period_start"}, true},
      {&BillingColumns::serviceEnd, {"maximum_line_item_period_end_utc", "maximum_line_item_period_end"}, true},
      {&BillingColumns::subtotal, {"subtotal"}, true},
      {&BillingColumns::discount, {"total_discount_amount", "discount_amount"}, false},
      {&BillingColumns::total, {"total"}, false},
      {&BillingColumns::tax, {"tax"}, false},
      {&BillingColumns::writtenOff, {"forgiven"}, false}}},
    {BillingSystem::Chargebee,
     {{&BillingColumns::invoice, {"invoice_id", "invoice_number"}, true},
      {&BillingColumns::customer, {"invoice_customer_id", "customer_id"}, true},
      {&BillingColumns::subscription, {"invoice_subscription_id", "subscription_id"}, true},
      {&BillingColumns::status, {"invoice_status", "status"}, true},
      {&BillingColumns::currency, {"invoice_currency_code", "currency_code", "currency"}, true},
      {&BillingColumns::issued, {"invoice_date", "date"}, true},
      {&BillingColumns::serviceStart,
       {"line_items_date_from_0", "line_items_date_from", "line_item_date_from", "date_from"},
       true},
      {&BillingColumns::serviceEnd,
       {"line_items_date_to_0", "line_items_date_to", "line_item_date_to", "date_to"},
       true},
      {&BillingColumns::subtotal, {"invoice_sub_total", "sub_total"}, false},
      {&BillingColumns::discount,
       {"discounts_amount_0", "invoice_discount_amount", "discount_amount", "discount"},
       false},
      {&BillingColumns::total, {"invoice_total", "total", "amount"}, false},
      {&BillingColumns::tax, {"invoice_tax", "tax_total", "tax"}, false},
      {&BillingColumns::writtenOff, {"invoice_write_off_amount", "write_off_amount"}, false}}},
    {BillingSystem::Paddle,
     {{&BillingColumns::invoice, {"id", "transaction_id"}, true},
      {&BillingColumns::customer, {"customer_id"}, true},
      {&BillingColumns::subscription, {"subscription_id"}, true},
      {&BillingColumns::status, {"status"}, true},
      {&BillingColumns::currency, {"currency_code", "currency"}, true},
      {&BillingColumns::issued, {"created_at", "billed_at"}, true},
      {&BillingColumns::serviceStart, {"billing_period_starts_at", "billing_period_start"}, true},
      {&BillingColumns::serviceEnd, {"billing_period_ends_at", "billing_period_end"}, true},
      {&BillingColumns::subtotal, {"details_totals_subtotal", "subtotal"}, true},
      {&BillingColumns::discount, {"details_totals_discount", "discount"}, false},
      {&BillingColumns::total, {"details_totals_total", "total"}, false},
      {&BillingColumns::tax, {"details_totals_tax", "tax"}, false}}},
};

bool statusIs(std::string_view status, Keys words)
{
    for (const char* w : words) {
        const std::string_view word(w);
        if (status.size() != word.size())
            continue;
        bool same = true;
        for (size_t i = 0; i < word.size() && same; ++i) {
            char c = status[i];
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
            if (c == ' ' || c == '-')
                c = '_';
            same = c == word[i];
        }
        if (same)
            return true;
    }
    return false;
}

} // namespace

QString BillingFormat::name() const
{
    switch (system) {
    case BillingSystem::Stripe: return QStringLiteral("Stripe invoice export");
    case BillingSystem::Chargebee: return QStringLiteral("Chargebee invoice export");
    case BillingSystem::Paddle: return QStringLiteral("Paddle transaction export");
    }
    return {};
}

QString BillingFormat::key() const
{
    switch (system) {
    case BillingSystem::Stripe: return QStringLiteral("stripe-invoices");
    case BillingSystem::Chargebee: return QStringLiteral("chargebee-invoices");
    case BillingSystem::Paddle: return QStringLiteral("paddle-transactions");
    }
    return {};
}

std::optional<BillingFormat> recogniseBillingExport(const QStringList& headers)
{
    QStringList keys;
    for (const QString& h : headers)
        keys << metricKeyFromHeader(h);
    for (const Format& format : kFormats) {
        BillingFormat found;
        found.system = format.system;
        bool complete = true;
        for (const Field& field : format.fields) {
            int at = -1;
            for (const char* key : field.keys) {
                at = int(keys.indexOf(QLatin1String(key)));
                if (at >= 0)
                    break;
            }
            found.columns.*field.column = at;
            complete = complete && (at >= 0 || !field.required);
        }
        // Without a subtotal the amount is the total less tax (Chargebee's invoice export).
        const BillingColumns& c = found.columns;
        if (complete && (c.subtotal >= 0 || (c.total >= 0 && c.tax >= 0)))
            return found;
    }
    return std::nullopt;
}

QString invoiceKindKey(InvoiceKind kind)
{
    switch (kind) {
    case InvoiceKind::Counted: return {};
    case InvoiceKind::Draft: return QStringLiteral("draft");
    case InvoiceKind::Void: return QStringLiteral("void");
    case InvoiceKind::Uncollectible: return QStringLiteral("uncollectible");
    case InvoiceKind::OneOff: return QStringLiteral("one-off");
    case InvoiceKind::NoPeriod: return QStringLiteral("no-period");
    case InvoiceKind::OtherStatus: return QStringLiteral("other-status");
    }
    return {};
}

std::optional<InvoiceKind> invoiceKindFromKey(const QString& key)
{
    if (key.isEmpty())
        return InvoiceKind::Counted;
    for (InvoiceKind k : kExcludedKinds)
        if (invoiceKindKey(k) == key)
            return k;
    return std::nullopt;
}

InvoiceKind classifyInvoice(BillingSystem system, std::string_view status, bool writtenOff, bool subscription,
                            bool servicePeriod)
{
    InvoiceKind kind = InvoiceKind::OtherStatus;
    switch (system) {
    case BillingSystem::Stripe:
        if (statusIs(status, {"paid", "open"}))
            kind = InvoiceKind::Counted;
        else if (statusIs(status, {"draft"}))
            kind = InvoiceKind::Draft;
        else if (statusIs(status, {"void", "voided", "deleted"}))
            kind = InvoiceKind::Void;
        else if (statusIs(status, {"uncollectible"}))
            kind = InvoiceKind::Uncollectible;
        break;
    case BillingSystem::Chargebee:
        if (statusIs(status, {"paid", "posted", "payment_due"}))
            kind = InvoiceKind::Counted;
        else if (statusIs(status, {"pending"}))
            kind = InvoiceKind::Draft;
        else if (statusIs(status, {"voided", "void"}))
            kind = InvoiceKind::Void;
        else if (statusIs(status, {"not_paid"}))
            kind = InvoiceKind::Uncollectible;
        break;
    case BillingSystem::Paddle:
        if (statusIs(status, {"paid", "completed", "billed", "past_due"}))
            kind = InvoiceKind::Counted;
        else if (statusIs(status, {"draft", "ready"}))
            kind = InvoiceKind::Draft;
        else if (statusIs(status, {"canceled", "cancelled"}))
            kind = InvoiceKind::Void;
        break;
    }
    // A write-off is not revenue whatever the status says (Stripe's `Forgiven` on a closed invoice).
    if (writtenOff && kind == InvoiceKind::Counted)
        kind = InvoiceKind::Uncollectible;
    if (kind == InvoiceKind::Counted && !subscription)
        kind = InvoiceKind::OneOff;
    if (kind == InvoiceKind::Counted && !servicePeriod)
        kind = InvoiceKind::NoPeriod;
    return kind;
}

} // namespace ul
