// SPDX-License-Identifier: MIT
// The analyst's toolkit: the customer × period matrix (pivot), the distribution of customers'
// or periods' totals, and registrations by the period accounts were created in. Columns are
// documented in the README ("The analyst's toolkit").
#include "report/Pivot.h"
#include "report/ViewRegistry.h"

#include "core/Quantiles.h"
#include "core/StandardColumns.h"
#include "query/DatasetCatalog.h"

#include <algorithm>
#include <cmath>

namespace ul {

bool pivotReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    const std::optional<MetricInfo> metric = ctx.requestedMetric(request, QStringLiteral("pivot"), error);
    return metric && pivotTable(ctx, *metric, request, out, error);
}

namespace {

/// Whether a customer's total takes part under --min-total / --max-total.
bool withinTotals(const ReportRequest& request, double total)
{
    return (!request.minTotal || total >= *request.minTotal) && (!request.maxTotal || total <= *request.maxTotal);
}

} // namespace

bool distributionReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    const std::optional<MetricInfo> metric = ctx.requestedMetric(request, QStringLiteral("distribution"), error);
    UsageQuery q;
    if (!metric || !ctx.usageQuery(*metric, request, &q, error))
        return false;
    FactStore& store = ctx.store();
    QString message;
    const std::optional<MetricKind> kind = store.metricKind(metric->id, &message);
    const std::optional<Precision> stored = kind ? store.precision(metric->id, &message) : std::nullopt;
    if (!stored) {
        *error = ReportError::runtime(message);
        return false;
    }
    // Ratios read as floating numbers whatever their parts are; sums of exact metrics add up
    // exactly, so the `sum` row is the exact decimal the other views print.
    const Precision p = kind->kind == MetricKind::Ratio ? Precision{false, 0} : *stored;
    std::vector<double> values;
    RawValue exactSum = 0;
    bool exact = p.exact && kind->kind == MetricKind::Sum;
    QStringList leftOut;
    if (request.distributionOfPeriods) {
        std::vector<PeriodAggregate> periods;
        if (!store.periodTotals(metric->id, q.granularity, q.range, std::nullopt, &periods, &message)) {
            *error = ReportError::runtime(message);
            return false;
        }
        const std::optional<DateRange> data = store.dataRange(metric->id, &message);
        for (const PeriodAggregate& a : periods) {
            const Day end = nextPeriodStart(a.start, q.granularity) - 1;
            // A period covered in part would read as a low one: it is named and left out.
            if (a.partial || (data && (a.start < data->from || end > data->to))) {
                leftOut << periodLabel(a.start, q.granularity);
                continue;
            }
            const double v = rawToDouble(p, a.value);
            if (!std::isfinite(v))
                continue;
            values.push_back(v);
            exact = exact && !__builtin_add_overflow(exactSum, a.value, &exactSum);
        }
    } else {
        std::vector<CustomerTotal> totals;
        if (!store.customerTotals(metric->id, q.range,
                                  q.customer ? std::optional<quint32>(quint32(*q.customer)) : std::nullopt, &totals,
                                  &message)) {
            *error = ReportError::runtime(message);
            return false;
        }
        for (const CustomerTotal& t : totals) {
            const double v = rawToDouble(p, t.value);
            if (!std::isfinite(v) || !withinTotals(request, v))
                continue;
            values.push_back(v);
            exact = exact && !__builtin_add_overflow(exactSum, t.value, &exactSum);
        }
    }
    const SampleStats s = sampleStats(values);
    Column stat(QStringLiteral("stat"));
    stat.kind = ColumnKind::Id;
    out->columns = {stat, cols::value};
    const auto row = [&](const char* stat, ReportCell value) { out->addRow({QString::fromLatin1(stat), value}); };
    const bool any = s.count > 0;
    const auto number = [any](double v) { return any ? ReportCell(v) : ReportCell(); };
    row("count", double(s.count));
    row("sum", exact ? ReportCell(Decimal{exactSum, p.scale}) : ReportCell(s.sum));
    row("mean", number(s.mean));
    row("std", s.count > 1 ? ReportCell(s.std) : ReportCell());
    row("min", number(s.min));
    row("p01", number(s.p01));
    row("p05", number(s.p05));
    row("p10", number(s.p10));
    row("p25", number(s.p25));
    row("p50", number(s.p50));
    row("p75", number(s.p75));
    row("p90", number(s.p90));
    row("p95", number(s.p95));
    row("p99", number(s.p99));
    row("max", number(s.max));
    row("iqr", number(s.iqr));
    row("outliers_low", double(s.outliersLow));
    row("outliers_high", double(s.outliersHigh));
    out->setMeta(QStringLiteral("of"),
                 request.distributionOfPeriods ? QStringLiteral("periods") : QStringLiteral("customers"));
    if (!leftOut.isEmpty())
        out->setMeta(QStringLiteral("partial_periods_left_out"), leftOut.join(QLatin1Char(' ')));
    return true;
}

bool registrationsReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    // The dataset of the metric when one is named, else the request's (or the default) one.
    const DatasetInfo* dataset = nullptr;
    if (!request.metric.isEmpty()) {
        const std::optional<MetricInfo> metric = ctx.requestedMetric(request, QStringLiteral("registrations"), error);
        if (!metric)
            return false;
        dataset = ctx.dataset(metric->dataset, error);
    } else {
        dataset = ctx.dataset(request.dataset, error);
    }
    if (!dataset)
        return false;
    QString message;
    const std::vector<Day> created = accountCreationDays(ctx.db(), dataset->id, &message);
    if (!message.isEmpty()) {
        *error = ReportError::runtime(message);
        return false;
    }
    if (created.empty()) {
        *error = ReportError::runtime(
            QStringLiteral("dataset '%1' has no account creation dates: import its creation column with "
                           "--map created=COLUMN")
                .arg(dataset->name));
        return false;
    }
    // Every account created in the range counts, active or not; the range defaults to the
    // creation days themselves.
    const auto [first, last] = std::minmax_element(created.begin(), created.end());
    const DateRange range{request.from.value_or(*first), request.to.value_or(*last)};
    if (const QString tooMany = checkPeriodCount(range, request.granularity); !tooMany.isEmpty()) {
        *error = ReportError::usage(tooMany);
        return false;
    }
    Column registrations(QStringLiteral("registrations"));
    registrations.kind = ColumnKind::Count;
    out->columns = {cols::period, registrations, cols::partial};
    if (range.isEmpty())
        return true;
    std::vector<Day> starts;
    for (Day s = periodStart(range.from, request.granularity); s <= range.to;
         s = nextPeriodStart(s, request.granularity))
        starts.push_back(s);
    std::vector<qint64> counts(starts.size(), 0);
    for (const Day d : created) {
        if (!range.contains(d))
            continue;
        const auto it = std::upper_bound(starts.begin(), starts.end(), d);
        ++counts[size_t(it - starts.begin()) - 1];
    }
    for (size_t i = 0; i < starts.size(); ++i) {
        const bool partial = starts[i] < range.from || nextPeriodStart(starts[i], request.granularity) - 1 > range.to;
        out->addRow({periodLabel(starts[i], request.granularity), double(counts[i]),
                     partial ? QStringLiteral("true") : QStringLiteral("false")});
    }
    return true;
}

} // namespace ul
