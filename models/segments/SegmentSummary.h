// SPDX-License-Identifier: MIT
#pragma once

#include "segments/RfmGroupStats.h"
#include "segments/SegmentRules.h"

#include <QString>

#include <vector>

namespace ul {

struct SegmentSummaryRow {
    QString segment;
    RfmGroupStats stats;
};

/// One row per distinct rule name in table order (empty segments included, so the table
/// has the same shape for every dataset), then "Others" if any customer fell through.
/// `segments` is parallel to `records` (see assignSegments()).
std::vector<SegmentSummaryRow> summarizeSegments(const std::vector<RfmRecord>& records,
                                                 const std::vector<QString>& segments,
                                                 const std::vector<SegmentRule>& rules);

} // namespace ul
