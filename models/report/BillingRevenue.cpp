// SPDX-License-Identifier: MIT
#include "report/BillingRevenue.h"

#include "core/StandardColumns.h"
#include "revenue/Money.h"
#include "revenue/MonthIndex.h"
#include "revenue/SubscriptionMrr.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace ul {

namespace {

QString shown(const QString& currency) { return currency.isEmpty() ? QStringLiteral("(none)") : currency; }

QString listed(const QStringList& currencies)
{
    QStringList out;
    for (const QString& c : currencies)
        out << shown(c);
    return out.join(QStringLiteral(", "));
}

} // namespace

QStringList countedCurrencies(const std::vector<StoredInvoice>& invoices)
{
    QStringList out;
    for (const StoredInvoice& r : invoices)
        if (r.kind == InvoiceKind::Counted && !out.contains(r.currency))
            out << r.currency;
    out.sort();
    return out;
}

bool chooseCurrency(const QStringList& currencies, const ReportRequest& request, CurrencyChoice* out,
                    ReportError* error)
{
    *out = {};
    if (request.fx) {
        for (const QString& c : currencies) {
            if (!request.fx->rate(c)) {
                *error = ReportError::usage(QStringLiteral("--fx %1 has no rate for %2 (the invoices are in %3)")
                                                .arg(request.fx->source, shown(c).toUpper(), listed(currencies)));
                return false;
            }
        }
        out->fx = &*request.fx;
        out->label = request.fx->reportingCurrency.toUpper();
        return true;
    }
    if (!request.currency.isEmpty()) {
        out->currency = request.currency.trimmed().toLower();
        if (!currencies.isEmpty() && !currencies.contains(out->currency)) {
            *error = ReportError::runtime(QStringLiteral("no invoices in %1 (the invoices are in %2)")
                                              .arg(out->currency.toUpper(), listed(currencies)));
            return false;
        }
        out->label = out->currency.toUpper();
        return true;
    }
    if (currencies.size() > 1) {
        *error = ReportError::usage(QStringLiteral("the invoices are in %1 currencies (%2): revenue in different "
                                                   "currencies is never added up; choose one with --currency CODE "
                                                   "or convert them with --fx RATES.csv")
                                        .arg(currencies.size())
                                        .arg(listed(currencies)));
        return false;
    }
    out->currency = currencies.isEmpty() ? QString() : currencies.front();
    out->label = out->currency.toUpper();
    return true;
}

std::optional<DateRange> exportSpan(const std::vector<StoredInvoice>& all)
{
    std::optional<DateRange> span;
    for (const StoredInvoice& r : all) {
        if (!span)
            span = DateRange{r.issued, r.issued};
        span->from = std::min(span->from, r.issued);
        span->to = std::max(span->to, r.issued);
    }
    return span;
}

RevenueAnalysis analyzeBillingRevenue(const std::vector<StoredInvoice>& invoices, const CurrencyChoice& currency,
                                      std::optional<DateRange> span, const CustomerAttributes& attributes,
                                      RevenueSettings settings)
{
    std::vector<SubscriptionInvoice> counted;
    std::vector<Invoice> issued;
    QHash<QString, qint64> subscriptions; // customer and subscription id -> a number
    qint64 sequence = 0;
    for (const StoredInvoice& r : invoices) {
        ++sequence;
        if (r.kind != InvoiceKind::Counted || !r.serviceStart || !r.serviceEnd)
            continue;
        if (!currency.fx && r.currency != currency.currency)
            continue;
        Micros amount = r.amountMicros;
        if (currency.fx)
            amount = Micros(std::llround(double(amount) * currency.fx->rate(r.currency).value_or(0.0)));
        const QString key = QString::number(r.customer) + QLatin1Char('\x1f') + r.subscription;
        const qint64 subscription = subscriptions.value(key, qint64(subscriptions.size()));
        subscriptions.insert(key, subscription);
        counted.push_back(
            {r.customer, subscription, *r.serviceStart, *r.serviceEnd, amount, r.issued, r.issuedSecond, sequence});
        issued.push_back({r.customer, r.issued, fromMicros(amount), 1});
    }
    if (!currency.label.isEmpty())
        settings.currency = currency.label;
    const std::optional<int> through = span ? std::optional<int>(monthOfDay(span->to)) : std::nullopt;
    RevenueAnalysis a = analyzeRevenueSeries(computeSubscriptionMrr(std::move(counted), through), issued, attributes,
                                             settings);
    // What the data covers is the export's (a voided renewal on the last day counts too).
    if (span) {
        a.firstDay = span->from;
        a.lastDay = span->to;
    }
    return a;
}

ReportTable excludedInvoicesTable(const std::vector<StoredInvoice>& invoices, const QHash<qint64, QString>& names)
{
    ReportTable t;
    t.name = QStringLiteral("excluded-invoices");
    t.columns = {cols::invoice,     cols::customer, cols::subscription, cols::status,
                 cols::invoiceKind, cols::issued,   cols::currency,     cols::invoiceAmount};
    std::vector<const StoredInvoice*> rows;
    for (const StoredInvoice& r : invoices)
        if (r.kind != InvoiceKind::Counted)
            rows.push_back(&r);
    std::stable_sort(rows.begin(), rows.end(), [](const StoredInvoice* a, const StoredInvoice* b) {
        return std::tie(a->issued, a->issuedSecond) < std::tie(b->issued, b->issuedSecond);
    });
    for (const StoredInvoice* r : rows)
        t.addRow({r->invoice, names.value(r->customer), r->subscription, r->status, invoiceKindKey(r->kind),
                  isoDate(r->issued), r->currency, fromMicros(r->amountMicros)});
    return t;
}

} // namespace ul
