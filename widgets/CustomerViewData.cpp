// SPDX-License-Identifier: MIT
#include "CustomerViewData.h"

#include "db/Workspace.h"

namespace ul {

CustomerViewData CustomerViewData::load(const QString& workspacePath, const DatasetInfo& dataset,
                                        std::optional<qint64> customer, const FilterState& filters)
{
    CustomerViewData data;
    data.filters = filters;
    if (filters.range.isEmpty())
        return data;
    Workspace ws;
    if (!ws.open(workspacePath, Workspace::OpenMode::ExistingOnly, &data.error))
        return data;
    const Ymd end = ymdFromDay(filters.range.to);
    for (const MetricInfo& metric : dataset.metrics) {
        MetricTrend trend;
        trend.metric = metric;
        UsageQuery q;
        q.metricId = metric.id;
        q.datasetId = dataset.id;
        q.range = filters.range;
        q.granularity = filters.granularity;
        q.customer = customer;
        if (!totalsView(ws.db(), q, &trend.totals, &data.error))
            return data;
        q.granularity = Granularity::Month;
        if (!totalsView(ws.db(), q, &trend.monthly, &data.error))
            return data;
        trend.monthChange = changeFromTotals(trend.monthly);

        // Year over year: January to the range end's day, against the same span a year before,
        // so a partial current year is not compared with a full one.
        trend.year = end.year;
        const Day yearStart = *dayFromYmd(end.year, 1, 1);
        const Day prevStart = *dayFromYmd(end.year - 1, 1, 1);
        const Day prevEnd = dayFromYmd(end.year - 1, end.month, std::min(end.day, 28)).value_or(prevStart)
                            + (end.day > 28 ? end.day - 28 : 0);
        std::vector<PeriodTotal> cur, prev;
        q.range = {yearStart, filters.range.to};
        if (!totalsView(ws.db(), q, &cur, &data.error))
            return data;
        q.range = {prevStart, std::min(prevEnd, yearStart - 1)};
        if (!totalsView(ws.db(), q, &prev, &data.error))
            return data;
        for (const PeriodTotal& t : cur) {
            trend.currentYear[size_t(ymdFromDay(t.start).month - 1)] = t.value;
            trend.currentYtd += t.value;
        }
        for (const PeriodTotal& t : prev) {
            trend.previousYear[size_t(ymdFromDay(t.start).month - 1)] = t.value;
            trend.previousYtd += t.value;
        }
        if (trend.previousYtd > 0)
            trend.yoyPct = (trend.currentYtd - trend.previousYtd) / trend.previousYtd * 100.0;
        data.metrics.push_back(std::move(trend));
    }
    return data;
}

} // namespace ul
