// SPDX-License-Identifier: MIT
#include "report/tabs/MetricTabResult.h"

#include "db/ThreadWorkspace.h"
#include "report/UsageTables.h"
#include "report/tabs/RequestedRange.h"

namespace ul {

namespace {

/// The days each period of `totals` covers inside `range`, for a partial period's note.
void setCoverage(std::vector<PeriodTotal>* totals, const DateRange& range, Granularity g)
{
    for (PeriodTotal& t : *totals) {
        t.coveredFrom = std::max(t.start, range.from);
        t.coveredTo = std::min(nextPeriodStart(t.start, g) - 1, range.to);
    }
}

/// The totals split by `column`, in the context the tab's views ran in.
void loadBreakdown(ReportContext& context, const ReportRequest& request, const QString& column, MetricTabResult* data)
{
    ReportError failure;
    const std::optional<MetricInfo> metric = context.requestedMetric(request, QStringLiteral("totals"), &failure);
    QString shown;
    if (!metric || !totalsByDimension(context, *metric, request, column, &data->breakdown, &shown, &failure)) {
        data->error = failure.message;
        data->breakdown.clear();
        return;
    }
    for (BreakdownSeries& series : data->breakdown)
        setCoverage(&series.totals, requestedRange(request), request.granularity);
}

/// Customers by activity and cohorts (the metric tab's Customers page), in the same context.
void loadActivity(ReportContext& context, const ReportRequest& request, MetricTabResult* data)
{
    QString message;
    ReportError failure;
    context.setRowFilter(request.where);
    if (!context.setCustomerKey(request.customerKey, &failure)) {
        data->error = failure.message;
        return;
    }
    UsageQuery q;
    const std::optional<MetricInfo> metric = context.requestedMetric(request, QStringLiteral("customers"), &failure);
    if (!metric || !context.usageQuery(*metric, request, &q, &failure)) {
        data->error = failure.message;
        return;
    }
    // Cohorts are monthly whatever the tab's granularity.
    UsageQuery monthly = q;
    monthly.granularity = Granularity::Month;
    if (!activityMovements(context.store(), q, &data->movements, &message)
        || !activityCohorts(context.store(), monthly, &data->cohorts, &message)) {
        data->error = message;
        return;
    }
    data->hasActivity = true;
}

} // namespace

MetricTabResult MetricTabResult::load(const QString& workspacePath, const ReportRequest& request,
                                      TabResults::Views which, bool withActivity, const QString& breakdown)
{
    MetricTabResult data;
    const DateRange range = requestedRange(request);
    if (range.isEmpty())
        return data;
    data.comparison = request.compare;
    // One connection and one context for the views, the breakdown and the Customers page: they
    // share the catalog, the customers and the filtered store's merged months.
    QString message;
    Workspace* ws = threadWorkspace(workspacePath, &message);
    if (!ws) {
        data.error = message;
        return data;
    }
    ReportContext context(ws->db());
    data.results = TabResults::run(context, request, TabGroup::Metric, which);
    data.elapsedMs = data.results.elapsedMs;
    if (!data.results.ok()) {
        data.error = data.results.error.message;
        return data;
    }
    const auto table = [&](const char* view) {
        const ReportTable* t = data.results.table(QLatin1String(view));
        return t ? *t : ReportTable{};
    };
    const ReportTable totals = table("totals");
    data.totals = periodTotalsOf(totals);
    if (totals.columnIndex(QStringLiteral("compare_value")) >= 0) {
        data.compared = totals.numbers(QStringLiteral("compare_value"));
        data.comparedLabels = totals.texts(QStringLiteral("compare_period"));
    }
    setCoverage(&data.totals, range, request.granularity);
    data.cumulative = periodTotalsOf(table("cumulative"));
    data.change = changesOf(table("change"));
    data.histogram = histogramOf(table("histogram"));
    data.top = rankingOf(table("top"));
    data.topNew = rankingOf(table("top-new"));
    data.kpis = usageKpisOf(table("kpis"));
    if (!breakdown.isEmpty() && which != TabResults::Views::PerCustomer)
        loadBreakdown(context, request, breakdown, &data);
    if (withActivity)
        loadActivity(context, request, &data);
    return data;
}

} // namespace ul
