// SPDX-License-Identifier: MIT
// Forecasts and their track record: a metric's total per period (Metric tabs) and Revenue's MRR
// by month, each with the rolling-origin backtest of the same procedure. Columns and models are
// documented in the README ("Forecasts").
#include "report/ViewRegistry.h"

#include "forecast/ForecastPeriods.h"
#include "report/ForecastTables.h"
#include "revenue/MonthIndex.h"

namespace ul {

namespace {

QString granularityName(Granularity g)
{
    switch (g) {
    case Granularity::Day: return QStringLiteral("daily");
    case Granularity::Week: return QStringLiteral("weekly");
    case Granularity::Month: return QStringLiteral("monthly");
    case Granularity::Quarter: return QStringLiteral("quarterly");
    case Granularity::Year: return QStringLiteral("yearly");
    }
    return {};
}

/// --horizon, or the granularity's default; a usage error outside 1..maxForecastHorizon(g).
bool horizonOf(const ReportRequest& request, Granularity g, int* out, ReportError* error)
{
    const int h = request.horizon ? request.horizon : defaultForecastHorizon(g);
    if (h < 1 || h > maxForecastHorizon(g)) {
        *error = ReportError::usage(QStringLiteral("--horizon takes 1 to %1 for %2 periods, got %3")
                                        .arg(maxForecastHorizon(g))
                                        .arg(granularityName(g))
                                        .arg(h));
        return false;
    }
    *out = h;
    return true;
}

/// The metric's totals per period in range (one customer's with --customer).
bool metricHistory(ReportContext& ctx, const ReportRequest& request, ForecastHistory* out, ReportError* error)
{
    const std::optional<MetricInfo> metric = ctx.valueMetric(request, error);
    UsageQuery q;
    if (!metric || !ctx.usageQuery(*metric, request, &q, error))
        return false;
    const std::vector<PeriodTotal>* totals = ctx.totals(q, error);
    if (!totals)
        return false;
    const Granularity g = request.granularity;
    for (const PeriodTotal& p : *totals) {
        out->labels << p.label;
        out->cells.push_back(numberCell(p.value, p.exact));
        out->values.push_back(p.value);
        out->partial.push_back(p.partial);
    }
    out->season = seasonLength(g);
    const Day last = totals->empty() ? periodStart(std::max(q.range.to, q.range.from), g) : totals->back().start;
    out->labelAfter = [last, g](int k) {
        Day start = last;
        for (int i = 0; i < k; ++i)
            start = nextPeriodStart(start, g);
        return periodLabel(start, g);
    };
    return true;
}

/// Revenue's MRR by month in range; months the invoices or the range cover in part are partial.
bool mrrHistory(ReportContext& ctx, const ReportRequest& request, const QString& view, ForecastHistory* out,
                ReportError* error)
{
    // The same analysis as the mrr view: a billing export's subscription MRR in the request's
    // currency, or the amount metric's.
    const RevenueAnalysis* a = ctx.revenueFor(request, view, error);
    if (!a)
        return false;
    const MonthFilter filter = monthFilterOf(request);
    int lastMonth = a->series.isEmpty() ? 0 : a->series.lastMonth();
    for (int m = a->series.firstMonth; !a->series.isEmpty() && m <= a->series.lastMonth(); ++m) {
        if (!filter.contains(m))
            continue;
        const double mrr = fromMicros(a->series.at(m));
        out->labels << monthLabel(m);
        out->cells.push_back(mrr);
        out->values.push_back(mrr);
        out->partial.push_back(!monthIsComplete(*a, m, request.from, request.to));
        lastMonth = m;
    }
    out->season = seasonLength(Granularity::Month);
    out->labelAfter = [lastMonth](int k) { return monthLabel(lastMonth + k); };
    return true;
}

} // namespace

bool forecastReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    ForecastHistory history;
    int horizon = 0;
    if (!horizonOf(request, request.granularity, &horizon, error) || !metricHistory(ctx, request, &history, error))
        return false;
    *out = forecastTable(history, horizon, maxFitPeriods(request.granularity));
    return true;
}

bool forecastAccuracyReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    ForecastHistory history;
    int horizon = 0;
    if (!horizonOf(request, request.granularity, &horizon, error) || !metricHistory(ctx, request, &history, error))
        return false;
    *out = forecastAccuracyTable(history, horizon, maxFitPeriods(request.granularity));
    return true;
}

bool mrrForecastReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    ForecastHistory history;
    int horizon = 0;
    if (!horizonOf(request, Granularity::Month, &horizon, error)
        || !mrrHistory(ctx, request, QStringLiteral("mrr-forecast"), &history, error))
        return false;
    *out = forecastTable(history, horizon, maxFitPeriods(Granularity::Month));
    return true;
}

bool mrrForecastAccuracyReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out,
                                   ReportError* error)
{
    ForecastHistory history;
    int horizon = 0;
    if (!horizonOf(request, Granularity::Month, &horizon, error)
        || !mrrHistory(ctx, request, QStringLiteral("mrr-forecast-accuracy"), &history, error))
        return false;
    *out = forecastAccuracyTable(history, horizon, maxFitPeriods(Granularity::Month));
    return true;
}

} // namespace ul
