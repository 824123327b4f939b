// SPDX-License-Identifier: MIT
#include "report/UsageReports.h"

#include "query/UsageViews.h"

namespace ul {

namespace {
ReportCell optionalCell(const std::optional<double>& v)
{
    return v ? ReportCell(*v) : ReportCell();
}
} // namespace

QStringList usageViewNames()
{
    return {QStringLiteral("totals"), QStringLiteral("cumulative"), QStringLiteral("change"),
            QStringLiteral("histogram"), QStringLiteral("top"), QStringLiteral("top-new"), QStringLiteral("kpis")};
}

bool usageReport(SqliteConnection& db, const UsageQuery& q, const QString& view, ReportTable* out, QString* error)
{
    *out = {};
    out->name = view;
    if (view == QLatin1String("totals") || view == QLatin1String("cumulative") || view == QLatin1String("change")) {
        std::vector<PeriodTotal> totals;
        if (!totalsView(db, q, &totals, error))
            return false;
        if (view == QLatin1String("totals")) {
            out->columns = {QStringLiteral("period"), QStringLiteral("value"), QStringLiteral("active_customers")};
            for (const auto& p : totals)
                out->addRow({p.label, p.value, double(p.activeCustomers)});
        } else if (view == QLatin1String("cumulative")) {
            out->columns = {QStringLiteral("period"), QStringLiteral("value")};
            for (const auto& p : cumulativeFromTotals(totals))
                out->addRow({p.label, p.value});
        } else {
            out->columns = {QStringLiteral("period"), QStringLiteral("value"), QStringLiteral("change_pct")};
            const auto change = changeFromTotals(totals);
            for (size_t i = 0; i < totals.size(); ++i)
                out->addRow({totals[i].label, totals[i].value, optionalCell(change[i])});
        }
        return true;
    }
    if (view == QLatin1String("histogram")) {
        std::vector<HistogramBin> bins;
        if (!histogramView(db, q, &bins, error))
            return false;
        out->columns = {QStringLiteral("bin_start"), QStringLiteral("bin_end"), QStringLiteral("count")};
        for (const auto& b : bins)
            out->addRow({b.start, b.end, double(b.count)});
        return true;
    }
    if (view == QLatin1String("top") || view == QLatin1String("top-new")) {
        std::vector<RankedCustomer> ranked;
        if (!topView(db, q, view == QLatin1String("top-new"), &ranked, error))
            return false;
        out->columns = {QStringLiteral("rank"), QStringLiteral("customer"), QStringLiteral("value"), QStringLiteral("share_pct")};
        for (const auto& r : ranked)
            out->addRow({double(r.rank), r.customer, r.value, r.sharePct});
        return true;
    }
    if (view == QLatin1String("kpis")) {
        UsageKpis k;
        if (!kpisView(db, q, &k, error))
            return false;
        out->columns = {QStringLiteral("kpi"), QStringLiteral("value")};
        out->addRow({QStringLiteral("total"), k.total});
        out->addRow({QStringLiteral("previous_total"), k.previousTotal});
        out->addRow({QStringLiteral("change_pct"), optionalCell(k.changePct)});
        out->addRow({QStringLiteral("active_customers"), double(k.activeCustomers)});
        out->addRow({QStringLiteral("new_customers"), double(k.newCustomers)});
        out->addRow({QStringLiteral("avg_per_active_customer"), optionalCell(k.avgPerActiveCustomer)});
        out->addRow({QStringLiteral("top_customer_share_pct"), optionalCell(k.topCustomerSharePct)});
        out->addRow({QStringLiteral("top_decile_share_pct"), optionalCell(k.topDecileSharePct)});
        return true;
    }
    *error = QStringLiteral("unknown view '%1'").arg(view);
    return false;
}

} // namespace ul
