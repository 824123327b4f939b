// SPDX-License-Identifier: MIT
#include "segments/RfmGroupStats.h"

#include <algorithm>

namespace ul {

std::vector<RfmGroupStats> rfmGroupStats(const std::vector<RfmRecord>& records, const std::vector<int>& group,
                                         int groupCount)
{
    Q_ASSERT(group.size() == records.size());
    std::vector<RfmGroupStats> stats(std::size_t(std::max(groupCount, 0)));
    std::vector<double> sumRecency(stats.size(), 0.0), sumFrequency(stats.size(), 0.0);
    double totalValue = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const RfmRecord& rec = records[i];
        totalValue += rec.monetary;
        const int g = group[i];
        if (g < 0 || g >= groupCount)
            continue;
        RfmGroupStats& s = stats[std::size_t(g)];
        ++s.customers;
        s.value += rec.monetary;
        sumRecency[std::size_t(g)] += rec.recencyDays;
        sumFrequency[std::size_t(g)] += double(rec.frequency);
    }
    const double n = double(records.size());
    for (std::size_t g = 0; g < stats.size(); ++g) {
        RfmGroupStats& s = stats[g];
        s.customersPct = n > 0 ? 100.0 * double(s.customers) / n : 0.0;
        s.valuePct = totalValue != 0 ? 100.0 * s.value / totalValue : 0.0;
        if (s.customers > 0) {
            const double c = double(s.customers);
            s.meanRecencyDays = sumRecency[g] / c;
            s.meanFrequency = sumFrequency[g] / c;
            s.meanMonetary = s.value / c;
        }
    }
    return stats;
}

} // namespace ul
