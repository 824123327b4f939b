// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "report/tabs/HealthTabResult.h"

namespace ul {

/// The Health tab's results (report/tabs/HealthTabResult.h) with the filters they answer.
struct HealthTabData : HealthTabResult {
    FilterState filters;

    /// The filters as a health request for `metricKey`, run on the calling (worker) thread.
    static HealthTabData load(const QString& workspacePath, const QString& metricKey, const FilterState& filters,
                              const HealthOptions& options)
    {
        ReportRequest request = toRequest(filters, metricKey);
        request.health = options;
        return {HealthTabResult::load(workspacePath, request), filters};
    }
};

} // namespace ul
