// SPDX-License-Identifier: MIT
#include "report/ComparedTotals.h"

namespace ul {

std::optional<MetricInfo> comparedMetric(ReportContext& ctx, const ReportRequest& request, ReportError* error)
{
    ReportRequest other = request;
    other.metric = request.compare.metric;
    std::optional<MetricInfo> metric = ctx.requestedMetric(other, QStringLiteral("totals"), error);
    if (!metric)
        error->message = QStringLiteral("--compare: %1").arg(error->message);
    return metric;
}

bool comparedTotals(ReportContext& ctx, const ReportRequest& request, const UsageQuery& q, size_t periods,
                    std::vector<PeriodTotal>* out, ReportError* error)
{
    out->clear();
    UsageQuery compared = q;
    if (request.compare.kind == Comparison::Kind::Metric) {
        const std::optional<MetricInfo> metric = comparedMetric(ctx, request, error);
        if (!metric || !ctx.usageQuery(*metric, request, &compared, error))
            return false;
        if (compared.datasetId != q.datasetId) {
            *error = ReportError::usage(QStringLiteral("--compare %1: a metric of another dataset (compare within one)")
                                            .arg(request.compare.metric));
            return false;
        }
        compared.range = q.range; // its own data may span other days: the periods must match
    } else {
        compared.range = comparedRange(q.range, q.granularity, int(periods), request.compare.kind);
    }
    const std::vector<PeriodTotal>* totals = ctx.totals(compared, error);
    if (!totals)
        return false;
    *out = *totals;
    out->resize(periods); // equal by construction; never index past the periods shown
    return true;
}

} // namespace ul
