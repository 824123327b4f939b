// SPDX-License-Identifier: MIT
#include "RevenueTabData.h"

#include "db/ThreadWorkspace.h"

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
    ReportRequest request = toRequest(filters);
    request.dataset = dataset;
    request.revenue = settings;
    data.months = monthFilterOf(request);
    // A connection belongs to one thread: each job opens its own (cheap with WAL).
    Workspace* ws = threadWorkspace(workspacePath, &data.error);
    if (!ws)
        return data;
    ReportContext context(ws->db());
    ReportError error;
    const std::optional<MetricInfo> amount = context.amountMetric(request, QStringLiteral("revenue"), &error);
    const RevenueAnalysis* analysis = amount ? context.revenue(*amount, settings, &error) : nullptr;
    if (!analysis) {
        data.error = error.message;
        return data;
    }
    data.analysis = *analysis;
    data.invoiceCount = int(analysis->invoiceCount);
    // The views read the same analysis from the context: computed once.
    data.results = TabResults::run(context, request, TabGroup::Revenue);
    data.error = data.results.error.message;
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
