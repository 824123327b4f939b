// SPDX-License-Identifier: MIT
#include "MetricTabData.h"

#include "report/UsageTables.h"

namespace ul {

MetricTabData MetricTabData::load(const QString& workspacePath, const QString& metricKey, const FilterState& filters,
                                  TabResults::Views which)
{
    MetricTabData data;
    data.filters = filters;
    if (filters.range.isEmpty())
        return data;
    const ReportRequest request = toRequest(filters, metricKey);
    data.results = TabResults::load(workspacePath, request, TabGroup::Metric, which);
    data.elapsedMs = data.results.elapsedMs;
    if (!data.results.ok()) {
        data.error = data.results.error.message;
        return data;
    }
    const auto table = [&](const char* view) {
        const ReportTable* t = data.results.table(QLatin1String(view));
        return t ? *t : ReportTable{};
    };
    data.totals = periodTotalsOf(table("totals"));
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
    return data;
}

} // namespace ul
