// SPDX-License-Identifier: MIT
#include "HealthTabData.h"

#include "db/Workspace.h"
#include "query/ActivityLoader.h"

#include <QElapsedTimer>

#include <algorithm>

namespace ul {

HealthTabData HealthTabData::load(const QString& workspacePath, qint64 metricId, const FilterState& filters,
                                  const HealthOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    HealthTabData data;
    data.filters = filters;
    data.options = options;
    if (filters.range.isEmpty() || metricId == 0)
        return data;
    data.window = HealthWindow::ending(filters.range.to, filters.granularity, options.periods);
    for (Day start : data.window.starts)
        data.periodLabels << periodLabel(start, filters.granularity);
    Workspace ws;
    if (!ws.open(workspacePath, Workspace::OpenMode::ExistingOnly, &data.error))
        return data;
    std::vector<ActivityRow> rows;
    if (!loadActivity(ws.db(), metricId, DateRange{data.window.first(), data.window.end}, &rows, &data.error))
        return data;
    data.records = assessHealth(data.window.series(rows), options);
    data.names = customerNames(ws.db());
    data.elapsedMs = timer.elapsed();
    return data;
}

int HealthTabData::count(HealthStatus status) const
{
    return int(std::count_if(records.begin(), records.end(), [status](const HealthRecord& r) { return r.status == status; }));
}

} // namespace ul
