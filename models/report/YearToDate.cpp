// SPDX-License-Identifier: MIT
#include "report/YearToDate.h"

#include "query/DatasetCatalog.h"

namespace ul {

namespace {

/// The metric's total over `span` (inside one calendar year: one yearly period).
std::optional<double> spanTotal(ReportContext& ctx, UsageQuery q, const std::optional<DateRange>& span,
                                ReportError* error)
{
    if (!span)
        return 0.0;
    q.range = *span;
    q.granularity = Granularity::Year;
    const std::vector<PeriodTotal>* totals = ctx.totals(q, error);
    if (!totals)
        return std::nullopt;
    double sum = 0;
    for (const PeriodTotal& t : *totals)
        sum += t.value;
    return sum;
}

} // namespace

std::optional<YearOverYear> yearOverYearOf(ReportContext& ctx, const MetricInfo& metric, const UsageQuery& q,
                                           ReportError* error)
{
    if (q.range.isEmpty())
        return YearOverYear{};
    UsageQuery monthly = q;
    monthly.granularity = Granularity::Month;
    monthly.range = yearToDate(q.range.to);
    const std::vector<PeriodTotal>* current = ctx.totals(monthly, error);
    if (!current)
        return std::nullopt;
    const std::vector<PeriodTotal> currentMonths = *current; // the next query may rehash the cache
    monthly.range = previousYearToDate(q.range.to);
    const std::vector<PeriodTotal>* previous = ctx.totals(monthly, error);
    if (!previous)
        return std::nullopt;
    QString ignored;
    const DateRange coverage = metricDataRange(ctx.db(), metric.id, &ignored).value_or(DateRange{});
    YearOverYear yoy = compareYearToDate(q.range.to, coverage, currentMonths, *previous);
    if (metric.kind == QLatin1String("sum"))
        return yoy; // sums of months are the span's sum
    const YearToDateSpans spans = yearToDateSpans(q.range.to, yoy);
    const auto ytd = spanTotal(ctx, q, spans.yearToDate, error);
    const auto cur = ytd ? spanTotal(ctx, q, spans.current, error) : std::nullopt;
    const auto prev = cur ? spanTotal(ctx, q, spans.previous, error) : std::nullopt;
    if (!prev)
        return std::nullopt;
    setYearToDateTotals(yoy, *ytd, *cur, *prev);
    return yoy;
}

} // namespace ul
