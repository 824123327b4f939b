// SPDX-License-Identifier: MIT
#include "HealthTabData.h"

#include "db/ThreadWorkspace.h"

#include <QElapsedTimer>

#include <algorithm>

namespace ul {

HealthTabData HealthTabData::load(const QString& workspacePath, const QString& metricKey, const FilterState& filters,
                                  const HealthOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    HealthTabData data;
    data.filters = filters;
    data.options = options;
    if (filters.range.isEmpty() || metricKey.isEmpty())
        return data;
    Workspace* ws = threadWorkspace(workspacePath, &data.error);
    if (!ws)
        return data;
    ReportRequest request = toRequest(filters, metricKey);
    request.health = options;
    ReportContext context(ws->db());
    ReportError error;
    const std::optional<MetricInfo> metric = context.segmentMetric(request, QStringLiteral("health"), &error);
    // The window ends with the last whole period: a month cut by the export's end is not a drop.
    const ReportContext::Health* health = metric ? context.health(
                                              *metric,
                                              context.lastCompleteDay(*metric, filters.range, filters.granularity),
                                              filters.granularity, options, &error)
                                                 : nullptr;
    if (!health) {
        data.error = error.message;
        return data;
    }
    data.window = health->window;
    for (Day start : data.window.starts)
        data.periodLabels << periodLabel(start, filters.granularity);
    data.records = health->records;
    data.names = context.customerNames();
    // The health views read the same assessment from the context.
    data.results = TabResults::run(context, request, TabGroup::Health);
    data.error = data.results.error.message;
    data.elapsedMs = timer.elapsed();
    return data;
}

int HealthTabData::count(HealthStatus status) const
{
    return int(
        std::count_if(records.begin(), records.end(), [status](const HealthRecord& r) { return r.status == status; }));
}

} // namespace ul
