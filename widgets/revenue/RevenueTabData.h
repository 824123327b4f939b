// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "report/tabs/RevenueTabResult.h"

namespace ul {

/// The Revenue tab's results (report/tabs/RevenueTabResult.h) with the filters they answer.
struct RevenueTabData : RevenueTabResult {
    FilterState filters;

    /// The filters as a revenue request on `dataset`, run on the calling (worker) thread.
    static RevenueTabData load(const QString& workspacePath, const QString& dataset, const FilterState& filters,
                               const RevenueSettings& settings, const QString& currency = QString())
    {
        ReportRequest request = toRequest(filters);
        request.dataset = dataset;
        request.revenue = settings;
        request.currency = currency;
        return {RevenueTabResult::load(workspacePath, request), filters};
    }
};

} // namespace ul
