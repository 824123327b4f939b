// SPDX-License-Identifier: MIT
#include "store/RatioMetrics.h"

#include <unordered_map>

namespace ul {

namespace {

/// Both metrics' precisions, to read their sums as numbers.
bool precisionsOf(FactStore& store, const MetricKind& kind, Precision* num, Precision* den, QString* error)
{
    const auto a = store.precision(kind.numerator, error);
    const auto b = a ? store.precision(kind.denominator, error) : std::nullopt;
    if (!b)
        return false;
    *num = *a;
    *den = *b;
    return true;
}

/// The ratio as a floating raw value, or nullopt when the denominator is zero.
std::optional<RawValue> ratioOf(const Precision& num, RawValue a, const Precision& den, RawValue b)
{
    const double d = rawToDouble(den, b);
    if (d == 0.0)
        return std::nullopt;
    return rawFromDouble(rawToDouble(num, a) / d);
}

quint64 keyOf(Day day, quint32 customer) { return quint64(quint32(day)) << 32 | customer; }

} // namespace

bool ratioCustomerTotals(FactStore& store, const MetricKind& kind, const DateRange& range,
                         std::optional<quint32> customer, std::vector<CustomerTotal>* out, QString* error)
{
    out->clear();
    Precision pa, pb;
    std::vector<CustomerTotal> a, b;
    if (!precisionsOf(store, kind, &pa, &pb, error) || !store.customerTotals(kind.numerator, range, customer, &a, error)
        || !store.customerTotals(kind.denominator, range, customer, &b, error))
        return false;
    // Both ascending by customer.
    size_t j = 0;
    for (const CustomerTotal& t : a) {
        while (j < b.size() && b[j].customer < t.customer)
            ++j;
        if (j == b.size() || b[j].customer != t.customer)
            continue;
        if (const auto r = ratioOf(pa, t.value, pb, b[j].value)) {
            CustomerTotal c = t;
            c.value = *r;
            out->push_back(c);
        }
    }
    return true;
}

bool ratioRangeTotal(FactStore& store, const MetricKind& kind, const DateRange& range, std::optional<quint32> customer,
                     PeriodAggregate* out, bool* defined, QString* error)
{
    Precision pa, pb;
    PeriodAggregate b;
    bool definedA = true, definedB = true;
    if (!precisionsOf(store, kind, &pa, &pb, error)
        || !store.rangeTotal(kind.numerator, range, customer, out, &definedA, error)
        || !store.rangeTotal(kind.denominator, range, customer, &b, &definedB, error))
        return false;
    const auto r = ratioOf(pa, out->value, pb, b.value);
    *defined = r.has_value();
    out->value = r.value_or(rawFromDouble(0.0));
    if (!r) {
        out->rows = 0;
        out->active = 0;
    }
    return true;
}

bool ratioPeriodTotals(FactStore& store, const MetricKind& kind, Granularity g, const DateRange& range,
                       std::optional<quint32> customer, std::vector<PeriodAggregate>* out, QString* error)
{
    out->clear();
    Precision pa, pb;
    std::vector<PeriodAggregate> b;
    if (!precisionsOf(store, kind, &pa, &pb, error)
        || !store.periodTotals(kind.numerator, g, range, customer, out, error)
        || !store.periodTotals(kind.denominator, g, range, customer, &b, error))
        return false;
    // The same periods, in the same order, for both.
    for (size_t i = 0; i < out->size() && i < b.size(); ++i) {
        PeriodAggregate& p = (*out)[i];
        const auto r = ratioOf(pa, p.value, pb, b[i].value);
        p.value = r.value_or(rawFromDouble(0.0));
        if (!r) {
            p.rows = 0;
            p.active = 0;
        }
    }
    return true;
}

bool ratioCustomerPeriods(FactStore& store, const MetricKind& kind, Granularity g, const DateRange& range,
                          std::optional<quint32> customer, std::vector<CustomerPeriod>* out, QString* error)
{
    out->clear();
    Precision pa, pb;
    std::vector<CustomerPeriod> a, b;
    if (!precisionsOf(store, kind, &pa, &pb, error)
        || !store.customerPeriods(kind.numerator, g, range, customer, &a, error)
        || !store.customerPeriods(kind.denominator, g, range, customer, &b, error))
        return false;
    // Both ordered by period, then customer.
    size_t j = 0;
    for (const CustomerPeriod& c : a) {
        while (j < b.size() && keyOf(b[j].period, b[j].customer) < keyOf(c.period, c.customer))
            ++j;
        if (j == b.size() || b[j].period != c.period || b[j].customer != c.customer)
            continue;
        if (const auto r = ratioOf(pa, c.value, pb, b[j].value)) {
            CustomerPeriod p = c;
            p.value = *r;
            out->push_back(p);
        }
    }
    return true;
}

bool ratioMonthSummaries(FactStore& store, const MetricKind& kind, Day firstMonth, Day lastMonth,
                         std::optional<quint32> customer,
                         const std::function<void(Day, const CustomerMonthTotal&)>& visit, QString* error)
{
    Precision pa, pb;
    if (!precisionsOf(store, kind, &pa, &pb, error))
        return false;
    std::unordered_map<quint64, RawValue> denominators;
    if (!store.monthSummaries(
            kind.denominator, firstMonth, lastMonth, customer,
            [&](Day month, const CustomerMonthTotal& m) { denominators.emplace(keyOf(month, m.customer), m.value); },
            error))
        return false;
    return store.monthSummaries(
        kind.numerator, firstMonth, lastMonth, customer,
        [&](Day month, const CustomerMonthTotal& m) {
            const auto it = denominators.find(keyOf(month, m.customer));
            if (it == denominators.end())
                return;
            if (const auto r = ratioOf(pa, m.value, pb, it->second)) {
                CustomerMonthTotal t = m;
                t.value = *r;
                visit(month, t);
            }
        },
        error);
}

bool ratioDayCells(FactStore& store, const MetricKind& kind, const DateRange& range, std::optional<quint32> customer,
                   const std::function<void(const DayCell&)>& visit, QString* error)
{
    Precision pa, pb;
    if (!precisionsOf(store, kind, &pa, &pb, error))
        return false;
    std::unordered_map<quint64, RawValue> denominators;
    if (!store.dayCells(
            kind.denominator, range, customer,
            [&](const DayCell& c) { denominators.emplace(keyOf(c.day, c.customer), c.value); }, error))
        return false;
    return store.dayCells(
        kind.numerator, range, customer,
        [&](const DayCell& c) {
            const auto it = denominators.find(keyOf(c.day, c.customer));
            if (it == denominators.end())
                return;
            if (const auto r = ratioOf(pa, c.value, pb, it->second)) {
                DayCell d = c;
                d.value = *r;
                visit(d);
            }
        },
        error);
}

} // namespace ul
