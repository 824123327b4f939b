// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"
#include "revenue/Cohorts.h"
#include "revenue/CoreProfile.h"
#include "revenue/CustomerCounts.h"
#include "revenue/Retention.h"
#include "revenue/UnitEconomics.h"

#include <optional>
#include <vector>

namespace ul {

/// Every revenue result of one dataset: a plain value, computed on any thread (e.g. inside
/// QtConcurrent::run) and handed to the GUI or the command line as a whole.
struct RevenueAnalysis {
    RevenueSettings settings;
    qint64 invoiceCount = 0; ///< source invoices analysed (the rows behind each customer-day)
    Day firstDay = 0;        ///< of the first invoice; with lastDay, what the data covers
    Day lastDay = -1;        ///< of the last invoice; below firstDay when there are none
    MrrSeries series;
    std::vector<MrrMovement> movements;
    std::vector<CustomerMonth> customers;
    std::vector<RetentionMonth> retention;
    std::vector<UnitEconomicsMonth> unitEconomics;
    std::vector<Cohort> cohorts;
    CoreProfile coreProfile;
};

/// The days of `month` that the invoices (first to last invoice day) and the range `from`..`to`,
/// when set, cover; `to < from` when none.
DateRange coveredDays(const RevenueAnalysis& analysis, int month, std::optional<Day> from = std::nullopt,
                      std::optional<Day> to = std::nullopt);
/// Whether coveredDays() is the whole month. Only a complete month drives a headline figure: a month
/// cut by the end of the export is not a drop.
bool monthIsComplete(const RevenueAnalysis& analysis, int month, std::optional<Day> from = std::nullopt,
                     std::optional<Day> to = std::nullopt);

RevenueAnalysis analyzeRevenue(const std::vector<Invoice>& invoices, const CustomerAttributes& attributes,
                               const RevenueSettings& settings);
/// The same on an MRR series computed elsewhere (subscription MRR of billing exports); `invoices`
/// are the counted invoices by the day they were issued (what the data covers, the profile).
RevenueAnalysis analyzeRevenueSeries(MrrSeries series, const std::vector<Invoice>& invoices,
                                     const CustomerAttributes& attributes, const RevenueSettings& settings);

} // namespace ul
