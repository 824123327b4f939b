// SPDX-License-Identifier: MIT
// One customer's trends (or all customers' when no customer is named), for every metric of the
// dataset: per period, month over month, and year to date against the year before.
#include "report/ViewRegistry.h"

#include "core/StandardColumns.h"
#include "report/YearToDate.h"

namespace ul {

namespace {

ReportCell optionalCell(const std::optional<double>& v) { return v ? ReportCell(*v) : ReportCell(); }

/// Calls `visit(metric, query)` for every metric of the request's dataset.
template <typename Visit>
bool forEachMetric(ReportContext& ctx, const ReportRequest& request, ReportError* error, Visit visit)
{
    const DatasetInfo* dataset = ctx.dataset(request.dataset, error);
    if (!dataset)
        return false;
    for (const MetricInfo& metric : dataset->metrics) {
        UsageQuery q;
        if (!ctx.usageQuery(metric, request, &q, error) || !visit(metric, q))
            return false;
    }
    return true;
}

/// Month totals of `range` for the query's metric and customer.
const std::vector<PeriodTotal>* monthTotals(ReportContext& ctx, UsageQuery q, const DateRange& range,
                                            ReportError* error)
{
    q.granularity = Granularity::Month;
    q.range = range;
    return ctx.totals(q, error);
}

} // namespace

bool customerTotalsReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    out->columns = {cols::metric, cols::period, cols::value};
    return forEachMetric(ctx, request, error, [&](const MetricInfo& metric, const UsageQuery& q) {
        const std::vector<PeriodTotal>* totals = ctx.totals(q, error);
        if (!totals)
            return false;
        for (const PeriodTotal& p : *totals)
            out->addRow({metric.key, p.label, p.value});
        return true;
    });
}

bool customerMonthsReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    out->columns = {cols::metric, cols::month, cols::value, cols::changePct};
    return forEachMetric(ctx, request, error, [&](const MetricInfo& metric, const UsageQuery& q) {
        const std::vector<PeriodTotal>* months = monthTotals(ctx, q, q.range, error);
        if (!months)
            return false;
        const auto change = changeFromTotals(*months);
        for (size_t i = 0; i < months->size(); ++i)
            out->addRow({metric.key, (*months)[i].label, (*months)[i].value, optionalCell(change[i])});
        return true;
    });
}

bool customerYoyReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    out->columns = {cols::metric, cols::month, cols::previousYear, cols::currentYear, cols::compared};
    return forEachMetric(ctx, request, error, [&](const MetricInfo& metric, const UsageQuery& q) {
        const std::optional<YearOverYear> yoy = yearOverYearOf(ctx, metric, q, error);
        if (!yoy)
            return false;
        for (int m = 0; m < 12 && yoy->year > 0; ++m) {
            out->addRow({metric.key, QStringLiteral("%1-%2").arg(yoy->year).arg(m + 1, 2, 10, QLatin1Char('0')),
                         optionalCell(yoy->previous[size_t(m)]), optionalCell(yoy->current[size_t(m)]),
                         yoy->compared[size_t(m)] ? QStringLiteral("true") : QStringLiteral("false")});
        }
        return true;
    });
}

bool customerYtdReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    out->columns = {cols::metric, cols::year, cols::yearToDate, cols::currentYtd, cols::previousYtd, cols::changePct};
    return forEachMetric(ctx, request, error, [&](const MetricInfo& metric, const UsageQuery& q) {
        const std::optional<YearOverYear> yoy = yearOverYearOf(ctx, metric, q, error);
        if (!yoy)
            return false;
        if (yoy->year > 0)
            out->addRow({metric.key, double(yoy->year), yoy->yearToDate, yoy->currentYtd, yoy->previousYtd,
                         optionalCell(yoy->changePct)});
        return true;
    });
}

} // namespace ul
