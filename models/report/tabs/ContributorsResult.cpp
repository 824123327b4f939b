// SPDX-License-Identifier: MIT
#include "report/tabs/ContributorsResult.h"

#include "db/ThreadWorkspace.h"
#include "report/ReportContext.h"
#include "report/ViewRegistry.h"

namespace ul {

ContributorsResult ContributorsResult::load(const QString& workspacePath, const ReportRequest& request)
{
    ContributorsResult result;
    Workspace* ws = threadWorkspace(workspacePath, &result.error);
    if (!ws)
        return result;
    ReportContext context(ws->db());
    ReportError error;
    if (!runReportView(context, QStringLiteral("contributors"), request, &result.table, &error)) {
        result.error = error.message;
        return result;
    }
    if (const std::optional<MetricInfo> metric = context.segmentMetric(request, QStringLiteral("contributors"),
                                                                       &error)) {
        ReportRequest whole = request;
        whole.from.reset();
        whole.to.reset();
        const DateRange data = context.effectiveRange(*metric, whole);
        if (!data.isEmpty())
            result.data = data;
    }
    return result;
}

} // namespace ul
