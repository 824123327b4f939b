// SPDX-License-Identifier: MIT
// pareto: every customer by total in range, largest first, with the running share of the
// total, to see how few customers make most of the usage.
#include "report/ViewRegistry.h"

#include "core/StandardColumns.h"

#include <limits>

namespace ul {

bool paretoReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    const std::optional<MetricInfo> metric = ctx.requestedMetric(request, QStringLiteral("pareto"), error);
    UsageQuery q;
    if (!metric || !ctx.usageQuery(*metric, request, &q, error))
        return false;
    q.top = std::numeric_limits<int>::max(); // every customer, ranked as `top` ranks them
    std::vector<RankedCustomer> ranked;
    QString message;
    if (!topView(ctx.customers(), ctx.store(), q, false, &ranked, &message)) {
        *error = ReportError::runtime(message);
        return false;
    }
    out->columns = {cols::rank, cols::customer, cols::value, cols::cumulativeSharePct};
    std::optional<double> cumulative = 0.0;
    for (const RankedCustomer& r : ranked) {
        cumulative = cumulative && r.sharePct ? std::optional(*cumulative + *r.sharePct) : std::nullopt;
        out->addRow({double(r.rank), r.customer, numberCell(r.value, r.exact),
                     cumulative ? ReportCell(std::min(*cumulative, 100.0)) : ReportCell()});
    }
    return true;
}

} // namespace ul
