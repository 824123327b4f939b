// SPDX-License-Identifier: MIT
#include "revenue/Cohorts.h"

#include <map>

namespace ul {

double Cohort::customerRetention(int k) const
{
    if (k < 0 || k >= int(customers.size()) || size() == 0)
        return 0;
    return double(customers[size_t(k)]) / size();
}

std::optional<double> Cohort::revenueRetention(int k) const
{
    if (k < 0 || k >= int(revenue.size()) || revenue.front() <= 0)
        return std::nullopt;
    return double(revenue[size_t(k)]) / double(revenue.front());
}

std::vector<Cohort> computeCohorts(const MrrSeries& series)
{
    std::map<int, Cohort> byMonth;
    for (const CustomerMrr& c : series.customers) {
        const auto start = c.firstRevenueMonth();
        if (!start)
            continue;
        Cohort& cohort = byMonth[*start];
        if (cohort.customers.empty()) {
            const size_t length = size_t(series.lastMonth() - *start + 1);
            cohort.month = *start;
            cohort.customers.assign(length, 0);
            cohort.revenue.assign(length, 0);
        }
        for (size_t k = 0; k < cohort.customers.size(); ++k) {
            const Micros mrr = c.at(*start + int(k));
            if (mrr > 0)
                ++cohort.customers[k];
            cohort.revenue[k] += mrr;
        }
    }
    std::vector<Cohort> out;
    out.reserve(byMonth.size());
    for (auto& entry : byMonth)
        out.push_back(std::move(entry.second));
    return out;
}

} // namespace ul
