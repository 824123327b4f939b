// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"
#include "db/BillingInvoices.h"
#include "report/ReportRequest.h"
#include "revenue/RevenueAnalysis.h"

#include <QStringList>

#include <vector>

namespace ul {

/// The distinct currencies of the counted invoices, lower case, sorted ("" for invoices without one).
QStringList countedCurrencies(const std::vector<StoredInvoice>& invoices);

/// How a request's money is reported: one currency of the data (--currency, or the only one),
/// or every currency converted with --fx. Several currencies without either are a usage error
/// naming them: revenue is never summed across currencies.
struct CurrencyChoice {
    QString currency; ///< lower case: keep only invoices in it (empty with fx)
    const FxRates* fx = nullptr;
    QString label; ///< upper case, for the key figures ("EUR")
};
bool chooseCurrency(const QStringList& currencies, const ReportRequest& request, CurrencyChoice* out,
                    ReportError* error);

/// The days a billing dataset's exports cover: their first and last invoice of any kind and
/// currency, whatever a filter or a currency keeps (the data ends there for every selection).
/// Nullopt when there are none.
std::optional<DateRange> exportSpan(const std::vector<StoredInvoice>& all);

/// Subscription revenue of a billing dataset's invoices (already narrowed to the request's rows
/// and customer) by the money rules: only counted invoices, in the chosen currency or
/// converted. The months run to the month `span` (the export's) ends in: a subscription that was
/// not renewed churns inside the data, and nothing after the data is reported.
/// `settings.currency` becomes the choice's label.
RevenueAnalysis analyzeBillingRevenue(const std::vector<StoredInvoice>& invoices, const CurrencyChoice& currency,
                                      std::optional<DateRange> span, const CustomerAttributes& attributes,
                                      RevenueSettings settings);

/// invoice,customer,subscription,status,kind,issued,currency,amount: the invoices the rules leave
/// out, with why (`kind`: void, uncollectible, draft, one-off, no-period, other-status), by issue.
ReportTable excludedInvoicesTable(const std::vector<StoredInvoice>& invoices, const QHash<qint64, QString>& names);

} // namespace ul
