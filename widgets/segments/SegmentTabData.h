// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "report/tabs/SegmentTabResult.h"

namespace ul {

/// The Segments tab's inputs (report/tabs/SegmentTabResult.h) with the filters they answer.
struct SegmentTabData : SegmentTabResult {
    FilterState filters;

    /// The filters as a request clustering metric `metricId`, run on the calling (worker) thread.
    static SegmentTabData load(const QString& workspacePath, qint64 metricId, const FilterState& filters,
                               const ClusterParams& params)
    {
        ReportRequest request = toRequest(filters);
        request.cluster = params;
        return {SegmentTabResult::load(workspacePath, metricId, request), filters};
    }
};

} // namespace ul
