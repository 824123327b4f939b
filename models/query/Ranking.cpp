// SPDX-License-Identifier: MIT
#include "query/Ranking.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace ul {

namespace {

constexpr int kMaxTrendPeriods = 36;

Granularity coarser(Granularity g)
{
    switch (g) {
    case Granularity::Day: return Granularity::Week;
    case Granularity::Week: return Granularity::Month;
    case Granularity::Month: return Granularity::Quarter;
    case Granularity::Quarter:
    case Granularity::Year: return Granularity::Year;
    }
    return Granularity::Year;
}

} // namespace

Granularity trendGranularityFor(const DateRange& range, Granularity g)
{
    // Days and weeks are read from every day cell of the range: kept to short ranges.
    if (g == Granularity::Day && range.days() > 62)
        g = Granularity::Week;
    if (g == Granularity::Week && range.days() > 120)
        g = Granularity::Month;
    while (g != Granularity::Year && periodCount(range, g) > kMaxTrendPeriods)
        g = coarser(g);
    return g;
}

bool rankingView(CustomerDirectory& customers, FactStore& store, const UsageQuery& q, Ranking* out, QString* error)
{
    *out = {};
    std::vector<RankedCustomer> top;
    if (!topView(customers, store, q, false, &top, error))
        return false;
    if (top.empty())
        return true;

    // The previous span counts only when the data covers all of it.
    const DateRange previousRange = q.range.previous();
    const std::optional<DateRange> data = store.dataRange(q.metricId, error);
    if (!data && !error->isEmpty())
        return false;
    out->previousComplete = data && data->from <= previousRange.from;
    std::unordered_map<qint64, const RankedCustomer*> before;
    std::vector<RankedCustomer> previous;
    if (out->previousComplete) {
        UsageQuery all = q;
        all.range = previousRange;
        all.top = std::numeric_limits<int>::max();
        if (!topView(customers, store, all, false, &previous, error))
            return false;
        for (const RankedCustomer& r : previous)
            before.emplace(r.customerId, &r);
    }

    // The trend: every customer's periods, kept for the ranked ones.
    out->trendGranularity = trendGranularityFor(q.range, q.granularity);
    for (Day d = periodStart(q.range.from, out->trendGranularity); d <= q.range.to;
         d = nextPeriodStart(d, out->trendGranularity))
        out->trendPeriods.push_back(d);
    const std::optional<Precision> p = store.precision(q.metricId, error);
    if (!p)
        return false;
    std::vector<CustomerPeriod> cells;
    if (!store.customerPeriods(q.metricId, out->trendGranularity, q.range,
                               q.customer ? std::optional<quint32>(quint32(*q.customer)) : std::nullopt, &cells, error))
        return false;
    std::unordered_map<qint64, size_t> rowOf;
    for (size_t i = 0; i < top.size(); ++i)
        rowOf.emplace(top[i].customerId, i);

    std::optional<double> cumulative = 0.0;
    for (const RankedCustomer& r : top) {
        RankingRow row;
        row.current = r;
        cumulative = cumulative && r.sharePct ? std::optional(*cumulative + *r.sharePct) : std::nullopt;
        if (cumulative)
            row.cumulativeSharePct = std::min(*cumulative, 100.0);
        row.trend.assign(out->trendPeriods.size(), 0.0);
        if (out->previousComplete) {
            const auto it = before.find(r.customerId);
            row.previous = it != before.end() ? it->second->value : 0.0;
            if (it != before.end()) {
                row.exactPrevious = it->second->exact;
                row.previousRank = it->second->rank;
            } else if (r.exact) {
                row.exactPrevious = Decimal{0, r.exact->scale};
            }
            if (*row.previous != 0)
                row.changePct = (r.value - *row.previous) / std::abs(*row.previous) * 100.0;
        }
        out->rows.push_back(std::move(row));
    }
    for (const CustomerPeriod& c : cells) {
        const auto it = rowOf.find(c.customer);
        if (it == rowOf.end())
            continue;
        const size_t k = size_t(std::upper_bound(out->trendPeriods.begin(), out->trendPeriods.end(), c.period)
                                - out->trendPeriods.begin())
                         - 1;
        if (k < out->trendPeriods.size())
            out->rows[it->second].trend[k] = rawToDouble(*p, c.value);
    }
    return true;
}

} // namespace ul
