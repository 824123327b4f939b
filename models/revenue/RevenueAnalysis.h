// SPDX-License-Identifier: MIT
#pragma once

#include "revenue/Cohorts.h"
#include "revenue/CoreProfile.h"
#include "revenue/CustomerCounts.h"
#include "revenue/Retention.h"
#include "revenue/UnitEconomics.h"

#include <vector>

namespace ul {

/// Every revenue result of one dataset: a plain value, computed on any thread (e.g. inside
/// QtConcurrent::run) and handed to the GUI or the command line as a whole.
struct RevenueAnalysis {
    RevenueSettings settings;
    qint64 invoiceCount = 0; ///< invoices analysed (one per customer and day, see invoicesFromActivity())
    MrrSeries series;
    std::vector<MrrMovement> movements;
    std::vector<CustomerMonth> customers;
    std::vector<RetentionMonth> retention;
    std::vector<UnitEconomicsMonth> unitEconomics;
    std::vector<Cohort> cohorts;
    CoreProfile coreProfile;
};

RevenueAnalysis analyzeRevenue(const std::vector<Invoice>& invoices, const CustomerAttributes& attributes,
                               const RevenueSettings& settings);

} // namespace ul
