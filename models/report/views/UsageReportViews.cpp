// SPDX-License-Identifier: MIT
// The usage views of one metric: totals over time, running total, change, distribution,
// rankings and headline figures. Columns are documented in the README.
#include "report/ViewRegistry.h"

#include "core/StandardColumns.h"
#include "query/ActivityMovements.h"
#include "report/Breakdown.h"
#include "report/ComparedTotals.h"

namespace ul {

namespace {

ReportCell optionalCell(const std::optional<double>& v) { return v ? ReportCell(*v) : ReportCell(); }

ReportCell partialCell(const PeriodTotal& p) { return p.partial ? QStringLiteral("true") : QStringLiteral("false"); }

/// The usage query of a request whose view needs a metric.
bool prepare(ReportContext& ctx, const ReportRequest& request, const QString& view, UsageQuery* q, ReportError* error)
{
    const std::optional<MetricInfo> metric = ctx.requestedMetric(request, view, error);
    return metric && ctx.usageQuery(*metric, request, q, error);
}

bool rankingView(ReportContext& ctx, const ReportRequest& request, bool newOnly, ReportTable* out, ReportError* error)
{
    UsageQuery q;
    if (!prepare(ctx, request, newOnly ? QStringLiteral("top-new") : QStringLiteral("top"), &q, error))
        return false;
    std::vector<RankedCustomer> ranked;
    QString message;
    if (!topView(ctx.customers(), ctx.store(), q, newOnly, &ranked, &message)) {
        *error = ReportError::runtime(message);
        return false;
    }
    out->columns = {cols::rank, cols::customer, cols::value, cols::sharePct};
    for (const RankedCustomer& r : ranked)
        out->addRow({double(r.rank), r.customer, numberCell(r.value, r.exact), optionalCell(r.sharePct)});
    return true;
}

} // namespace

namespace {

/// `--by COL`: one row per period and value (the largest values first within a period).
bool breakdownReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    const std::optional<MetricInfo> metric = ctx.requestedMetric(request, QStringLiteral("totals"), error);
    std::vector<BreakdownSeries> series;
    QString column;
    if (!metric || !totalsByDimension(ctx, *metric, request, request.by, &series, &column, error))
        return false;
    // The dimension's own column, named by its key.
    out->columns = {cols::period, Column(column), cols::value, cols::activeCustomers, cols::partial};
    const size_t periods = series.empty() ? 0 : series.front().totals.size();
    for (size_t p = 0; p < periods; ++p)
        for (const BreakdownSeries& s : series) {
            const PeriodTotal& t = s.totals[p];
            out->addRow({t.label, s.value, numberCell(t.value, t.exact), double(t.activeCustomers), partialCell(t)});
        }
    return true;
}

} // namespace

bool totalsReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    if (!request.by.isEmpty())
        return breakdownReportView(ctx, request, out, error);
    UsageQuery q;
    if (!prepare(ctx, request, QStringLiteral("totals"), &q, error))
        return false;
    const std::vector<PeriodTotal>* totals = ctx.totals(q, error);
    if (!totals)
        return false;
    out->columns = {cols::period, cols::value, cols::activeCustomers, cols::partial};
    for (const PeriodTotal& p : *totals)
        out->addRow({p.label, numberCell(p.value, p.exact), double(p.activeCustomers), partialCell(p)});
    if (request.compare.kind == Comparison::Kind::None)
        return true;
    // --compare: the compared period beside each one; nothing where the data does not reach it.
    std::vector<PeriodTotal> compared;
    if (!comparedTotals(ctx, request, q, totals->size(), &compared, error))
        return false;
    out->columns << cols::comparePeriod << cols::compareValue << cols::comparePartial;
    for (size_t i = 0; i < compared.size(); ++i) {
        const PeriodTotal& c = compared[i];
        const bool reached = c.coveredTo >= c.coveredFrom;
        out->rows[i].push_back(c.label);
        out->rows[i].push_back(reached ? numberCell(c.value, c.exact) : ReportCell());
        out->rows[i].push_back(partialCell(c));
    }
    return true;
}

bool cumulativeReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    UsageQuery q;
    if (!prepare(ctx, request, QStringLiteral("cumulative"), &q, error))
        return false;
    const std::vector<PeriodTotal>* totals = ctx.totals(q, error);
    if (!totals)
        return false;
    std::vector<PeriodTotal> running;
    QString message;
    if (!runningTotalsView(ctx.store(), q, *totals, &running, &message)) {
        *error = ReportError::runtime(message);
        return false;
    }
    out->columns = {cols::period, cols::value};
    for (const PeriodTotal& p : running)
        out->addRow({p.label, numberCell(p.value, p.exact)});
    return true;
}

bool changeReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    UsageQuery q;
    if (!prepare(ctx, request, QStringLiteral("change"), &q, error))
        return false;
    const std::vector<PeriodTotal>* totals = ctx.totals(q, error);
    if (!totals)
        return false;
    out->columns = {cols::period, cols::value, cols::changePct, cols::partial};
    const auto change = changeFromTotals(*totals);
    for (size_t i = 0; i < totals->size(); ++i)
        out->addRow({(*totals)[i].label, numberCell((*totals)[i].value, (*totals)[i].exact), optionalCell(change[i]),
                     partialCell((*totals)[i])});
    return true;
}

bool histogramReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    UsageQuery q;
    if (!prepare(ctx, request, QStringLiteral("histogram"), &q, error))
        return false;
    std::vector<HistogramBin> bins;
    QString message;
    if (!histogramView(ctx.store(), q, &bins, &message)) {
        *error = ReportError::runtime(message);
        return false;
    }
    out->columns = {cols::binStart, cols::binEnd, cols::count};
    for (const HistogramBin& b : bins)
        out->addRow({b.start, b.end, double(b.count)});
    return true;
}

bool topReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    return rankingView(ctx, request, false, out, error);
}

bool topNewReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    return rankingView(ctx, request, true, out, error);
}

bool kpisReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    UsageQuery q;
    if (!prepare(ctx, request, QStringLiteral("kpis"), &q, error))
        return false;
    UsageKpis k;
    QString message;
    if (!kpisView(ctx.customers(), ctx.store(), q, &k, &message)) {
        *error = ReportError::runtime(message);
        return false;
    }
    out->columns = {cols::kpi, cols::value};
    out->addFigure(figures::total, numberCell(k.total, k.exactTotal));
    out->addFigure(figures::previousTotal, numberCell(k.previousTotal, k.exactPrevious));
    out->addFigure(figures::changePct, optionalCell(k.changePct));
    out->addFigure(figures::previousComplete, k.previousComplete ? QStringLiteral("true") : QStringLiteral("false"));
    out->addFigure(figures::activeCustomers, double(k.activeCustomers));
    out->addFigure(figures::newCustomers, double(k.newCustomers));
    out->addFigure(figures::avgPerActiveCustomer, optionalCell(k.avgPerActiveCustomer));
    out->addFigure(figures::topCustomerSharePct, optionalCell(k.topCustomerSharePct));
    out->addFigure(figures::topDecileSharePct, optionalCell(k.topDecileSharePct));
    return true;
}

bool activityCustomersReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    UsageQuery q;
    if (!prepare(ctx, request, QStringLiteral("customers"), &q, error))
        return false;
    std::vector<ActivityPeriod> periods;
    QString message;
    const CreatedDays* created = request.cohortByCreated ? &ctx.customers().createdDays(q.datasetId) : nullptr;
    if (!activityMovements(ctx.store(), q, &periods, &message, created)) {
        *error = ReportError::runtime(message);
        return false;
    }
    out->columns = {cols::period, cols::active, cols::newCount, cols::churned, cols::reactivated, cols::partial};
    for (const ActivityPeriod& p : periods)
        out->addRow({p.label, double(p.active), double(p.newCustomers), double(p.churned), double(p.reactivated),
                     p.partial ? QStringLiteral("true") : QStringLiteral("false")});
    return true;
}

bool activityCohortsReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    UsageQuery q;
    if (!prepare(ctx, request, QStringLiteral("cohorts"), &q, error))
        return false;
    std::vector<ActivityCohort> cohorts;
    QString message;
    const CreatedDays* created = request.cohortByCreated ? &ctx.customers().createdDays(q.datasetId) : nullptr;
    if (!activityCohorts(ctx.store(), q, &cohorts, &message, created)) {
        *error = ReportError::runtime(message);
        return false;
    }
    out->columns = {cols::cohort, cols::monthsSinceStart, cols::customers, cols::customerRetentionPct,
                    cols::value,  cols::valueRetentionPct};
    // By creation, a cohort is every account created in its month, used or not: retention is
    // over all of them (cohort_size), as product analytics counts sign-up cohorts.
    if (created) {
        Column size(QStringLiteral("cohort_size"));
        size.kind = ColumnKind::Count;
        out->columns << size;
    }
    for (const ActivityCohort& c : cohorts) {
        for (size_t k = 0; k < c.customers.size(); ++k) {
            const double size = created ? double(c.size) : double(c.customers.front());
            std::vector<ReportCell> row{periodLabel(c.month, Granularity::Month),
                                        double(k),
                                        double(c.customers[k]),
                                        size > 0 ? ReportCell(double(c.customers[k]) / size * 100.0) : ReportCell(),
                                        c.values[k],
                                        c.values.front() != 0 ? ReportCell(c.values[k] / c.values.front() * 100.0)
                                                              : ReportCell()};
            if (created)
                row.push_back(double(c.size));
            out->addRow(std::move(row));
        }
    }
    return true;
}

} // namespace ul
