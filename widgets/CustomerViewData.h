// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "report/tabs/CustomerViewResult.h"

namespace ul {

/// The customer view's trends (report/tabs/CustomerViewResult.h) with the filters they answer.
struct CustomerViewData : CustomerViewResult {
    FilterState filters;

    /// `externalId` empty: all customers. Runs on the calling (worker) thread.
    static CustomerViewData load(const QString& workspacePath, const DatasetInfo& dataset, const QString& externalId,
                                 const FilterState& filters)
    {
        ReportRequest request = toRequest(filters);
        request.customer = externalId;
        return {CustomerViewResult::load(workspacePath, dataset, request), filters};
    }
};

} // namespace ul
