// SPDX-License-Identifier: MIT
// The revenue views of an invoices dataset. The analysis always covers all invoices, so the
// first month in range still sees the month before; the range only selects rows.
#include "report/ViewRegistry.h"

#include "core/StandardColumns.h"

#include "report/BillingRevenue.h"
#include "revenue/MonthIndex.h"

namespace ul {

namespace {

const RevenueAnalysis* analysisFor(ReportContext& ctx, const ReportRequest& request, const QString& view,
                                   ReportError* error)
{
    return ctx.revenueFor(request, view, error);
}

/// A revenue table built by one of RevenueReports.h's functions.
template <typename Build>
bool revenueTable(ReportContext& ctx, const ReportRequest& request, const QString& view, ReportTable* out,
                  ReportError* error, Build build)
{
    const RevenueAnalysis* a = analysisFor(ctx, request, view, error);
    if (!a)
        return false;
    *out = build(*a, monthFilterOf(request));
    // The money of these views is in the analysis's currency.
    for (qsizetype c = 0; c < out->columns.size(); ++c)
        if (out->columns[c].kind == ColumnKind::Money)
            out->columns[c].unit = a->settings.currency;
    return true;
}

ReportCell optionalCell(const std::optional<double>& v, double scale = 1.0)
{
    return v ? ReportCell(*v * scale) : ReportCell();
}

} // namespace

bool revenueKpisReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    const RevenueAnalysis* a = analysisFor(ctx, request, QStringLiteral("revenue-kpis"), error);
    if (!a)
        return false;
    out->columns = {cols::kpi, cols::value};
    // The headline month: the last complete month inside the range. A month the export or the
    // range cuts (data to 17 Oct) would show a fall in MRR and a wave of churn that is not there;
    // it is named as left out instead. With no complete month, the last month is used and flagged.
    const MonthFilter filter = monthFilterOf(request);
    std::optional<int> latest;
    std::optional<int> last;
    for (int m = a->series.firstMonth; !a->series.isEmpty() && m <= a->series.lastMonth(); ++m) {
        if (!filter.contains(m))
            continue;
        latest = m;
        if (monthIsComplete(*a, m, request.from, request.to))
            last = m;
    }
    if (!latest)
        return true;
    const bool complete = last.has_value();
    if (!last)
        last = latest;
    const size_t i = size_t(*last - a->series.firstMonth);
    const double mrr = fromMicros(a->series.at(*last));
    const double previous = fromMicros(a->series.at(*last - 1));
    const RetentionMonth& r = a->retention[i];
    const CustomerMonth& c = a->customers[i];
    const UnitEconomicsMonth& u = a->unitEconomics[i];
    out->addFigure(figures::month, monthLabel(*last));
    out->addFigure(figures::monthComplete, complete ? QStringLiteral("true") : QStringLiteral("false"));
    // The later month left out of the headline, and its last day that counts: the data's end or the
    // range's, whichever cuts it (so the window can say why it was left out).
    out->addFigure(figures::partialMonth, *latest != *last ? monthLabel(*latest) : QString());
    const DateRange covered = coveredDays(*a, *latest, request.from, request.to);
    out->addFigure(figures::coveredTo, covered.to >= covered.from ? isoDate(covered.to) : QString());
    out->addFigure(figures::currency, a->settings.currency);
    out->addFigure(figures::mrr, mrr);
    out->addFigure(figures::previousMrr, previous);
    out->addFigure(figures::mrrGrowthPct,
                   previous > 0 ? ReportCell((mrr - previous) / previous * 100.0) : ReportCell());
    out->addFigure(figures::nrrPct, optionalCell(r.nrr, 100.0));
    out->addFigure(figures::nrr12mPct, optionalCell(r.nrr12m, 100.0));
    out->addFigure(figures::logoChurnPct, optionalCell(c.logoChurnRate, 100.0));
    out->addFigure(figures::logoChurn3mPct, optionalCell(u.logoChurn3m, 100.0));
    out->addFigure(figures::ltv, optionalCell(u.ltv));
    out->addFigure(figures::cac, optionalCell(u.cac));
    out->addFigure(figures::ltvCac, optionalCell(u.ltvToCac));
    out->addFigure(figures::paybackMonths, optionalCell(u.paybackMonths));
    out->addFigure(figures::growthPays, u.growthPays ? QStringLiteral("yes") : QStringLiteral("no"));
    return true;
}

bool mrrReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    return revenueTable(ctx, request, QStringLiteral("mrr"), out, error,
                        [](const RevenueAnalysis& a, const MonthFilter& f) { return mrrReport(a.series, f); });
}

bool mrrMovementsReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    return revenueTable(
        ctx, request, QStringLiteral("mrr-movements"), out, error,
        [](const RevenueAnalysis& a, const MonthFilter& f) { return mrrMovementsReport(a.movements, f); });
}

bool activityCustomersReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out,
                                 ReportError* error); // UsageReportViews.cpp

bool revenueCustomersReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    // With a metric: customers by activity in that metric, on any dataset.
    if (!request.metric.isEmpty())
        return activityCustomersReportView(ctx, request, out, error);
    return revenueTable(ctx, request, QStringLiteral("customers"), out, error,
                        [](const RevenueAnalysis& a, const MonthFilter& f) { return customersReport(a.customers, f); });
}

bool retentionReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    return revenueTable(ctx, request, QStringLiteral("retention"), out, error,
                        [](const RevenueAnalysis& a, const MonthFilter& f) { return retentionReport(a.retention, f); });
}

bool unitEconomicsReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    return revenueTable(
        ctx, request, QStringLiteral("unit-economics"), out, error,
        [](const RevenueAnalysis& a, const MonthFilter& f) { return unitEconomicsReport(a.unitEconomics, f); });
}

bool activityCohortsReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out,
                               ReportError* error); // UsageReportViews.cpp

bool cohortsReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    // With a metric: cohorts by activity in that metric, on any dataset.
    if (!request.metric.isEmpty())
        return activityCohortsReportView(ctx, request, out, error);
    return revenueTable(ctx, request, QStringLiteral("cohorts"), out, error,
                        [](const RevenueAnalysis& a, const MonthFilter& f) { return cohortsReport(a.cohorts, f); });
}

bool excludedInvoicesReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    // The invoices the money rules leave out of a billing export, with why: what the Revenue
    // tab links to. Other datasets have none. Follows the row filter, customer and currency.
    const DatasetInfo* d = ctx.revenueDataset(request, QStringLiteral("excluded-invoices"), error);
    if (!d)
        return false;
    const std::vector<StoredInvoice>* rows = ctx.billingInvoices(*d, request, error);
    if (!rows)
        return false;
    std::vector<StoredInvoice> kept;
    const QString currency = request.currency.trimmed().toLower();
    for (const StoredInvoice& r : *rows)
        if ((currency.isEmpty() || r.currency == currency) && (!request.from || r.issued >= *request.from)
            && (!request.to || r.issued <= *request.to))
            kept.push_back(r);
    *out = excludedInvoicesTable(kept, ctx.customerNames());
    return true;
}

bool coreProfileReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    return revenueTable(ctx, request, QStringLiteral("core-profile"), out, error,
                        [](const RevenueAnalysis& a, const MonthFilter&) { return coreProfileReport(a.coreProfile); });
}

} // namespace ul
