// SPDX-License-Identifier: MIT
#include "store/FactStore.h"

#include "store/DistinctCounts.h"
#include "store/RatioMetrics.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace ul {

namespace {

QString overflowMessage()
{
    return QStringLiteral("a sum exceeds what UsageLens adds exactly (about 9.2e18 units); "
                          "narrow the range or import the values with fewer decimals");
}

/// Per-customer accumulation.
class CustomerAccumulator {
public:
    explicit CustomerAccumulator(const Precision& p)
        : m_precision(p)
    {}

    CustomerTotal& at(quint32 customer)
    {
        size_t* slot = nullptr;
        if (customer < kDenseLimit) {
            if (customer >= m_dense.size())
                m_dense.resize(std::max<size_t>(customer + 1, m_dense.size() * 2), kNone);
            slot = &m_dense[customer];
        } else {
            slot = &m_sparse.try_emplace(customer, kNone).first->second;
        }
        if (*slot == kNone) {
            *slot = m_totals.size();
            CustomerTotal t;
            t.customer = customer;
            t.value = zeroRaw(m_precision);
            t.firstDay = std::numeric_limits<Day>::max();
            t.lastDay = std::numeric_limits<Day>::min();
            m_totals.push_back(t);
        }
        return m_totals[*slot];
    }
    bool add(quint32 customer, RawValue value, qint64 rows, int activeDays, Day first, Day last)
    {
        CustomerTotal& t = at(customer);
        t.rows += rows;
        t.activeDays += activeDays;
        t.firstDay = std::min(t.firstDay, first);
        t.lastDay = std::max(t.lastDay, last);
        return addRaw(m_precision, t.value, value);
    }
    std::vector<CustomerTotal> take()
    {
        std::sort(m_totals.begin(), m_totals.end(),
                  [](const CustomerTotal& a, const CustomerTotal& b) { return a.customer < b.customer; });
        return std::move(m_totals);
    }

private:
    // Customer ids are the customers table's rowids: small and dense, so a plain array
    // indexes them; a hash map takes the rare large ones.
    static constexpr quint32 kDenseLimit = 1u << 24;
    static constexpr size_t kNone = ~size_t(0);
    Precision m_precision;
    std::vector<size_t> m_dense;
    std::unordered_map<quint32, size_t> m_sparse;
    std::vector<CustomerTotal> m_totals;
};

/// The day ranges of `range` outside its whole months (none, one or two).
std::vector<DateRange> edgeRanges(const DateRange& range, const std::optional<std::pair<Day, Day>>& whole)
{
    if (!whole)
        return {range};
    std::vector<DateRange> out;
    if (range.from < whole->first)
        out.push_back({range.from, whole->first - 1});
    const Day afterWhole = nextPeriodStart(whole->second, Granularity::Month);
    if (afterWhole <= range.to)
        out.push_back({afterWhole, range.to});
    return out;
}

} // namespace

std::optional<std::pair<Day, Day>> wholeMonthsOf(const DateRange& range)
{
    if (range.isEmpty())
        return std::nullopt;
    Day first = periodStart(range.from, Granularity::Month);
    if (first < range.from)
        first = nextPeriodStart(first, Granularity::Month);
    const Day lastStart = periodStart(range.to, Granularity::Month);
    const Day last = nextPeriodStart(lastStart, Granularity::Month) - 1 == range.to
                         ? lastStart
                         : periodStart(lastStart - 1, Granularity::Month);
    if (first > last)
        return std::nullopt;
    return std::make_pair(first, last);
}

bool FactStore::customerTotals(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                               std::vector<CustomerTotal>* out, QString* error)
{
    const std::optional<MetricKind> kind = metricKind(metricId, error);
    if (!kind)
        return false;
    if (kind->kind == MetricKind::Distinct)
        return distinctCustomerTotals(*this, metricId, range, customer, out, error);
    if (kind->kind == MetricKind::Ratio)
        return ratioCustomerTotals(*this, *kind, range, customer, out, error);
    out->clear();
    if (range.isEmpty())
        return true;
    const std::optional<Precision> p = precision(metricId, error);
    if (!p)
        return false;
    CustomerAccumulator acc(*p);
    bool ok = true;
    const auto whole = wholeMonthsOf(range);
    if (whole
        && !monthSummaries(
            metricId, whole->first, whole->second, customer,
            [&](Day, const CustomerMonthTotal& m) {
                ok = acc.add(m.customer, m.value, m.rows, m.activeDays, m.firstDay, m.lastDay) && ok;
            },
            error))
        return false;
    for (const DateRange& edge : edgeRanges(range, whole)) {
        if (!dayCells(
                metricId, edge, customer,
                [&](const DayCell& c) { ok = acc.add(c.customer, c.value, c.rows, 1, c.day, c.day) && ok; }, error))
            return false;
    }
    if (!ok) {
        *error = overflowMessage();
        return false;
    }
    *out = acc.take();
    return true;
}

bool FactStore::periodTotals(qint64 metricId, Granularity g, const DateRange& range, std::optional<quint32> customer,
                             std::vector<PeriodAggregate>* out, QString* error)
{
    const std::optional<MetricKind> kind = metricKind(metricId, error);
    if (!kind)
        return false;
    if (kind->kind == MetricKind::Distinct)
        return distinctPeriodTotals(*this, metricId, g, range, customer, out, error);
    if (kind->kind == MetricKind::Ratio)
        return ratioPeriodTotals(*this, *kind, g, range, customer, out, error);
    out->clear();
    if (range.isEmpty())
        return true;
    const std::optional<Precision> p = precision(metricId, error);
    if (!p)
        return false;
    for (Day s = periodStart(range.from, g); s <= range.to; s = nextPeriodStart(s, g)) {
        PeriodAggregate a;
        a.start = s;
        a.value = zeroRaw(*p);
        a.partial = s < range.from || nextPeriodStart(s, g) - 1 > range.to;
        out->push_back(a);
    }
    const auto indexOf = [&](Day start) {
        const auto it = std::lower_bound(out->begin(), out->end(), start,
                                         [](const PeriodAggregate& a, Day d) { return a.start < d; });
        return it != out->end() && it->start == start ? size_t(it - out->begin()) : out->size();
    };
    bool ok = true;
    if (customer) {
        // One customer: its own per-period aggregates; active is 0 or 1.
        std::vector<CustomerPeriod> cells;
        if (!customerPeriods(metricId, g, range, customer, &cells, error))
            return false;
        for (const CustomerPeriod& c : cells) {
            const size_t i = indexOf(c.period);
            if (i == out->size())
                continue;
            PeriodAggregate& a = (*out)[i];
            ok = addRaw(*p, a.value, c.value) && ok;
            a.rows += c.rows;
            a.active += 1;
        }
    } else {
        // Whole periods are stored; the (at most two) periods the range cuts are summed from
        // the customers' totals over the days inside, so their active counts stay distinct.
        std::vector<Day> whole;
        for (const PeriodAggregate& a : *out)
            if (!a.partial)
                whole.push_back(a.start);
        if (!whole.empty()) {
            std::vector<PeriodAggregate> stored;
            if (!storedPeriodTotals(metricId, g, whole.front(), whole.back(), &stored, error))
                return false;
            for (const PeriodAggregate& s : stored) {
                const size_t i = indexOf(s.start);
                if (i < out->size())
                    (*out)[i] = PeriodAggregate{s.start, s.value, s.rows, s.active, false};
            }
        }
        for (PeriodAggregate& a : *out) {
            if (!a.partial)
                continue;
            const DateRange inside{std::max(a.start, range.from), std::min(nextPeriodStart(a.start, g) - 1, range.to)};
            std::vector<CustomerTotal> totals;
            if (!customerTotals(metricId, inside, std::nullopt, &totals, error))
                return false;
            for (const CustomerTotal& t : totals) {
                ok = addRaw(*p, a.value, t.value) && ok;
                a.rows += t.rows;
                a.active += 1;
            }
        }
    }
    if (!ok) {
        *error = overflowMessage();
        return false;
    }
    return true;
}

bool FactStore::customerPeriods(qint64 metricId, Granularity g, const DateRange& range, std::optional<quint32> customer,
                                std::vector<CustomerPeriod>* out, QString* error)
{
    const std::optional<MetricKind> kind = metricKind(metricId, error);
    if (!kind)
        return false;
    if (kind->kind == MetricKind::Distinct)
        return distinctCustomerPeriods(*this, metricId, g, range, customer, out, error);
    if (kind->kind == MetricKind::Ratio)
        return ratioCustomerPeriods(*this, *kind, g, range, customer, out, error);
    out->clear();
    if (range.isEmpty())
        return true;
    const std::optional<Precision> p = precision(metricId, error);
    if (!p)
        return false;
    // Keyed by (period, customer); periods are few, customers many.
    std::unordered_map<quint64, size_t> index;
    bool ok = true;
    const auto add = [&](Day period, quint32 customer, RawValue value, qint64 rows, int activeDays) {
        const quint64 key = (quint64(quint32(period)) << 32) | customer;
        auto [it, inserted] = index.try_emplace(key, out->size());
        if (inserted)
            out->push_back({period, customer, zeroRaw(*p), 0, 0});
        CustomerPeriod& c = (*out)[it->second];
        ok = addRaw(*p, c.value, value) && ok;
        c.rows += rows;
        c.activeDays += activeDays;
    };
    const bool monthly = g == Granularity::Month || g == Granularity::Quarter || g == Granularity::Year;
    const auto whole = monthly ? wholeMonthsOf(range) : std::nullopt;
    if (whole
        && !monthSummaries(
            metricId, whole->first, whole->second, customer,
            [&](Day month, const CustomerMonthTotal& m) {
                add(periodStart(month, g), m.customer, m.value, m.rows, m.activeDays);
            },
            error))
        return false;
    for (const DateRange& edge : edgeRanges(range, whole)) {
        if (!dayCells(
                metricId, edge, customer,
                [&](const DayCell& c) { add(periodStart(c.day, g), c.customer, c.value, c.rows, 1); }, error))
            return false;
    }
    if (!ok) {
        *error = overflowMessage();
        return false;
    }
    std::sort(out->begin(), out->end(), [](const CustomerPeriod& a, const CustomerPeriod& b) {
        return a.period != b.period ? a.period < b.period : a.customer < b.customer;
    });
    return true;
}

bool FactStore::rangeTotal(qint64 metricId, const DateRange& range, std::optional<quint32> customer,
                           PeriodAggregate* out, bool* defined, QString* error)
{
    *defined = true;
    const std::optional<MetricKind> kind = metricKind(metricId, error);
    if (!kind)
        return false;
    if (kind->kind == MetricKind::Distinct)
        return distinctRangeTotal(*this, metricId, range, customer, out, error);
    if (kind->kind == MetricKind::Ratio)
        return ratioRangeTotal(*this, *kind, range, customer, out, defined, error);
    const std::optional<Precision> p = precision(metricId, error);
    std::vector<CustomerTotal> totals;
    if (!p || !customerTotals(metricId, range, customer, &totals, error))
        return false;
    *out = PeriodAggregate{range.from, zeroRaw(*p), 0, qint64(totals.size()), false};
    bool ok = true;
    for (const CustomerTotal& t : totals) {
        ok = addRaw(*p, out->value, t.value) && ok;
        out->rows += t.rows;
    }
    if (!ok)
        *error = overflowMessage();
    return ok;
}

bool FactStore::keptCohorts(qint64, std::vector<CohortCell>* out, bool* kept, QString*)
{
    out->clear();
    *kept = false;
    return true;
}

bool FactStore::keptActivity(qint64, Granularity, Day, Day, std::vector<PeriodActivity>* out, bool* kept, QString*)
{
    out->clear();
    *kept = false;
    return true;
}

} // namespace ul
