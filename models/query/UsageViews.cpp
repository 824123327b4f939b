// SPDX-License-Identifier: MIT
#include "query/UsageViews.h"

#include "query/DatasetCatalog.h"
#include "query/FactReader.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace ul {

bool isNewCustomer(Day created, const DateRange& range, int newWithinDays)
{
    return created > range.to - newWithinDays && created <= range.to;
}

bool totalsView(SqliteConnection& db, const UsageQuery& q, std::vector<PeriodTotal>* out, QString* error)
{
    out->clear();
    if (q.range.isEmpty())
        return true;
    FactReader reader(db);
    for (Day p = periodStart(q.range.from, q.granularity); p <= q.range.to; p = nextPeriodStart(p, q.granularity))
        out->push_back({p, periodLabel(p, q.granularity), 0.0, 0});
    // Months: whole months are summed inside SQLite (a month's customers are its rollup rows);
    // only the partial months at the edges go through per-customer cells.
    const auto whole = FactReader::wholeMonths(q.range);
    const bool fastMonths = q.granularity == Granularity::Month && !q.customer && whole;
    std::vector<PeriodCustomerValue> cells;
    if (fastMonths) {
        std::vector<std::tuple<Day, double, qint64>> months;
        if (!reader.monthTotals(q.metricId, whole->first, whole->second, &months, error))
            return false;
        size_t i = 0;
        for (const auto& [month, value, customers] : months) {
            while (i < out->size() && (*out)[i].start < month)
                ++i;
            if (i < out->size()) {
                (*out)[i].value = value;
                (*out)[i].activeCustomers = customers;
            }
        }
        std::vector<PeriodCustomerValue> edge;
        if (q.range.from < whole->first) {
            if (!reader.read(q.metricId, {q.range.from, whole->first - 1}, q.granularity, q.customer, &edge, error))
                return false;
            cells.insert(cells.end(), edge.begin(), edge.end());
        }
        const Day afterWhole = nextPeriodStart(whole->second, Granularity::Month);
        if (afterWhole <= q.range.to) {
            if (!reader.read(q.metricId, {afterWhole, q.range.to}, q.granularity, q.customer, &edge, error))
                return false;
            cells.insert(cells.end(), edge.begin(), edge.end());
        }
    } else if (!reader.read(q.metricId, q.range, q.granularity, q.customer, &cells, error)) {
        return false;
    }
    size_t i = 0;
    for (const auto& c : cells) {
        while (i < out->size() && (*out)[i].start < c.period)
            ++i;
        if (i == out->size())
            break;
        (*out)[i].value += c.value;
        ++(*out)[i].activeCustomers; // cells are unique per (period, customer)
    }
    return true;
}

std::vector<PeriodTotal> cumulativeFromTotals(const std::vector<PeriodTotal>& totals)
{
    std::vector<PeriodTotal> out = totals;
    double running = 0;
    for (auto& p : out) {
        running += p.value;
        p.value = running;
    }
    return out;
}

std::vector<std::optional<double>> changeFromTotals(const std::vector<PeriodTotal>& totals)
{
    std::vector<std::optional<double>> out(totals.size());
    for (size_t i = 1; i < totals.size(); ++i) {
        const double prev = totals[i - 1].value;
        if (prev != 0)
            out[i] = (totals[i].value - prev) / prev * 100.0;
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

bool histogramView(SqliteConnection& db, const UsageQuery& q, std::vector<HistogramBin>* out, QString* error)
{
    out->clear();
    std::vector<PeriodCustomerValue> cells;
    FactReader reader(db);
    if (!reader.read(q.metricId, q.range, q.granularity, q.customer, &cells, error))
        return false;
    std::vector<double> values;
    values.reserve(cells.size());
    for (const auto& c : cells)
        values.push_back(c.value);
    *out = makeHistogram(std::move(values), q.bins, q.logBins);
    return true;
}

bool topView(SqliteConnection& db, const UsageQuery& q, bool newOnly, std::vector<RankedCustomer>* out, QString* error)
{
    out->clear();
    std::unordered_map<qint64, double> totals;
    FactReader reader(db);
    if (!reader.customerTotals(q.metricId, q.range, q.customer, &totals, error))
        return false;
    double rangeTotal = 0;
    for (const auto& [cid, v] : totals)
        rangeTotal += v;
    std::vector<std::pair<qint64, double>> candidates;
    candidates.reserve(totals.size());
    if (newOnly) {
        const auto created = customerCreatedDays(db, q.datasetId);
        for (const auto& [cid, v] : totals) {
            const auto it = created.find(cid);
            if (it != created.end() && isNewCustomer(it->second, q.range, q.newWithinDays))
                candidates.emplace_back(cid, v);
        }
    } else {
        candidates.assign(totals.begin(), totals.end());
    }
    if (candidates.empty() || q.top <= 0)
        return true;
    // Keep the top N by value plus everything tied with the N-th, then order ties by id.
    const size_t n = std::min(candidates.size(), size_t(q.top));
    std::nth_element(candidates.begin(), candidates.begin() + long(n - 1), candidates.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    const double cutoff = candidates[n - 1].second;
    std::vector<std::pair<qint64, double>> chosen;
    for (const auto& c : candidates) {
        if (c.second >= cutoff)
            chosen.push_back(c);
    }
    std::vector<qint64> ids;
    for (const auto& c : chosen)
        ids.push_back(c.first);
    const auto names = customerNames(db, ids);
    std::sort(chosen.begin(), chosen.end(), [&](const auto& a, const auto& b) {
        if (a.second != b.second)
            return a.second > b.second;
        return names.value(a.first) < names.value(b.first);
    });
    chosen.resize(n);
    int rank = 0;
    for (const auto& [cid, v] : chosen)
        out->push_back({++rank, cid, names.value(cid), v, rangeTotal != 0 ? v / rangeTotal * 100.0 : 0.0});
    return true;
}

bool kpisView(SqliteConnection& db, const UsageQuery& q, UsageKpis* out, QString* error)
{
    *out = {};
    FactReader reader(db);
    std::unordered_map<qint64, double> current;
    std::unordered_map<qint64, double> previous;
    if (!reader.customerTotals(q.metricId, q.range, q.customer, &current, error)
        || !reader.customerTotals(q.metricId, q.range.previous(), q.customer, &previous, error))
        return false;
    std::vector<double> values;
    values.reserve(current.size());
    for (const auto& [cid, v] : current) {
        out->total += v;
        values.push_back(v);
    }
    for (const auto& [cid, v] : previous)
        out->previousTotal += v;
    if (out->previousTotal != 0)
        out->changePct = (out->total - out->previousTotal) / out->previousTotal * 100.0;
    out->activeCustomers = qint64(current.size());
    const auto created = customerCreatedDays(db, q.datasetId);
    for (const auto& [cid, v] : current) {
        const auto it = created.find(cid);
        out->newCustomers += it != created.end() && isNewCustomer(it->second, q.range, q.newWithinDays);
    }
    if (out->activeCustomers > 0)
        out->avgPerActiveCustomer = out->total / double(out->activeCustomers);
    if (out->total != 0 && !values.empty()) {
        std::sort(values.begin(), values.end(), std::greater<>());
        out->topCustomerSharePct = values.front() / out->total * 100.0;
        // Top decile: the largest ceil(10%) of active customers.
        const size_t decile = (values.size() + 9) / 10;
        double sum = 0;
        for (size_t i = 0; i < decile; ++i)
            sum += values[i];
        out->topDecileSharePct = sum / out->total * 100.0;
    }
    return true;
}

} // namespace ul
