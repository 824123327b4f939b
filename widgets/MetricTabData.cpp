// SPDX-License-Identifier: MIT
#include "MetricTabData.h"

#include "db/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace ul {

MetricTabData MetricTabData::load(const QString& workspacePath, qint64 metricId, const FilterState& filters)
{
    QElapsedTimer timer;
    timer.start();
    MetricTabData data;
    data.filters = filters;
    if (filters.range.isEmpty())
        return data;
    // A connection belongs to one thread: each job opens its own (cheap with WAL).
    Workspace ws;
    if (!ws.open(workspacePath, Workspace::OpenMode::ExistingOnly, &data.error))
        return data;
    UsageQuery q;
    q.metricId = metricId;
    q.datasetId = filters.datasetId;
    q.range = filters.range;
    q.granularity = filters.granularity;
    q.top = filters.top;
    q.newWithinDays = filters.newWithinDays;
    q.customer = filters.customer;
    q.bins = 24;
    // Customer totals are heavy-tailed: linear bins would put nearly everyone in the first bar.
    q.logBins = true;
    QString error;
    if (!totalsView(ws.db(), q, &data.totals, &error) || !kpisView(ws.db(), q, &data.kpis, &error)
        || !histogramView(ws.db(), q, &data.histogram, &error) || !topView(ws.db(), q, false, &data.top, &error)
        || !topView(ws.db(), q, true, &data.topNew, &error)) {
        data.error = error;
        return data;
    }
    data.cumulative = cumulativeFromTotals(data.totals);
    data.change = changeFromTotals(data.totals);
    data.elapsedMs = timer.elapsed();
    return data;
}

} // namespace ul
