// SPDX-License-Identifier: MIT
#include "query/Contributors.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

namespace ul {

Day previousPeriodStart(Day start, Granularity g) { return periodStart(start - 1, g); }

namespace {

std::optional<Decimal> exactOf(const Precision& p, RawValue raw)
{
    return p.exact ? std::optional<Decimal>(Decimal{raw, p.scale}) : std::nullopt;
}

} // namespace

namespace {

/// The customers whose first day with a value of the metric falls in the month starting `cohort`.
bool cohortMembers(FactStore& store, qint64 metricId, Day cohort, std::unordered_set<quint32>* out, QString* error)
{
    const std::optional<DateRange> data = store.dataRange(metricId, error);
    if (!data)
        return error->isEmpty(); // no facts: no members
    const DateRange upToCohort{data->from, nextPeriodStart(cohort, Granularity::Month) - 1};
    std::vector<CustomerTotal> totals;
    if (!store.customerTotals(metricId, upToCohort, std::nullopt, &totals, error))
        return false;
    for (const CustomerTotal& t : totals)
        if (periodStart(t.firstDay, Granularity::Month) == cohort)
            out->insert(t.customer);
    return true;
}

} // namespace

bool contributorsView(CustomerDirectory& customers, FactStore& store, const UsageQuery& q, Day period,
                      PeriodContributors* out, QString* error, std::optional<Day> cohort)
{
    *out = {};
    const Granularity g = q.granularity;
    out->granularity = g;
    out->period = periodStart(period, g);
    out->previousPeriod = previousPeriodStart(out->period, g);
    const DateRange current{out->period, nextPeriodStart(out->period, g) - 1};
    const DateRange before{out->previousPeriod, out->period - 1};
    const std::optional<Precision> precision = store.precision(q.metricId, error);
    const std::optional<MetricKind> kind = precision ? store.metricKind(q.metricId, error) : std::nullopt;
    if (!kind)
        return false;
    out->additive = kind->kind == MetricKind::Sum;
    const std::optional<quint32> only = q.customer ? std::optional<quint32>(quint32(*q.customer)) : std::nullopt;
    std::vector<CustomerTotal> now, then;
    if (!store.customerTotals(q.metricId, current, only, &now, error)
        || !store.customerTotals(q.metricId, before, only, &then, error))
        return false;
    if (const std::optional<DateRange> data = store.dataRange(q.metricId, error))
        out->partial = data->from > before.from || data->to < current.to;
    if (cohort) {
        std::unordered_set<quint32> members;
        if (!cohortMembers(store, q.metricId, *cohort, &members, error))
            return false;
        const auto outside = [&](const CustomerTotal& t) { return !members.contains(t.customer); };
        std::erase_if(now, outside);
        std::erase_if(then, outside);
    }

    // Raw sums per customer: exact subtraction for exact metrics, so the parts add up exactly.
    struct Pair {
        RawValue value;
        RawValue previous;
    };
    const Precision p = *precision;
    std::map<quint32, Pair> byCustomer;
    for (const CustomerTotal& t : now)
        byCustomer[t.customer] = {t.value, zeroRaw(p)};
    for (const CustomerTotal& t : then) {
        auto [it, fresh] = byCustomer.try_emplace(t.customer, Pair{zeroRaw(p), t.value});
        if (!fresh)
            it->second.previous = t.value;
    }
    std::vector<qint64> ids;
    ids.reserve(byCustomer.size());
    for (const auto& [id, pair] : byCustomer)
        ids.push_back(id);
    const QHash<qint64, QString> names = customers.names(ids);
    for (const auto& [id, pair] : byCustomer) {
        Contributor c;
        c.customerId = id;
        c.customer = names.value(id);
        c.value = rawToDouble(p, pair.value);
        c.previous = rawToDouble(p, pair.previous);
        if (p.exact) {
            RawValue diff = 0;
            if (__builtin_sub_overflow(pair.value, pair.previous, &diff)) {
                *error = QStringLiteral("the change of customer '%1' does not fit 64 bits").arg(c.customer);
                return false;
            }
            c.exactValue = exactOf(p, pair.value);
            c.exactPrevious = exactOf(p, pair.previous);
            c.exactChange = exactOf(p, diff);
            c.change = rawToDouble(p, diff);
        } else {
            c.change = c.value - c.previous;
        }
        out->total += c.value;
        out->previousTotal += c.previous;
        out->rows.push_back(std::move(c));
    }
    out->change = out->total - out->previousTotal;
    for (Contributor& c : out->rows)
        if (out->additive && out->change != 0)
            c.changeSharePct = c.change / out->change * 100.0;
    std::sort(out->rows.begin(), out->rows.end(), [](const Contributor& a, const Contributor& b) {
        const double x = std::fabs(a.change), y = std::fabs(b.change);
        if (x != y)
            return x > y;
        return a.customer < b.customer;
    });
    return true;
}

} // namespace ul
