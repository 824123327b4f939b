// SPDX-License-Identifier: MIT
#include "RevenueTabData.h"

#include "db/ThreadWorkspace.h"
#include "report/BillingRevenue.h"

#include <QElapsedTimer>

namespace ul {

RevenueTabData RevenueTabData::load(const QString& workspacePath, const QString& dataset, const FilterState& filters,
                                    const RevenueSettings& settings, const QString& currency)
{
    QElapsedTimer timer;
    timer.start();
    RevenueTabData data;
    data.filters = filters;
    data.analysis.settings = settings;
    ReportRequest request = toRequest(filters);
    request.dataset = dataset;
    request.revenue = settings;
    request.currency = currency;
    data.months = monthFilterOf(request);
    // A connection belongs to one thread: each job opens its own (cheap with WAL).
    Workspace* ws = threadWorkspace(workspacePath, &data.error);
    if (!ws)
        return data;
    ReportContext context(ws->db());
    ReportError error;
    context.setRowFilter(request.where);
    if (const DatasetInfo* d = context.revenueDataset(request, QStringLiteral("revenue"), &error)) {
        // A billing export: its currencies (the selector lists them) and the invoices the rules
        // left out (the tab says how many and links to the list).
        if (d->billing)
            if (const std::vector<StoredInvoice>* rows = context.billingInvoices(*d, request, &error)) {
                data.billing = true;
                data.currencies = countedCurrencies(*rows);
                for (const StoredInvoice& r : *rows)
                    if (r.kind != InvoiceKind::Counted)
                        ++data.excluded[r.kind];
            }
        // Several currencies and none chosen: the first, never a sum (the selector shows which).
        if (data.currencies.size() > 1 && request.currency.isEmpty())
            request.currency = data.currencies.front();
        data.currency = request.currency;
    }
    if (!context.setCustomerKey(request.customerKey, &error)) {
        data.error = error.message;
        return data;
    }
    const RevenueAnalysis* analysis = context.revenueFor(request, QStringLiteral("revenue"), &error);
    if (!analysis) {
        data.error = error.message;
        return data;
    }
    data.analysis = *analysis;
    data.invoiceCount = int(analysis->invoiceCount);
    // The views read the same analysis from the context: computed once.
    data.results = TabResults::run(context, request, TabGroup::Revenue);
    data.error = data.results.error.message;
    data.elapsedMs = timer.elapsed();
    return data;
}

std::vector<int> RevenueTabData::visibleMonths() const
{
    std::vector<int> out;
    const MrrSeries& s = analysis.series;
    for (int m = s.firstMonth; !s.isEmpty() && m <= s.lastMonth(); ++m)
        if (months.contains(m))
            out.push_back(m);
    return out;
}

} // namespace ul
