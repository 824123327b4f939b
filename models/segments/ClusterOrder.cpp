// SPDX-License-Identifier: MIT
#include "segments/ClusterOrder.h"

#include <QtGlobal>

#include <algorithm>
#include <numeric>

namespace ul {

std::vector<int> orderClustersByValue(std::vector<int>& labels, const std::vector<double>& values,
                                      ClusterValueOrder order, int clusterCount)
{
    Q_ASSERT(labels.size() == values.size());
    int k = std::max(clusterCount, 0);
    for (int label : labels)
        k = std::max(k, label + 1);
    std::vector<double> sum(std::size_t(k), 0.0);
    std::vector<std::size_t> count(std::size_t(k), 0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0)
            continue;
        sum[std::size_t(labels[i])] += values[i];
        ++count[std::size_t(labels[i])];
    }
    std::vector<int> byValue(static_cast<std::size_t>(k));
    std::iota(byValue.begin(), byValue.end(), 0);
    auto key = [&](int c) {
        return order == ClusterValueOrder::MeanValue ? sum[std::size_t(c)] / double(count[std::size_t(c)])
                                                     : sum[std::size_t(c)];
    };
    std::stable_sort(byValue.begin(), byValue.end(), [&](int a, int b) {
        const bool emptyA = count[std::size_t(a)] == 0;
        const bool emptyB = count[std::size_t(b)] == 0;
        if (emptyA || emptyB)
            return !emptyA && emptyB;
        return key(a) > key(b);
    });
    std::vector<int> newLabel(static_cast<std::size_t>(k));
    for (int rank = 0; rank < k; ++rank)
        newLabel[std::size_t(byValue[std::size_t(rank)])] = rank;
    for (int& label : labels) {
        if (label >= 0)
            label = newLabel[std::size_t(label)];
    }
    return newLabel;
}

} // namespace ul
