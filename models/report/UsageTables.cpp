// SPDX-License-Identifier: MIT
#include "report/UsageTables.h"

#include "query/Granularity.h"

namespace ul {

std::vector<PeriodTotal> periodTotalsOf(const ReportTable& t)
{
    std::vector<PeriodTotal> out;
    const bool hasActive = t.columnIndex(QStringLiteral("active_customers")) >= 0;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        PeriodTotal p;
        p.label = t.text(r, QStringLiteral("period"));
        p.start = periodStartOfLabel(p.label).value_or(0);
        p.value = t.number(r, QStringLiteral("value")).value_or(0);
        if (hasActive)
            p.activeCustomers = qint64(t.number(r, QStringLiteral("active_customers")).value_or(0));
        p.partial = t.text(r, QStringLiteral("partial")) == QLatin1String("true");
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<std::optional<double>> changesOf(const ReportTable& t) { return t.numbers(QStringLiteral("change_pct")); }

std::vector<HistogramBin> histogramOf(const ReportTable& t)
{
    std::vector<HistogramBin> out;
    for (size_t r = 0; r < t.rows.size(); ++r)
        out.push_back({t.number(r, QStringLiteral("bin_start")).value_or(0),
                       t.number(r, QStringLiteral("bin_end")).value_or(0),
                       qint64(t.number(r, QStringLiteral("count")).value_or(0))});
    return out;
}

std::vector<RankedCustomer> rankingOf(const ReportTable& t)
{
    std::vector<RankedCustomer> out;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        RankedCustomer c;
        c.rank = int(t.number(r, QStringLiteral("rank")).value_or(0));
        c.customer = t.text(r, QStringLiteral("customer"));
        c.value = t.number(r, QStringLiteral("value")).value_or(0);
        c.sharePct = t.number(r, QStringLiteral("share_pct"));
        out.push_back(std::move(c));
    }
    return out;
}

UsageKpis usageKpisOf(const ReportTable& t)
{
    UsageKpis k;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const QString key = t.text(r, QStringLiteral("kpi"));
        const std::optional<double> v = t.number(r, QStringLiteral("value"));
        if (key == QLatin1String("total"))
            k.total = v.value_or(0);
        else if (key == QLatin1String("previous_total"))
            k.previousTotal = v.value_or(0);
        else if (key == QLatin1String("change_pct"))
            k.changePct = v;
        else if (key == QLatin1String("previous_complete"))
            k.previousComplete = t.text(r, QStringLiteral("value")) == QLatin1String("true");
        else if (key == QLatin1String("active_customers"))
            k.activeCustomers = qint64(v.value_or(0));
        else if (key == QLatin1String("new_customers"))
            k.newCustomers = qint64(v.value_or(0));
        else if (key == QLatin1String("avg_per_active_customer"))
            k.avgPerActiveCustomer = v;
        else if (key == QLatin1String("top_customer_share_pct"))
            k.topCustomerSharePct = v;
        else if (key == QLatin1String("top_decile_share_pct"))
            k.topDecileSharePct = v;
    }
    return k;
}

} // namespace ul
