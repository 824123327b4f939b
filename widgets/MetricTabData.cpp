// SPDX-License-Identifier: MIT
#include "MetricTabData.h"

#include "db/ThreadWorkspace.h"
#include "report/UsageTables.h"

namespace ul {

namespace {

/// The totals split by filters.breakdown, in the context the tab's views ran in.
void loadBreakdown(ReportContext& context, const ReportRequest& request, const FilterState& filters,
                   MetricTabData* data)
{
    ReportError failure;
    const std::optional<MetricInfo> metric = context.requestedMetric(request, QStringLiteral("totals"), &failure);
    QString column;
    if (!metric
        || !totalsByDimension(context, *metric, request, filters.breakdown, &data->breakdown, &column, &failure)) {
        data->error = failure.message;
        data->breakdown.clear();
        return;
    }
    for (BreakdownSeries& series : data->breakdown)
        for (PeriodTotal& t : series.totals) {
            t.coveredFrom = std::max(t.start, filters.range.from);
            t.coveredTo = std::min(nextPeriodStart(t.start, filters.granularity) - 1, filters.range.to);
        }
}

/// Customers by activity and cohorts (the metric tab's Customers page), in the same context.
void loadActivity(ReportContext& context, const ReportRequest& request, MetricTabData* data)
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

MetricTabData MetricTabData::load(const QString& workspacePath, const QString& metricKey, const FilterState& filters,
                                  TabResults::Views which, bool withActivity, const Comparison& compare)
{
    MetricTabData data;
    data.filters = filters;
    if (filters.range.isEmpty())
        return data;
    ReportRequest request = toRequest(filters, metricKey);
    request.compare = compare;
    data.comparison = compare;
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
    // The days a partial period covers, for its note: the period inside the range.
    for (PeriodTotal& t : data.totals) {
        t.coveredFrom = std::max(t.start, filters.range.from);
        t.coveredTo = std::min(nextPeriodStart(t.start, filters.granularity) - 1, filters.range.to);
    }
    data.cumulative = periodTotalsOf(table("cumulative"));
    data.change = changesOf(table("change"));
    data.histogram = histogramOf(table("histogram"));
    data.top = rankingOf(table("top"));
    data.topNew = rankingOf(table("top-new"));
    data.kpis = usageKpisOf(table("kpis"));
    if (!filters.breakdown.isEmpty() && which != TabResults::Views::PerCustomer)
        loadBreakdown(context, request, filters, &data);
    if (withActivity)
        loadActivity(context, request, &data);
    return data;
}

} // namespace ul
