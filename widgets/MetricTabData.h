// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "report/tabs/MetricTabResult.h"

namespace ul {

/// A metric tab's results (report/tabs/MetricTabResult.h) with the filters they answer: the tab
/// compares those with the bar's to drop a superseded load.
struct MetricTabData : MetricTabResult {
    FilterState filters;

    /// The filters as a request for `metricKey`, run on the calling (worker) thread.
    static MetricTabData load(const QString& workspacePath, const QString& metricKey, const FilterState& filters,
                              TabResults::Views which = TabResults::Views::All, bool withActivity = false,
                              const Comparison& compare = {})
    {
        ReportRequest request = toRequest(filters, metricKey);
        request.compare = compare;
        return {MetricTabResult::load(workspacePath, request, which, withActivity, filters.breakdown), filters};
    }
};

} // namespace ul
