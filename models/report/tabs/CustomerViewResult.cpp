// SPDX-License-Identifier: MIT
#include "report/tabs/CustomerViewResult.h"

#include "db/ThreadWorkspace.h"
#include "report/YearToDate.h"
#include "report/tabs/RequestedRange.h"

namespace ul {

CustomerViewResult CustomerViewResult::load(const QString& workspacePath, const DatasetInfo& dataset,
                                            ReportRequest request)
{
    CustomerViewResult data;
    if (requestedRange(request).isEmpty())
        return data;
    Workspace* ws = threadWorkspace(workspacePath, &data.error);
    if (!ws)
        return data;
    request.dataset = dataset.name;
    ReportContext context(ws->db());
    ReportError error;
    // The customer views run first; the typed trends below read the same cached totals.
    data.results = TabResults::run(context, request, TabGroup::Customer);
    if (!data.results.ok()) {
        data.error = data.results.error.message;
        return data;
    }
    for (const MetricInfo& metric : dataset.metrics) {
        MetricTrend trend;
        trend.metric = metric;
        UsageQuery q;
        if (!context.usageQuery(metric, request, &q, &error))
            break;
        const std::vector<PeriodTotal>* totals = context.totals(q, &error);
        UsageQuery monthly = q;
        monthly.granularity = Granularity::Month;
        const std::vector<PeriodTotal>* months = totals ? context.totals(monthly, &error) : nullptr;
        const std::optional<YearOverYear> yoy = months ? yearOverYearOf(context, metric, q, &error) : std::nullopt;
        if (!yoy)
            break;
        trend.totals = *totals;
        trend.monthly = *months;
        trend.monthChange = changeFromTotals(*months);
        trend.yoy = *yoy;
        data.metrics.push_back(std::move(trend));
    }
    data.error = error.message;
    return data;
}

} // namespace ul
