// SPDX-License-Identifier: MIT
#include "churn/ChurnFeatures.h"

#include <algorithm>
#include <cmath>

namespace ul {

double symmetricChange(double recent, double earlier)
{
    const double sum = std::abs(recent) + std::abs(earlier);
    return sum > 0 ? (recent - earlier) / sum : 0.0;
}

ChurnVector churnFeatures(const ChurnFacts& f)
{
    ChurnVector x{};
    x[RecentChange] = symmetricChange(f.recent, f.earlier);
    x[RelativeChange] = x[RecentChange] - f.workspaceChange;
    // Slope of the weekly sums (x = 0..7) relative to their mean size.
    double sx = 0, sy = 0, sxx = 0, sxy = 0, size = 0;
    for (size_t i = 0; i < f.weeks.size(); ++i) {
        const double t = double(i);
        sx += t;
        sy += f.weeks[i];
        sxx += t * t;
        sxy += t * f.weeks[i];
        size += std::abs(f.weeks[i]) / double(f.weeks.size());
    }
    const double n = double(f.weeks.size());
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    x[WeeklySlope] = size > 0 ? std::clamp(slope / size, -1.0, 1.0) : 0.0;
    x[ActiveShare30] = f.active30 / 30.0;
    x[ActiveShare7] = f.active7 / 7.0;
    x[EarlierShare] = (f.active90 - f.active30) / 60.0;
    x[DaysSince] = std::log1p(double(std::max(0, f.daysSince)));
    x[LongestGap] = std::log1p(double(std::max(0, f.longestGap)));
    x[Tenure] = std::log1p(double(std::clamp(f.tenure, 0, kTenureCap)));
    x[UsageLevel] = std::asinh(f.level);
    return x;
}

ChurnFeatureCollector::ChurnFeatureCollector(std::vector<Day> references, int within)
    : m_references(std::move(references))
    , m_within(within)
{
    for (Day d : m_references) {
        Reference r;
        r.day = d;
        m_refs.push_back(std::move(r));
    }
}

Day ChurnFeatureCollector::firstDayNeeded() const
{
    Day first = m_references.empty() ? 0 : m_references.front();
    for (Day d : m_references)
        first = std::min(first, d);
    return first - kTenureCap + 1;
}

void ChurnFeatureCollector::add(quint32 customer, Day day, double value)
{
    for (Reference& r : m_refs) {
        const int back = r.day - day; // 0 = the reference day itself; negative: after it
        if (back >= kTenureCap || back < -m_within)
            continue;
        if (r.slot.size() <= customer)
            r.slot.resize(size_t(customer) + 1, -1);
        qint32& slot = r.slot[customer];
        if (slot < 0) {
            slot = qint32(r.accumulators.size());
            r.accumulators.emplace_back();
            r.customers.push_back(customer);
        }
        Accumulator& a = r.accumulators[size_t(slot)];
        if (back < 0) {
            a.after = true;
            continue;
        }
        if (!a.seen) {
            a.seen = true;
            a.first = day;
        }
        a.last = day;
        if (back < kActiveDays) {
            // Days come in order: the gap since the previous active day inside the window.
            if (a.seenRecent)
                a.longestGap = std::max(a.longestGap, day - a.previous - 1);
            a.seenRecent = true;
            a.previous = day;
            ++a.active90;
            if (back < 30) {
                ++a.active30;
                a.last30 += value;
            }
            if (back < 7)
                ++a.active7;
            if (back < 28)
                a.recent += value;
            else if (back < 84)
                a.earlier += value;
            if (back < 56)
                a.weeks[size_t(back / 7)] += float(value);
        }
    }
}

std::vector<ChurnFacts> ChurnFeatureCollector::facts(size_t index) const
{
    const Reference& r = m_refs[index];
    std::vector<ChurnFacts> out;
    double recent = 0, earlier = 0;
    for (size_t i = 0; i < r.accumulators.size(); ++i) {
        const Accumulator& a = r.accumulators[i];
        if (a.active90 == 0)
            continue; // not active in the last 90 days: not in the population
        ChurnFacts f;
        f.customer = r.customers[i];
        f.reference = r.day;
        f.recent = a.recent / 28.0;
        f.earlier = a.earlier / 56.0;
        f.level = (a.recent + a.earlier) / 84.0;
        for (size_t w = 0; w < 8; ++w)
            f.weeks[7 - w] = a.weeks[w];
        f.active7 = a.active7;
        f.active30 = a.active30;
        f.active90 = a.active90;
        f.daysSince = r.day - a.last;
        f.longestGap = a.longestGap;
        f.tenure = r.day - a.first;
        f.valueLast30 = a.last30;
        f.activeAfter = a.after;
        recent += f.recent;
        earlier += f.earlier;
        out.push_back(f);
    }
    const double workspace = symmetricChange(recent, earlier);
    for (ChurnFacts& f : out)
        f.workspaceChange = workspace;
    std::sort(out.begin(), out.end(), [](const ChurnFacts& a, const ChurnFacts& b) { return a.customer < b.customer; });
    return out;
}

} // namespace ul
