// SPDX-License-Identifier: MIT
// One customer's trends (or all customers' when no customer is named), for every metric of the
// dataset: per period, month over month, and year to date against the year before.
#include "report/ViewRegistry.h"

#include "core/StandardColumns.h"

#include "query/YearOverYear.h"

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

/// The year-over-year comparison of a metric as of the query's range end.
std::optional<YearOverYear> yoyOf(ReportContext& ctx, const MetricInfo& metric, const UsageQuery& q, ReportError* error)
{
    if (q.range.isEmpty())
        return YearOverYear{};
    const auto* current = monthTotals(ctx, q, yearToDate(q.range.to), error);
    const auto* previous = current ? monthTotals(ctx, q, previousYearToDate(q.range.to), error) : nullptr;
    if (!previous)
        return std::nullopt;
    QString ignored;
    const DateRange coverage = metricDataRange(ctx.db(), metric.id, &ignored).value_or(DateRange{});
    return compareYearToDate(q.range.to, coverage, *current, *previous);
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
        const std::optional<YearOverYear> yoy = yoyOf(ctx, metric, q, error);
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
        const std::optional<YearOverYear> yoy = yoyOf(ctx, metric, q, error);
        if (!yoy)
            return false;
        if (yoy->year > 0)
            out->addRow(
                {metric.key, double(yoy->year), yoy->currentYtd, yoy->previousYtd, optionalCell(yoy->changePct)});
        return true;
    });
}

} // namespace ul
