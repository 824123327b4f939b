// SPDX-License-Identifier: MIT
#include "RevenueTabData.h"

#include "db/Workspace.h"
#include "query/ActivityLoader.h"
#include "revenue/MonthIndex.h"

#include <QElapsedTimer>

namespace ul {

RevenueTabData RevenueTabData::load(const QString& workspacePath, const QString& dataset, const FilterState& filters,
                                    const RevenueSettings& settings)
{
    QElapsedTimer timer;
    timer.start();
    RevenueTabData data;
    data.filters = filters;
    data.analysis.settings = settings;
    if (!filters.range.isEmpty()) {
        data.months.from = monthOfDay(filters.range.from);
        data.months.to = monthOfDay(filters.range.to);
    }
    // A connection belongs to one thread: each job opens its own (cheap with WAL).
    Workspace ws;
    if (!ws.open(workspacePath, Workspace::OpenMode::ExistingOnly, &data.error))
        return data;
    const std::optional<MetricInfo> metric = amountMetric(ws.db(), dataset, {}, &data.error);
    if (!metric)
        return data;
    std::vector<ActivityRow> rows;
    if (!loadActivity(ws.db(), metric->id, std::nullopt, &rows, &data.error))
        return data;
    const std::vector<Invoice> invoices = invoicesFromActivity(rows);
    data.invoiceCount = int(invoices.size());
    data.analysis = analyzeRevenue(invoices, numericAttributes(ws.db()), settings);
    data.elapsedMs = timer.elapsed();
    return data;
}

std::vector<int> RevenueTabData::visibleMonths() const
{
    std::vector<int> out;
    const MrrSeries& s = analysis.series;
    for (int m = s.firstMonth; !s.isEmpty() && m <= s.lastMonth(); ++m)
        if (months.contains(m))
            out.push_back(m);
    return out;
}

} // namespace ul
