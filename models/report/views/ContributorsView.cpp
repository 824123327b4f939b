// SPDX-License-Identifier: MIT
// contributors: the customers behind one period's change, largest absolute change first
// (`report --view contributors --period 2022-10`). The window's drill-down shows the same table.
#include "report/ViewRegistry.h"

#include "core/StandardColumns.h"

#include "query/Contributors.h"
#include "revenue/MonthIndex.h"

#include <cstdlib>

namespace ul {

namespace {

/// The granularity a period label names; a day label is a week start when weeks are asked for.
std::optional<Granularity> granularityOfLabel(const QString& label, Granularity requested)
{
    if (label.size() == 4)
        return Granularity::Year;
    if (label.contains(QLatin1Char('Q')))
        return Granularity::Quarter;
    if (label.size() == 7)
        return Granularity::Month;
    if (label.size() == 10)
        return requested == Granularity::Week ? Granularity::Week : Granularity::Day;
    return std::nullopt;
}

ReportCell valueCell(double value, const std::optional<Decimal>& exact) { return numberCell(value, exact); }

/// A billing export's month: the customers whose subscription MRR changed into it (the Revenue
/// tab's click on MRR or its movements), by the same money rules as the revenue views.
bool mrrContributors(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    const RevenueAnalysis* a = ctx.revenueFor(request, QStringLiteral("contributors"), error);
    if (!a)
        return false;
    out->columns = {cols::customer, cols::value, cols::previous, cols::change, cols::changeSharePct};
    if (a->series.isEmpty())
        return true;
    std::optional<int> month = request.period.isEmpty() ? std::nullopt : parseMonth(request.period);
    if (!request.period.isEmpty() && (!month || request.period.size() != 7)) {
        *error = ReportError::usage(
            QStringLiteral("--period expects a month such as 2022-10 for MRR, got '%1'").arg(request.period));
        return false;
    }
    if (!month) // the last complete month, as the key figures
        for (int m = a->series.firstMonth; m <= a->series.lastMonth(); ++m)
            if (monthIsComplete(*a, m, request.from, request.to))
                month = m;
    if (!month)
        return true;
    const std::optional<int> cohort = request.cohort.isEmpty() ? std::nullopt : parseMonth(request.cohort);
    struct Row {
        qint64 customer;
        Micros value, previous;
    };
    std::vector<Row> rows;
    Micros total = 0;
    for (const CustomerMrr& c : a->series.customers) {
        const Micros value = c.at(*month), previous = c.at(*month - 1);
        if ((value == 0 && previous == 0) || (cohort && c.firstRevenueMonth() != cohort))
            continue;
        rows.push_back({c.customer, value, previous});
        total += value - previous;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
        return std::abs(x.value - x.previous) > std::abs(y.value - y.previous);
    });
    const QHash<qint64, QString>& names = ctx.customerNames();
    for (const Row& r : rows) {
        const Micros change = r.value - r.previous;
        out->addRow({names.value(r.customer, QString::number(r.customer)), fromMicros(r.value), fromMicros(r.previous),
                     fromMicros(change),
                     total != 0 ? ReportCell(double(change) / double(total) * 100.0) : ReportCell()});
    }
    return true;
}

} // namespace

bool contributorsReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    // A billing export without --metric: who changed the month's subscription MRR.
    if (request.metric.isEmpty() && !request.dataset.isEmpty()) {
        ReportError ignored;
        if (const DatasetInfo* d = ctx.dataset(request.dataset, &ignored); d && d->billing)
            return mrrContributors(ctx, request, out, error);
    }
    // --metric, else the money of an invoices dataset, else its first metric (as segments).
    const std::optional<MetricInfo> metric = ctx.segmentMetric(request, QStringLiteral("contributors"), error);
    UsageQuery q;
    if (!metric || !ctx.usageQuery(*metric, request, &q, error))
        return false;
    Day period = 0;
    if (request.period.isEmpty()) {
        // The last whole period: a cut one would compare half a month with a whole one.
        if (q.range.isEmpty())
            return true;
        period = periodStart(ctx.lastCompleteDay(*metric, q.range, q.granularity), q.granularity);
    } else {
        const std::optional<Day> start = periodStartOfLabel(request.period);
        const std::optional<Granularity> g = granularityOfLabel(request.period, request.granularity);
        if (!start || !g || periodStart(*start, *g) != *start) {
            *error = ReportError::usage(
                QStringLiteral("--period expects a period label such as 2022-10, 2022-Q4, 2022 or a week's Monday "
                               "(2022-10-17 with --granularity week), got '%1'")
                    .arg(request.period));
            return false;
        }
        q.granularity = *g;
        period = *start;
    }
    std::optional<Day> cohort;
    if (!request.cohort.isEmpty()) {
        const std::optional<int> month = parseMonth(request.cohort);
        if (!month || request.cohort.size() != 7) {
            *error = ReportError::usage(
                QStringLiteral("--cohort expects a month such as 2022-10, got '%1'").arg(request.cohort));
            return false;
        }
        cohort = firstDayOfMonth(*month);
    }
    PeriodContributors result;
    QString message;
    if (!contributorsView(ctx.customers(), ctx.store(), q, period, &result, &message, cohort)) {
        *error = ReportError::runtime(message);
        return false;
    }
    out->columns = {cols::customer, cols::value, cols::previous, cols::change, cols::changeSharePct};
    for (const Contributor& c : result.rows)
        out->addRow({c.customer, valueCell(c.value, c.exactValue), valueCell(c.previous, c.exactPrevious),
                     valueCell(c.change, c.exactChange),
                     c.changeSharePct ? ReportCell(*c.changeSharePct) : ReportCell()});
    return true;
}

} // namespace ul
