// SPDX-License-Identifier: MIT
#include "segments/HealthWindow.h"

#include <algorithm>
#include <map>

namespace ul {

HealthWindow HealthWindow::ending(Day last, Granularity g, int periods)
{
    HealthWindow w;
    w.end = last;
    w.starts.push_back(periodStart(last, g));
    while (int(w.starts.size()) < 2 * std::max(1, periods))
        w.starts.insert(w.starts.begin(), periodStart(w.starts.front() - 1, g));
    return w;
}

std::vector<CustomerSeries> HealthWindow::series(const std::vector<ActivityRow>& rows) const
{
    // std::map keeps customers ordered, which assessHealth() documents for its output anyway.
    std::map<qint64, std::vector<double>> byCustomer;
    for (const ActivityRow& r : rows) {
        if (r.day < first() || r.day > end)
            continue;
        const auto it = std::upper_bound(starts.begin(), starts.end(), r.day);
        auto& values = byCustomer[r.customer];
        values.resize(starts.size());
        values[std::size_t(it - starts.begin()) - 1] += r.value;
    }
    std::vector<CustomerSeries> out;
    out.reserve(byCustomer.size());
    for (auto& [customer, values] : byCustomer)
        out.push_back({customer, std::move(values)});
    return out;
}

std::vector<CustomerSeries> HealthWindow::seriesOf(const std::vector<CustomerPeriod>& periods,
                                                   const std::function<double(const CustomerPeriod&)>& value) const
{
    std::map<qint64, std::vector<double>> byCustomer;
    for (const CustomerPeriod& p : periods) {
        const auto it = std::lower_bound(starts.begin(), starts.end(), p.period);
        if (it == starts.end() || *it != p.period)
            continue;
        auto& values = byCustomer[p.customer];
        values.resize(starts.size());
        values[std::size_t(it - starts.begin())] += value(p);
    }
    std::vector<CustomerSeries> out;
    out.reserve(byCustomer.size());
    for (auto& [customer, values] : byCustomer)
        out.push_back({customer, std::move(values)});
    return out;
}

} // namespace ul
