// SPDX-License-Identifier: MIT
#include "churn/ChurnAccuracy.h"

#include <algorithm>
#include <numeric>

namespace ul {

ChurnAccuracy churnAccuracy(const std::vector<double>& risk, const std::vector<char>& churned)
{
    ChurnAccuracy a;
    const size_t n = std::min(risk.size(), churned.size());
    a.customers = int(n);
    if (n == 0)
        return a;
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return risk[x] < risk[y]; });
    // Mann–Whitney: the positives' rank sum, tied risks sharing their average rank.
    double rankSum = 0;
    size_t positives = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && risk[order[j]] == risk[order[i]])
            ++j;
        const double averageRank = (double(i + 1) + double(j)) / 2.0;
        for (size_t t = i; t < j; ++t)
            if (churned[order[t]]) {
                rankSum += averageRank;
                ++positives;
            }
        i = j;
    }
    const size_t negatives = n - positives;
    a.baseRate = double(positives) / double(n);
    if (positives > 0 && negatives > 0)
        a.auc = (rankSum - double(positives) * double(positives + 1) / 2.0) / (double(positives) * double(negatives));
    const size_t top = (n + 9) / 10;
    std::vector<size_t> byRisk(n);
    std::iota(byRisk.begin(), byRisk.end(), size_t(0));
    std::stable_sort(byRisk.begin(), byRisk.end(), [&](size_t x, size_t y) { return risk[x] > risk[y]; });
    size_t hits = 0;
    for (size_t i = 0; i < top; ++i)
        hits += churned[byRisk[i]] ? 1 : 0;
    a.precisionAtDecile = double(hits) / double(top);
    if (positives > 0)
        a.recallAtDecile = double(hits) / double(positives);
    return a;
}

} // namespace ul
