// SPDX-License-Identifier: MIT
#include "report/UsageTables.h"

#include "core/Granularity.h"
#include "core/StandardColumns.h"

namespace ul {

std::vector<PeriodTotal> periodTotalsOf(const ReportTable& t)
{
    std::vector<PeriodTotal> out;
    const bool hasActive = t.columnIndex(cols::activeCustomers) >= 0;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        PeriodTotal p;
        p.label = t.text(r, cols::period);
        p.start = periodStartOfLabel(p.label).value_or(0);
        p.value = t.number(r, cols::value).value_or(0);
        if (hasActive)
            p.activeCustomers = qint64(t.number(r, cols::activeCustomers).value_or(0));
        p.partial = t.text(r, cols::partial) == QLatin1String("true");
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<std::optional<double>> changesOf(const ReportTable& t) { return t.numbers(cols::changePct); }

std::vector<HistogramBin> histogramOf(const ReportTable& t)
{
    std::vector<HistogramBin> out;
    for (size_t r = 0; r < t.rows.size(); ++r)
        out.push_back({t.number(r, cols::binStart).value_or(0), t.number(r, cols::binEnd).value_or(0),
                       qint64(t.number(r, cols::count).value_or(0))});
    return out;
}

std::vector<RankedCustomer> rankingOf(const ReportTable& t)
{
    std::vector<RankedCustomer> out;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        RankedCustomer c;
        c.rank = int(t.number(r, cols::rank).value_or(0));
        c.customer = t.text(r, cols::customer);
        c.value = t.number(r, cols::value).value_or(0);
        c.sharePct = t.number(r, cols::sharePct);
        out.push_back(std::move(c));
    }
    return out;
}

UsageKpis usageKpisOf(const ReportTable& t)
{
    UsageKpis k;
    k.total = t.figureNumber(figures::total).value_or(0);
    k.previousTotal = t.figureNumber(figures::previousTotal).value_or(0);
    k.changePct = t.figureNumber(figures::changePct);
    k.previousComplete = t.figureText(figures::previousComplete) == QLatin1String("true");
    k.activeCustomers = qint64(t.figureNumber(figures::activeCustomers).value_or(0));
    k.newCustomers = qint64(t.figureNumber(figures::newCustomers).value_or(0));
    k.avgPerActiveCustomer = t.figureNumber(figures::avgPerActiveCustomer);
    k.topCustomerSharePct = t.figureNumber(figures::topCustomerSharePct);
    k.topDecileSharePct = t.figureNumber(figures::topDecileSharePct);
    return k;
}

} // namespace ul
