// SPDX-License-Identifier: MIT
#pragma once

#include "segments/Rfm.h"

#include <limits>
#include <vector>

namespace ul {

/// Size, value and mean R/F/M of one group of customers (a segment or a cluster).
/// Percentages are 0..100 of all records given; means are NaN for an empty group.
struct RfmGroupStats {
    qint64 customers = 0;
    double customersPct = 0;
    double value = 0; ///< sum of monetary
    double valuePct = 0;
    double meanRecencyDays = std::numeric_limits<double>::quiet_NaN();
    double meanFrequency = std::numeric_limits<double>::quiet_NaN();
    double meanMonetary = std::numeric_limits<double>::quiet_NaN();
};

/// Stats of groups 0..groupCount-1, where group[i] is the group of records[i]; records whose
/// group is outside that range still count in the totals behind the percentages.
/// value_pct is 0 when the total value is 0.
std::vector<RfmGroupStats> rfmGroupStats(const std::vector<RfmRecord>& records, const std::vector<int>& group,
                                         int groupCount);

} // namespace ul
