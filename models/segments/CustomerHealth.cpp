// SPDX-License-Identifier: MIT
#include "segments/CustomerHealth.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ul {

QString healthStatusKey(HealthStatus status)
{
    switch (status) {
    case HealthStatus::AtRisk: return QStringLiteral("at_risk");
    case HealthStatus::Expanding: return QStringLiteral("expanding");
    case HealthStatus::New: return QStringLiteral("new");
    case HealthStatus::Churned: return QStringLiteral("churned");
    case HealthStatus::Stable: break;
    }
    return QStringLiteral("stable");
}

std::vector<HealthRecord> assessHealth(const std::vector<CustomerSeries>& series, const HealthOptions& options,
                                       const std::unordered_map<qint64, std::pair<double, double>>* windows)
{
    const std::size_t n = std::size_t(std::max(options.periods, 1));
    const double threshold = options.thresholdPct * (1 - 1e-9);
    std::vector<HealthRecord> out;
    for (const CustomerSeries& s : series) {
        HealthRecord rec;
        rec.customer = s.customer;
        // Right-align the last 2N values; missing older periods stay 0.
        rec.trend.assign(2 * n, 0.0);
        const std::size_t take = std::min(s.values.size(), 2 * n);
        std::copy(s.values.end() - std::ptrdiff_t(take), s.values.end(), rec.trend.end() - std::ptrdiff_t(take));
        for (std::size_t p = 0; p < n; ++p) {
            rec.previous += rec.trend[p];
            rec.current += rec.trend[n + p];
        }
        if (windows) {
            const auto it = windows->find(s.customer);
            rec.previous = it != windows->end() ? it->second.first : 0.0;
            rec.current = it != windows->end() ? it->second.second : 0.0;
        }
        if (rec.previous == 0 && rec.current == 0)
            continue;
        rec.changePct = rec.previous != 0 ? (rec.current - rec.previous) * 100.0 / std::abs(rec.previous)
                                          : std::numeric_limits<double>::quiet_NaN();
        if (rec.previous == 0)
            rec.status = rec.current > 0 ? HealthStatus::New : HealthStatus::Stable;
        else if (rec.current == 0 && rec.previous > 0)
            rec.status = HealthStatus::Churned;
        else if (rec.changePct <= -threshold)
            rec.status = HealthStatus::AtRisk;
        else if (rec.changePct >= threshold)
            rec.status = HealthStatus::Expanding;
        else
            rec.status = HealthStatus::Stable;
        out.push_back(std::move(rec));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const HealthRecord& a, const HealthRecord& b) { return a.customer < b.customer; });
    return out;
}

} // namespace ul
