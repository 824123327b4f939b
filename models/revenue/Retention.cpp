// SPDX-License-Identifier: MIT
#include "revenue/Retention.h"

#include <algorithm>

namespace ul {

std::vector<RetentionMonth> computeRetention(const MrrSeries& series, const std::vector<MrrMovement>& movements)
{
    std::vector<RetentionMonth> out(series.total.size());
    for (size_t i = 0; i < out.size(); ++i) {
        out[i].month = series.firstMonth + int(i);
        if (i >= movements.size())
            continue;
        const MrrMovement& mv = movements[i];
        if (mv.starting > 0) {
            const Micros kept = mv.starting - mv.contraction - mv.churned;
            out[i].nrr = double(kept + mv.expansion) / double(mv.starting);
            out[i].grr = double(kept) / double(mv.starting);
        }
    }

    // Integer sums per month of the base customers twelve months earlier.
    std::vector<Micros> netNow(out.size(), 0);
    std::vector<Micros> grossNow(out.size(), 0);
    for (const CustomerMrr& c : series.customers) {
        for (int then = c.firstMonth; then <= c.lastMonth(); ++then) {
            const Micros base = c.at(then);
            const int now = then + 12;
            if (base <= 0 || now > series.lastMonth())
                continue;
            const Micros current = c.at(now);
            netNow[size_t(now - series.firstMonth)] += current;
            grossNow[size_t(now - series.firstMonth)] += std::min(current, base);
        }
    }
    for (size_t i = 12; i < out.size(); ++i) {
        const Micros base = series.total[i - 12];
        if (base <= 0)
            continue;
        out[i].nrr12m = double(netNow[i]) / double(base);
        out[i].grr12m = double(grossNow[i]) / double(base);
    }
    return out;
}

} // namespace ul
