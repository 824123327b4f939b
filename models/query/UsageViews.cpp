// SPDX-License-Identifier: MIT
#include "query/UsageViews.h"

#include "query/DatasetCatalog.h"
#include "store/RunningTotals.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace ul {

bool isNewCustomer(Day created, const DateRange& range, int newWithinDays)
{
    return created > range.to - newWithinDays && created <= range.to;
}

namespace {

std::optional<quint32> storeCustomer(const UsageQuery& q)
{
    return q.customer ? std::optional<quint32>(quint32(*q.customer)) : std::nullopt;
}

std::optional<Decimal> exactOf(const Precision& p, RawValue raw)
{
    return p.exact ? std::optional<Decimal>(Decimal{raw, p.scale}) : std::nullopt;
}

/// Every customer's total over the range, with the metric's precision.
bool rangeTotals(FactStore& store, const UsageQuery& q, const DateRange& range, std::vector<CustomerTotal>* out,
                 Precision* precision, QString* error)
{
    const std::optional<Precision> p = store.precision(q.metricId, error);
    if (!p)
        return false;
    *precision = *p;
    return store.customerTotals(q.metricId, range, storeCustomer(q), out, error);
}

} // namespace

bool totalsView(FactStore& store, const UsageQuery& q, std::vector<PeriodTotal>* out, QString* error)
{
    out->clear();
    if (q.range.isEmpty())
        return true;
    const std::optional<Precision> p = store.precision(q.metricId, error);
    std::vector<PeriodAggregate> periods;
    if (!p || !store.periodTotals(q.metricId, q.granularity, q.range, storeCustomer(q), &periods, error))
        return false;
    // What the data covers inside the range: the metric's first to last day with data.
    const std::optional<DateRange> data = store.dataRange(q.metricId, error);
    if (!data && !error->isEmpty())
        return false;
    const DateRange covered = data ? DateRange{std::max(q.range.from, data->from), std::min(q.range.to, data->to)}
                                   : q.range;
    out->reserve(periods.size());
    for (const PeriodAggregate& a : periods) {
        const Day end = nextPeriodStart(a.start, q.granularity) - 1;
        PeriodTotal t{a.start, periodLabel(a.start, q.granularity), rawToDouble(*p, a.value), a.active,
                      exactOf(*p, a.value)};
        t.partial = a.start < covered.from || end > covered.to;
        t.coveredFrom = std::max(a.start, covered.from);
        t.coveredTo = std::min(end, covered.to);
        out->push_back(t);
    }
    return true;
}

std::vector<PeriodTotal> cumulativeFromTotals(const std::vector<PeriodTotal>& totals)
{
    std::vector<PeriodTotal> out = totals;
    double running = 0;
    std::optional<Decimal> exact = totals.empty() || !totals.front().exact
                                       ? std::nullopt
                                       : std::optional<Decimal>(Decimal{0, totals.front().exact->scale});
    for (auto& p : out) {
        running += p.value;
        p.value = running;
        // Exact metrics keep an exact running total (it cannot overflow where the sum of all did not).
        if (exact && p.exact && !__builtin_add_overflow(exact->units, p.exact->units, &exact->units))
            p.exact = exact;
        else
            exact.reset(), p.exact.reset();
    }
    return out;
}

bool runningTotalsView(FactStore& store, const UsageQuery& q, const std::vector<PeriodTotal>& totals,
                       std::vector<PeriodTotal>* out, QString* error)
{
    const std::optional<MetricKind> kind = store.metricKind(q.metricId, error);
    if (!kind)
        return false;
    if (kind->kind == MetricKind::Sum) {
        *out = cumulativeFromTotals(totals);
        return true;
    }
    const std::optional<Precision> p = store.precision(q.metricId, error);
    std::vector<PeriodAggregate> running;
    if (!p || !runningTotals(store, q.metricId, q.granularity, q.range, storeCustomer(q), &running, error))
        return false;
    *out = totals;
    for (size_t i = 0; i < out->size() && i < running.size(); ++i) {
        (*out)[i].value = rawToDouble(*p, running[i].value);
        (*out)[i].exact = exactOf(*p, running[i].value);
    }
    return true;
}

std::vector<std::optional<double>> changeFromTotals(const std::vector<PeriodTotal>& totals)
{
    std::vector<double> magnitudes;
    for (const PeriodTotal& t : totals)
        if (!t.partial && t.value != 0)
            magnitudes.push_back(std::abs(t.value));
    double median = 0;
    if (!magnitudes.empty()) {
        std::nth_element(magnitudes.begin(), magnitudes.begin() + long(magnitudes.size() / 2), magnitudes.end());
        median = magnitudes[magnitudes.size() / 2];
    }
    std::vector<std::optional<double>> out(totals.size());
    for (size_t i = 1; i < totals.size(); ++i) {
        const PeriodTotal& prev = totals[i - 1];
        if (prev.partial || totals[i].partial || prev.value == 0 || std::abs(prev.value) < kMeaningfulShare * median)
            continue;
        out[i] = (totals[i].value - prev.value) / std::abs(prev.value) * 100.0;
    }
    return out;
}

std::vector<HistogramBin> makeHistogram(std::vector<double> values, int bins, bool logBins)
{
    std::vector<HistogramBin> out;
    bins = std::max(1, bins);
    if (logBins)
        values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return v <= 0; }), values.end());
    if (values.empty())
        return out;
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    const double lo = *minIt;
    const double hi = *maxIt;
    auto edge = [&](int k) {
        if (logBins)
            return std::pow(10.0, std::log10(lo) + (std::log10(hi) - std::log10(lo)) * k / bins);
        return lo + (hi - lo) * k / bins;
    };
    if (lo == hi) {
        out.push_back({lo, hi, qint64(values.size())});
        return out;
    }
    for (int k = 0; k < bins; ++k)
        out.push_back({edge(k), edge(k + 1), 0});
    out.back().end = hi; // exact upper edge despite rounding
    for (double v : values) {
        const double pos = logBins ? (std::log10(v) - std::log10(lo)) / (std::log10(hi) - std::log10(lo))
                                   : (v - lo) / (hi - lo);
        int k = int(std::floor(pos * bins));
        k = std::clamp(k, 0, bins - 1); // the maximum falls in the last, closed bin
        ++out[size_t(k)].count;
    }
    return out;
}

bool histogramView(FactStore& store, const UsageQuery& q, std::vector<HistogramBin>* out, QString* error)
{
    out->clear();
    std::vector<CustomerTotal> totals;
    Precision p;
    if (!rangeTotals(store, q, q.range, &totals, &p, error))
        return false;
    std::vector<double> values;
    values.reserve(totals.size());
    for (const CustomerTotal& t : totals)
        values.push_back(rawToDouble(p, t.value));
    *out = makeHistogram(std::move(values), q.bins, q.logBins);
    return true;
}

bool topView(CustomerDirectory& customers, FactStore& store, const UsageQuery& q, bool newOnly,
             std::vector<RankedCustomer>* out, QString* error)
{
    out->clear();
    std::vector<CustomerTotal> totals;
    Precision p;
    if (!rangeTotals(store, q, q.range, &totals, &p, error))
        return false;
    const std::optional<MetricKind> kind = store.metricKind(q.metricId, error);
    if (!kind)
        return false;
    // Shares of the customers' sum; a ratio's values do not add up to a whole.
    const bool shares = kind->kind != MetricKind::Ratio;
    double rangeTotal = 0;
    for (const CustomerTotal& t : totals)
        rangeTotal += rawToDouble(p, t.value);
    struct Candidate {
        quint32 customer;
        double value;
        RawValue raw;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(totals.size());
    const std::unordered_map<qint64, Day> none;
    const auto& created = newOnly ? customers.createdDays(q.datasetId) : none;
    for (const CustomerTotal& t : totals) {
        if (newOnly) {
            const auto it = created.find(t.customer);
            if (it == created.end() || !isNewCustomer(it->second, q.range, q.newWithinDays))
                continue;
        }
        candidates.push_back({t.customer, rawToDouble(p, t.value), t.value});
    }
    if (candidates.empty() || q.top <= 0)
        return true;
    // Keep the top N by value plus everything tied with the N-th, then order ties by id.
    const size_t n = std::min(candidates.size(), size_t(q.top));
    std::nth_element(candidates.begin(), candidates.begin() + long(n - 1), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.value > b.value; });
    const double cutoff = candidates[n - 1].value;
    std::vector<Candidate> chosen;
    for (const Candidate& c : candidates)
        if (c.value >= cutoff)
            chosen.push_back(c);
    std::vector<qint64> ids;
    for (const Candidate& c : chosen)
        ids.push_back(c.customer);
    const auto names = customers.names(ids);
    std::sort(chosen.begin(), chosen.end(), [&](const Candidate& a, const Candidate& b) {
        if (a.value != b.value)
            return a.value > b.value;
        return names.value(a.customer) < names.value(b.customer);
    });
    chosen.resize(n);
    int rank = 0;
    for (const Candidate& c : chosen)
        out->push_back({++rank, qint64(c.customer), names.value(c.customer), c.value,
                        shares ? std::optional(rangeTotal != 0 ? c.value / rangeTotal * 100.0 : 0.0) : std::nullopt,
                        exactOf(p, c.raw)});
    return true;
}

bool kpisView(CustomerDirectory& customers, FactStore& store, const UsageQuery& q, UsageKpis* out, QString* error)
{
    *out = {};
    std::vector<CustomerTotal> current, previous;
    Precision p;
    if (!rangeTotals(store, q, q.range, &current, &p, error)
        || !store.customerTotals(q.metricId, q.range.previous(), storeCustomer(q), &previous, error))
        return false;
    RawValue total = zeroRaw(p), previousTotal = zeroRaw(p);
    std::vector<double> values;
    values.reserve(current.size());
    bool ok = true;
    for (const CustomerTotal& t : current) {
        ok = addRaw(p, total, t.value) && ok;
        values.push_back(rawToDouble(p, t.value));
    }
    for (const CustomerTotal& t : previous)
        ok = addRaw(p, previousTotal, t.value) && ok;
    if (!ok) {
        *error = QStringLiteral("a total exceeds what UsageLens adds exactly (about 9.2e18 units)");
        return false;
    }
    const std::optional<MetricKind> kind = store.metricKind(q.metricId, error);
    if (!kind)
        return false;
    if (kind->kind != MetricKind::Sum) {
        // A distinct count over the range is not the sum of the customers' counts (a value seen
        // for two customers counts once), nor is a ratio the sum of the customers' ratios.
        PeriodAggregate now, before;
        bool definedNow = true, definedBefore = true;
        if (!store.rangeTotal(q.metricId, q.range, storeCustomer(q), &now, &definedNow, error)
            || !store.rangeTotal(q.metricId, q.range.previous(), storeCustomer(q), &before, &definedBefore, error))
            return false;
        total = now.value;
        previousTotal = before.value;
    }
    out->total = rawToDouble(p, total);
    out->previousTotal = rawToDouble(p, previousTotal);
    out->exactTotal = exactOf(p, total);
    out->exactPrevious = exactOf(p, previousTotal);
    // A previous span the data covers only in part (it starts before the data's first day) would
    // compare a whole span with a cut one: no headline change from it.
    const std::optional<DateRange> data = store.dataRange(q.metricId, error);
    if (!data && !error->isEmpty())
        return false;
    out->previousComplete = data && data->from <= q.range.previous().from;
    if (out->previousTotal != 0 && out->previousComplete)
        out->changePct = (out->total - out->previousTotal) / out->previousTotal * 100.0;
    out->activeCustomers = qint64(current.size());
    const auto& created = customers.createdDays(q.datasetId);
    for (const CustomerTotal& t : current) {
        const auto it = created.find(t.customer);
        out->newCustomers += it != created.end() && isNewCustomer(it->second, q.range, q.newWithinDays);
    }
    if (out->activeCustomers > 0)
        out->avgPerActiveCustomer = out->total / double(out->activeCustomers);
    if (kind->kind == MetricKind::Ratio) {
        out->avgPerActiveCustomer.reset(); // a ratio per customer is not an average of it
        return true;
    }
    if (out->total != 0 && !values.empty()) {
        std::sort(values.begin(), values.end(), std::greater<>());
        out->topCustomerSharePct = values.front() / out->total * 100.0;
        // Top decile: the largest ceil(10%) of active customers.
        const size_t decile = (values.size() + 9) / 10;
        double sum = 0;
        for (size_t i = 0; i < decile; ++i)
            sum += values[i];
        // Distinct counts overlap between customers: their sum can pass the whole.
        out->topDecileSharePct = std::min(sum / out->total * 100.0, 100.0);
    }
    return true;
}

} // namespace ul
