// SPDX-License-Identifier: MIT
#include "query/ActivityMovements.h"

#include "store/FactStore.h"

#include <functional>
#include <unordered_set>

#include <map>
#include <unordered_map>
#include <unordered_set>

namespace ul {

namespace {

/// Customers by activity from what the store keeps per whole period (format 8) when the range
/// cuts no period where there is data: active from the period totals, and from each period's
/// continuing customers and newcomers churned = active before - continuing, reactivated =
/// active - continuing - newcomers. *done false: the facts must be read.
bool keptMovements(FactStore& store, const UsageQuery& q, const DateRange& all, std::vector<ActivityPeriod>* out,
                   bool* done, QString* error)
{
    *done = false;
    const Granularity g = q.granularity;
    const Day first = periodStart(q.range.from, g);
    const Day last = periodStart(q.range.to, g);
    const bool cutsData = (first < q.range.from && q.range.from > all.from)
                          || (nextPeriodStart(last, g) - 1 > q.range.to && q.range.to < all.to);
    if (cutsData)
        return true;
    const Day previousStart = periodStart(first - 1, g);
    std::vector<PeriodActivity> activity;
    bool kept = false;
    if (!store.keptActivity(q.metricId, g, previousStart, last, &activity, &kept, error))
        return false;
    std::vector<PeriodAggregate> totals;
    if (!kept || !store.storedPeriodTotals(q.metricId, g, previousStart, last, &totals, error))
        return kept ? false : true;
    std::map<Day, qint64> active;
    for (const PeriodAggregate& a : totals)
        active[a.start] = a.active;
    std::map<Day, PeriodActivity> byStart;
    for (const PeriodActivity& a : activity) {
        if (a.continuing < 0)
            return true; // not known: from the facts
        byStart[a.start] = a;
    }
    std::vector<ActivityPeriod> periods;
    qint64 before = active.count(previousStart) ? active[previousStart] : 0;
    for (Day start = first; start <= q.range.to; start = nextPeriodStart(start, g)) {
        ActivityPeriod p;
        p.start = start;
        p.label = periodLabel(start, g);
        p.partial = start < std::max(q.range.from, all.from)
                    || nextPeriodStart(start, g) - 1 > std::min(q.range.to, all.to);
        const auto now = active.find(start);
        p.active = now == active.end() ? 0 : now->second;
        const auto a = byStart.find(start);
        const qint64 continuing = a == byStart.end() ? 0 : a->second.continuing;
        const qint64 newcomers = a == byStart.end() ? 0 : a->second.newcomers;
        if (p.active > 0 && a == byStart.end())
            return true; // a period with data the writer did not describe
        const bool opensData = start == periodStart(all.from, g) && !q.firstPeriodIsNew;
        (opensData ? p.opening : p.newCustomers) = newcomers;
        p.churned = before - continuing;
        p.reactivated = p.active - continuing - newcomers;
        periods.push_back(p);
        before = p.active;
    }
    *out = std::move(periods);
    *done = true;
    return true;
}

} // namespace

bool activityMovements(FactStore& store, const UsageQuery& q, std::vector<ActivityPeriod>* out, QString* error,
                       const CreatedDays* created)
{
    out->clear();
    if (q.range.isEmpty())
        return true;
    const std::optional<DateRange> all = store.dataRange(q.metricId, error);
    if (!all)
        return error->isEmpty();
    const std::optional<quint32> customer = q.customer ? std::optional<quint32>(quint32(*q.customer))
                                                       : std::optional<quint32>();
    // The kept counts are by first activity: by creation the facts are read.
    bool done = false;
    if (!customer && !created && !keptMovements(store, q, *all, out, &done, error))
        return false;
    if (done)
        return true;
    // First active period ever, per customer: from the customers' first days over all the data.
    std::vector<CustomerTotal> lifetimes;
    if (!store.customerTotals(q.metricId, *all, customer, &lifetimes, error))
        return false;
    std::unordered_map<quint32, Day> firstPeriod;  // first active
    std::unordered_map<quint32, Day> cohortPeriod; // what makes a customer new: creation or first activity
    for (const CustomerTotal& t : lifetimes)
        if (t.rows > 0) {
            firstPeriod[t.customer] = periodStart(t.firstDay, q.granularity);
            const auto c = created ? created->find(t.customer) : CreatedDays::const_iterator();
            cohortPeriod[t.customer] = created && c != created->end() ? periodStart(c->second, q.granularity)
                                                                      : firstPeriod[t.customer];
        }

    const Day first = periodStart(q.range.from, q.granularity);
    const Day previousStart = periodStart(first - 1, q.granularity); // the whole period before the range
    const DateRange read{previousStart, q.range.to};
    std::vector<CustomerPeriod> periods;
    if (!store.customerPeriods(q.metricId, q.granularity, read, customer, &periods, error))
        return false;

    std::unordered_set<quint32> previous, current;
    size_t i = 0;
    for (; i < periods.size() && periods[i].period < first; ++i)
        if (periods[i].rows > 0)
            previous.insert(periods[i].customer);
    for (Day start = first; start <= q.range.to; start = nextPeriodStart(start, q.granularity)) {
        current.clear();
        for (; i < periods.size() && periods[i].period == start; ++i)
            if (periods[i].rows > 0)
                current.insert(periods[i].customer);
        ActivityPeriod p;
        p.start = start;
        p.label = periodLabel(start, q.granularity);
        p.partial = start < std::max(q.range.from, all->from)
                    || nextPeriodStart(start, q.granularity) - 1 > std::min(q.range.to, all->to);
        p.active = qint64(current.size());
        const bool opensData = start == periodStart(all->from, q.granularity) && !q.firstPeriodIsNew;
        for (quint32 c : current) {
            const auto it = cohortPeriod.find(c);
            const bool isNew = it != cohortPeriod.end() && it->second == start;
            const auto active = firstPeriod.find(c);
            const bool activeBefore = active != firstPeriod.end() && active->second < start;
            if (isNew && opensData)
                ++p.opening;
            else if (isNew)
                ++p.newCustomers;
            else if (!previous.count(c) && activeBefore)
                ++p.reactivated; // active before the previous period
        }
        for (quint32 c : previous)
            p.churned += current.count(c) ? 0 : 1;
        out->push_back(p);
        previous.swap(current);
    }
    return true;
}

namespace {

using MonthNumber = std::function<int(Day)>;

/// Replaces each cohort month's value by the number of distinct values its members had.
bool cohortDistinctValues(FactStore& store, qint64 metricId, const DateRange& months, std::optional<quint32> customer,
                          const std::unordered_map<quint32, int>& firstMonth, const MonthNumber& monthIndex,
                          std::map<int, ActivityCohort>* cohorts, QString* error)
{
    std::map<std::pair<int, int>, std::unordered_set<quint32>> seen; // (cohort, month) -> values
    const bool ok = store.distinctEntries(
        metricId, months.from, periodStart(months.to, Granularity::Month), customer,
        [&](Day month, const DistinctEntry& e) {
            const auto first = firstMonth.find(e.customer);
            if (first != firstMonth.end() && e.days != 0)
                seen[{first->second, monthIndex(month)}].insert(e.value);
        },
        error);
    if (!ok)
        return false;
    for (auto& [start, cohort] : *cohorts)
        for (size_t k = 0; k < cohort.values.size(); ++k) {
            const auto it = seen.find({start, start + int(k)});
            cohort.values[k] = it == seen.end() ? 0.0 : double(it->second.size());
        }
    return true;
}

/// Replaces each cohort month's value by its members' numerator sum over their denominator sum.
bool cohortRatioValues(FactStore& store, const MetricKind& kind, const DateRange& months,
                       std::optional<quint32> customer, const std::unordered_map<quint32, int>& firstMonth,
                       const MonthNumber& monthIndex, std::map<int, ActivityCohort>* cohorts, QString* error)
{
    std::map<std::pair<int, int>, std::pair<double, double>> sums; // (cohort, month) -> (A, B)
    for (const bool numerator : {true, false}) {
        const qint64 metric = numerator ? kind.numerator : kind.denominator;
        const std::optional<Precision> p = store.precision(metric, error);
        std::vector<CustomerPeriod> periods;
        if (!p || !store.customerPeriods(metric, Granularity::Month, months, customer, &periods, error))
            return false;
        for (const CustomerPeriod& c : periods) {
            const auto first = firstMonth.find(c.customer);
            if (first == firstMonth.end())
                continue;
            auto& [a, b] = sums[{first->second, monthIndex(c.period)}];
            (numerator ? a : b) += rawToDouble(*p, c.value);
        }
    }
    for (auto& [start, cohort] : *cohorts)
        for (size_t k = 0; k < cohort.values.size(); ++k) {
            const auto it = sums.find({start, start + int(k)});
            cohort.values[k] = it == sums.end() || it->second.second == 0 ? 0.0 : it->second.first / it->second.second;
        }
    return true;
}

} // namespace

bool activityCohorts(FactStore& store, const UsageQuery& q, std::vector<ActivityCohort>* out, QString* error,
                     const CreatedDays* created)
{
    out->clear();
    const std::optional<DateRange> all = store.dataRange(q.metricId, error);
    if (!all)
        return error->isEmpty();
    const std::optional<Precision> precision = store.precision(q.metricId, error);
    if (!precision)
        return false;
    const std::optional<quint32> customer = q.customer ? std::optional<quint32>(quint32(*q.customer))
                                                       : std::optional<quint32>();
    const DateRange months{periodStart(all->from, Granularity::Month), all->to};
    const auto monthIndex = [](Day month) {
        const Ymd d = ymdFromDay(month);
        return d.year * 12 + d.month - 1;
    };
    const int lastMonth = monthIndex(periodStart(all->to, Granularity::Month));
    const std::optional<MetricKind> kind = store.metricKind(q.metricId, error);
    if (!kind)
        return false;
    std::map<int, ActivityCohort> cohorts;
    const auto cohortOf = [&](Day month) -> ActivityCohort& {
        ActivityCohort& c = cohorts[monthIndex(month)];
        if (c.customers.empty()) {
            c.month = month;
            c.customers.assign(size_t(std::max(0, lastMonth - monthIndex(month)) + 1), 0);
            c.values.assign(c.customers.size(), 0.0);
        }
        return c;
    };
    // Kept per cohort and month (format 8): one row per cell instead of every customer's months;
    // the kept cells are cohorts by first activity of summed values.
    std::vector<CohortCell> cells;
    bool kept = false;
    if (!customer && !created && kind->kind == MetricKind::Sum && !store.keptCohorts(q.metricId, &cells, &kept, error))
        return false;
    if (kept) {
        for (const CohortCell& cell : cells) {
            if (cell.month < cell.cohort || monthIndex(cell.month) > lastMonth) {
                *error = QStringLiteral("the workspace's cohorts are damaged (a month outside the data)");
                return false;
            }
            ActivityCohort& c = cohortOf(cell.cohort);
            const size_t k = size_t(monthIndex(cell.month) - monthIndex(cell.cohort));
            c.customers[k] = cell.customers;
            c.values[k] = cell.value;
        }
    }
    std::vector<CustomerPeriod> periods;
    if (!kept && !store.customerPeriods(q.metricId, Granularity::Month, months, customer, &periods, error))
        return false;
    std::unordered_map<quint32, int> firstMonth; // periods come month by month
    if (created) {
        // By creation: every account is its creation month's member, used or not; activity
        // before creation (a backdated sign-up) is left out of the cohort.
        for (const auto& [id, day] : *created) {
            if (customer && qint64(*customer) != id)
                continue;
            const Day month = periodStart(day, Granularity::Month);
            firstMonth[quint32(id)] = monthIndex(month);
            cohortOf(month).size += 1;
        }
    }
    for (const CustomerPeriod& p : periods) {
        if (p.rows == 0)
            continue;
        const int m = monthIndex(p.period);
        const int start = firstMonth.try_emplace(p.customer, m).first->second;
        if (m < start || m - start > lastMonth - start)
            continue;
        // By activity a cohort is first met in its own month; by creation it exists already.
        const auto existing = cohorts.find(start);
        ActivityCohort& c = existing != cohorts.end() ? existing->second : cohortOf(p.period);
        c.customers[size_t(m - start)] += 1;
        c.values[size_t(m - start)] += rawToDouble(*precision, p.value);
    }
    // A cohort's value of a unique count or a ratio is the cohort's own (its members' values
    // united, its sums divided), not the sum of its members' counts or ratios.
    if (kind->kind == MetricKind::Distinct
        && !cohortDistinctValues(store, q.metricId, months, customer, firstMonth, monthIndex, &cohorts, error))
        return false;
    if (kind->kind == MetricKind::Ratio
        && !cohortRatioValues(store, *kind, months, customer, firstMonth, monthIndex, &cohorts, error))
        return false;
    for (auto& [start, cohort] : cohorts)
        if (q.range.contains(cohort.month) || periodStart(q.range.from, Granularity::Month) == cohort.month)
            out->push_back(std::move(cohort));
    return true;
}

} // namespace ul
