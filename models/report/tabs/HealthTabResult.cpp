// SPDX-License-Identifier: MIT
#include "report/tabs/HealthTabResult.h"

#include "db/ThreadWorkspace.h"
#include "report/tabs/RequestedRange.h"

#include <QElapsedTimer>

#include <algorithm>

namespace ul {

HealthTabResult HealthTabResult::load(const QString& workspacePath, const ReportRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    HealthTabResult data;
    data.options = request.health;
    const DateRange range = requestedRange(request);
    if (range.isEmpty() || request.metric.isEmpty())
        return data;
    Workspace* ws = threadWorkspace(workspacePath, &data.error);
    if (!ws)
        return data;
    ReportContext context(ws->db());
    ReportError error;
    const std::optional<MetricInfo> metric = context.segmentMetric(request, QStringLiteral("health"), &error);
    // The window ends with the last whole period: a month cut by the export's end is not a drop.
    const Granularity g = request.granularity;
    const ReportContext::Health* health = metric ? context.health(*metric, context.lastCompleteDay(*metric, range, g),
                                                                  g, request.health, &error)
                                                 : nullptr;
    if (!health) {
        data.error = error.message;
        return data;
    }
    data.window = health->window;
    for (Day start : data.window.starts)
        data.periodLabels << periodLabel(start, g);
    data.records = health->records;
    data.names = context.customerNames();
    // The health views read the same assessment from the context.
    data.results = TabResults::run(context, request, TabGroup::Health);
    data.error = data.results.error.message;
    data.elapsedMs = timer.elapsed();
    return data;
}

int HealthTabResult::count(HealthStatus status) const
{
    return int(
        std::count_if(records.begin(), records.end(), [status](const HealthRecord& r) { return r.status == status; }));
}

} // namespace ul
