// SPDX-License-Identifier: MIT
#include "store/DistinctCounts.h"

#include <algorithm>
#include <bit>
#include <tuple>

namespace ul {

namespace {

/// One value of one customer in one month, with the days inside the range it was seen on;
/// after collect(), one per (customer, value, month): the imports' sets are merged.
struct Observation {
    quint32 customer;
    quint32 value;
    Day month;
    quint32 days;
};

int firstDayOf(quint32 days) { return std::countr_zero(days); }
int lastDayOf(quint32 days) { return 31 - std::countl_zero(days); }

bool collect(FactStore& store, qint64 metricId, const DateRange& range, std::optional<quint32> customer,
             std::vector<Observation>* out, QString* error)
{
    out->clear();
    if (range.isEmpty())
        return true;
    Day maskMonth = -1;
    quint32 mask = 0;
    const bool ok = store.distinctEntries(
        metricId, periodStart(range.from, Granularity::Month), periodStart(range.to, Granularity::Month), customer,
        [&](Day month, const DistinctEntry& e) {
            if (customer && e.customer != *customer)
                return;
            if (month != maskMonth) {
                maskMonth = month;
                mask = dayMaskWithin(month, range.from, range.to);
            }
            if (const quint32 days = e.days & mask)
                out->push_back({e.customer, e.value, month, days});
        },
        error);
    if (!ok)
        return false;
    std::sort(out->begin(), out->end(), [](const Observation& a, const Observation& b) {
        return std::tie(a.customer, a.value, a.month) < std::tie(b.customer, b.value, b.month);
    });
    size_t w = 0;
    for (size_t r = 0; r < out->size(); ++r) {
        const Observation& o = (*out)[r];
        if (w > 0) {
            Observation& last = (*out)[w - 1];
            if (last.customer == o.customer && last.value == o.value && last.month == o.month) {
                last.days |= o.days;
                continue;
            }
        }
        (*out)[w++] = o;
    }
    out->resize(w);
    return true;
}

/// The days seen at least once in (month, days) pairs of several values; sorts `months`.
int activeDaysOf(std::vector<std::pair<Day, quint32>>& months)
{
    std::sort(months.begin(), months.end());
    int active = 0;
    for (size_t m = 0; m < months.size();) {
        quint32 days = 0;
        size_t n = m;
        for (; n < months.size() && months[n].first == months[m].first; ++n)
            days |= months[n].second;
        active += std::popcount(days);
        m = n;
    }
    return active;
}

/// Calls fn(period start, days of the month in it) for each period of `g` the days fall in.
template <typename Fn> void forEachPeriod(Day month, quint32 days, Granularity g, Fn&& fn)
{
    if (g == Granularity::Month || g == Granularity::Quarter || g == Granularity::Year) {
        fn(periodStart(month, g), days);
        return;
    }
    Day current = 0;
    quint32 inCurrent = 0;
    for (quint32 rest = days; rest != 0; rest &= rest - 1) {
        const int d = std::countr_zero(rest);
        const Day period = periodStart(month + d, g);
        if (inCurrent != 0 && period != current) {
            fn(current, inCurrent);
            inCurrent = 0;
        }
        current = period;
        inCurrent |= quint32(1) << d;
    }
    if (inCurrent != 0)
        fn(current, inCurrent);
}

/// Sorts and counts the distinct keys per group (the high 32 bits).
template <typename Visit> void countDistinctByGroup(std::vector<quint64>& keys, Visit&& visit)
{
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (size_t i = 0; i < keys.size();) {
        const quint32 group = quint32(keys[i] >> 32);
        size_t j = i;
        while (j < keys.size() && quint32(keys[j] >> 32) == group)
            ++j;
        visit(group, qint64(j - i));
        i = j;
    }
}

} // namespace

std::optional<DateRange> distinctDataRange(FactStore& store, qint64 metricId, Day firstMonth, Day lastMonth,
                                           QString* error)
{
    quint32 first = 0, last = 0;
    const auto unionOf = [&](Day month, quint32* days) {
        return store.distinctEntries(
            metricId, month, month, std::nullopt, [&](Day, const DistinctEntry& e) { *days |= e.days; }, error);
    };
    if (!unionOf(firstMonth, &first) || !unionOf(lastMonth, &last) || first == 0 || last == 0)
        return std::nullopt;
    return DateRange{firstMonth + firstDayOf(first), lastMonth + lastDayOf(last)};
}

bool distinctCustomerTotals(FactStore& store, qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                            std::vector<CustomerTotal>* out, QString* error)
{
    out->clear();
    std::vector<Observation> obs;
    if (!collect(store, metricId, range, customer, &obs, error))
        return false;
    std::vector<std::pair<Day, quint32>> months; // one customer's (month, days seen)
    for (size_t i = 0; i < obs.size();) {
        CustomerTotal t;
        t.customer = obs[i].customer;
        months.clear();
        size_t j = i;
        for (; j < obs.size() && obs[j].customer == t.customer; ++j) {
            if (j == i || obs[j].value != obs[j - 1].value)
                ++t.value;
            t.rows += std::popcount(obs[j].days);
            months.emplace_back(obs[j].month, obs[j].days);
        }
        t.activeDays = activeDaysOf(months);
        t.firstDay = months.front().first + firstDayOf(months.front().second);
        quint32 lastMonthDays = 0;
        for (const auto& [month, days] : months)
            if (month == months.back().first)
                lastMonthDays |= days;
        t.lastDay = months.back().first + lastDayOf(lastMonthDays);
        out->push_back(t);
        i = j;
    }
    return true;
}

bool distinctRangeTotal(FactStore& store, qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                        PeriodAggregate* out, QString* error)
{
    *out = PeriodAggregate{range.from, 0, 0, 0, false};
    std::vector<Observation> obs;
    if (!collect(store, metricId, range, customer, &obs, error))
        return false;
    std::vector<quint32> values, customers;
    values.reserve(obs.size());
    for (const Observation& o : obs) {
        out->rows += std::popcount(o.days);
        values.push_back(o.value);
        customers.push_back(o.customer);
    }
    const auto distinct = [](std::vector<quint32>& v) {
        std::sort(v.begin(), v.end());
        return qint64(std::unique(v.begin(), v.end()) - v.begin());
    };
    out->value = distinct(values);
    out->active = distinct(customers);
    return true;
}

bool distinctRunningTotals(FactStore& store, qint64 metricId, Granularity g, const DateRange& range,
                           std::optional<quint32> customer, std::vector<PeriodAggregate>* out, QString* error)
{
    out->clear();
    if (range.isEmpty())
        return true;
    for (Day s = periodStart(range.from, g); s <= range.to; s = nextPeriodStart(s, g))
        out->push_back({s, 0, 0, 0, s < range.from || nextPeriodStart(s, g) - 1 > range.to});
    std::vector<Observation> obs;
    if (!collect(store, metricId, range, customer, &obs, error))
        return false;
    std::vector<std::pair<quint32, Day>> firstSeen; // (value, first day), then one per value
    firstSeen.reserve(obs.size());
    for (const Observation& o : obs)
        firstSeen.emplace_back(o.value, o.month + firstDayOf(o.days));
    std::sort(firstSeen.begin(), firstSeen.end());
    std::vector<qint64> newValues(out->size(), 0);
    for (size_t i = 0; i < firstSeen.size(); ++i) {
        if (i > 0 && firstSeen[i].first == firstSeen[i - 1].first)
            continue;
        const Day period = periodStart(firstSeen[i].second, g);
        const auto it = std::lower_bound(out->begin(), out->end(), period,
                                         [](const PeriodAggregate& a, Day d) { return a.start < d; });
        ++newValues[size_t(it - out->begin())];
    }
    qint64 running = 0;
    for (size_t i = 0; i < out->size(); ++i)
        (*out)[i].value = running += newValues[i];
    return true;
}

bool distinctPeriodTotals(FactStore& store, qint64 metricId, Granularity g, const DateRange& range,
                          std::optional<quint32> customer, std::vector<PeriodAggregate>* out, QString* error)
{
    out->clear();
    if (range.isEmpty())
        return true;
    for (Day s = periodStart(range.from, g); s <= range.to; s = nextPeriodStart(s, g))
        out->push_back({s, 0, 0, 0, s < range.from || nextPeriodStart(s, g) - 1 > range.to});
    std::vector<Observation> obs;
    if (!collect(store, metricId, range, customer, &obs, error))
        return false;
    const auto indexOf = [&](Day start) {
        return quint64(std::lower_bound(out->begin(), out->end(), start,
                                        [](const PeriodAggregate& a, Day d) { return a.start < d; })
                       - out->begin());
    };
    std::vector<quint64> values, customers;
    values.reserve(obs.size());
    for (const Observation& o : obs) {
        forEachPeriod(o.month, o.days, g, [&](Day period, quint32 days) {
            const quint64 i = indexOf(period);
            (*out)[i].rows += std::popcount(days);
            values.push_back(i << 32 | o.value);
            customers.push_back(i << 32 | o.customer);
        });
    }
    countDistinctByGroup(values, [&](quint32 i, qint64 n) { (*out)[i].value = n; });
    countDistinctByGroup(customers, [&](quint32 i, qint64 n) { (*out)[i].active = n; });
    return true;
}

bool distinctCustomerPeriods(FactStore& store, qint64 metricId, Granularity g, const DateRange& range,
                             std::optional<quint32> customer, std::vector<CustomerPeriod>* out, QString* error)
{
    out->clear();
    std::vector<Observation> obs;
    if (!collect(store, metricId, range, customer, &obs, error))
        return false;
    struct Seen {
        Day period;
        quint32 customer;
        quint32 value;
        Day month;
        quint32 days;
    };
    std::vector<Seen> seen;
    seen.reserve(obs.size());
    for (const Observation& o : obs)
        forEachPeriod(o.month, o.days, g, [&](Day period, quint32 days) {
            seen.push_back({period, o.customer, o.value, o.month, days});
        });
    std::sort(seen.begin(), seen.end(), [](const Seen& a, const Seen& b) {
        return std::tie(a.period, a.customer, a.value, a.month) < std::tie(b.period, b.customer, b.value, b.month);
    });
    std::vector<std::pair<Day, quint32>> months;
    for (size_t i = 0; i < seen.size();) {
        CustomerPeriod c{seen[i].period, seen[i].customer, 0, 0, 0};
        months.clear();
        size_t j = i;
        for (; j < seen.size() && seen[j].period == c.period && seen[j].customer == c.customer; ++j) {
            if (j == i || seen[j].value != seen[j - 1].value)
                ++c.value;
            c.rows += std::popcount(seen[j].days);
            months.emplace_back(seen[j].month, seen[j].days);
        }
        c.activeDays = activeDaysOf(months);
        out->push_back(c);
        i = j;
    }
    return true;
}

bool distinctMonthSummaries(FactStore& store, qint64 metricId, Day firstMonth, Day lastMonth,
                            std::optional<quint32> customer,
                            const std::function<void(Day, const CustomerMonthTotal&)>& visit, QString* error)
{
    std::vector<Observation> obs;
    const DateRange range{firstMonth, nextPeriodStart(lastMonth, Granularity::Month) - 1};
    if (!collect(store, metricId, range, customer, &obs, error))
        return false;
    std::sort(obs.begin(), obs.end(), [](const Observation& a, const Observation& b) {
        return std::tie(a.month, a.customer, a.value) < std::tie(b.month, b.customer, b.value);
    });
    for (size_t i = 0; i < obs.size();) {
        CustomerMonthTotal m;
        m.customer = obs[i].customer;
        quint32 days = 0;
        size_t j = i;
        for (; j < obs.size() && obs[j].month == obs[i].month && obs[j].customer == m.customer; ++j) {
            ++m.value; // one observation per value after collect()
            m.rows += std::popcount(obs[j].days);
            days |= obs[j].days;
        }
        m.activeDays = std::popcount(days);
        m.firstDay = obs[i].month + firstDayOf(days);
        m.lastDay = obs[i].month + lastDayOf(days);
        visit(obs[i].month, m);
        i = j;
    }
    return true;
}

bool distinctDayCells(FactStore& store, qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                      const std::function<void(const DayCell&)>& visit, QString* error)
{
    std::vector<Observation> obs;
    if (!collect(store, metricId, range, customer, &obs, error))
        return false;
    // (month, customer, day) per value seen that day; each value once per day after collect().
    std::vector<std::tuple<Day, quint32, Day>> seen;
    for (const Observation& o : obs)
        for (quint32 rest = o.days; rest != 0; rest &= rest - 1)
            seen.emplace_back(o.month, o.customer, o.month + std::countr_zero(rest));
    std::sort(seen.begin(), seen.end());
    for (size_t i = 0; i < seen.size();) {
        size_t j = i;
        while (j < seen.size() && seen[j] == seen[i])
            ++j;
        visit(DayCell{std::get<1>(seen[i]), std::get<2>(seen[i]), qint64(j - i), RawValue(j - i)});
        i = j;
    }
    return true;
}

} // namespace ul
