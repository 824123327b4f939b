// SPDX-License-Identifier: MIT
#pragma once

#include "report/ReportRequest.h"

namespace ul {

/// The request's days as a range; empty when either end is unset (a tab loads nothing then).
inline DateRange requestedRange(const ReportRequest& request)
{
    return request.from && request.to ? DateRange{*request.from, *request.to} : DateRange{};
}

} // namespace ul
