// SPDX-License-Identifier: MIT
#include "report/tabs/RevenueTabResult.h"

#include "db/ThreadWorkspace.h"
#include "report/BillingRevenue.h"

#include <QElapsedTimer>

namespace ul {

RevenueTabResult RevenueTabResult::load(const QString& workspacePath, ReportRequest request)
{
    QElapsedTimer timer;
    timer.start();
    RevenueTabResult data;
    data.analysis.settings = request.revenue;
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
        const std::vector<StoredInvoice>* rows = d->billing ? context.billingInvoices(*d, request, &error) : nullptr;
        if (rows) {
            data.billing = true;
            data.currencies = countedCurrencies(*rows);
        }
        // Several currencies and none chosen: the first, never a sum (the selector shows which).
        if (!data.currencies.contains(request.currency.toLower()))
            request.currency = data.currencies.size() > 1 ? data.currencies.front() : QString();
        data.currency = request.currency.isEmpty() ? data.currencies.value(0) : request.currency.toLower();
        // As the list the tab links to (the excluded-invoices view): in the currency and the range.
        for (const StoredInvoice& r : rows ? *rows : std::vector<StoredInvoice>())
            if (r.kind != InvoiceKind::Counted && r.currency == data.currency
                && (!request.from || r.issued >= *request.from) && (!request.to || r.issued <= *request.to))
                ++data.excluded[r.kind];
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

std::vector<int> RevenueTabResult::visibleMonths() const
{
    std::vector<int> out;
    const MrrSeries& s = analysis.series;
    for (int m = s.firstMonth; !s.isEmpty() && m <= s.lastMonth(); ++m)
        if (months.contains(m))
            out.push_back(m);
    return out;
}

} // namespace ul
