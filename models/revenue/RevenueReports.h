// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"
#include "revenue/RevenueAnalysis.h"

#include <optional>

namespace ul {

/// Inclusive range of month indexes (see MonthIndex.h) for the rows of a report; an unset end
/// is open. It only selects rows: the metrics are always computed on all data, so the first
/// row's starting MRR and churn still see the month before.
struct MonthFilter {
    std::optional<int> from;
    std::optional<int> to;
    bool contains(int month) const { return (!from || month >= *from) && (!to || month <= *to); }
};

// Report tables for the command line and exports. Money is in currency units, rates in
// percent; a value that does not exist (e.g. churn without customers) is an empty cell.

/// month,mrr
ReportTable mrrReport(const MrrSeries& series, const MonthFilter& filter = {});
/// month,starting_mrr,new,expansion,reactivation,contraction,churned,ending_mrr
ReportTable mrrMovementsReport(const std::vector<MrrMovement>& movements, const MonthFilter& filter = {});
/// month,active,new,churned,reactivated,logo_churn_pct,revenue_churn_pct,arpa
ReportTable customersReport(const std::vector<CustomerMonth>& customers, const MonthFilter& filter = {});
/// month,nrr_pct,grr_pct,nrr_12m_pct,grr_12m_pct
ReportTable retentionReport(const std::vector<RetentionMonth>& retention, const MonthFilter& filter = {});
/// month,new_customers,spend,cac,arpa,logo_churn_3m_pct,ltv,ltv_cac,payback_months,new_expansion_mrr,growth_pays
/// (growth_pays is "yes" or "no")
ReportTable unitEconomicsReport(const std::vector<UnitEconomicsMonth>& months, const MonthFilter& filter = {});
/// cohort,months_since_start,customers,customer_retention_pct,revenue,revenue_retention_pct;
/// the filter selects cohorts by their start month.
ReportTable cohortsReport(const std::vector<Cohort>& cohorts, const MonthFilter& filter = {});
/// attribute,top_median,rest_median,median_ratio,top_mean,rest_mean,mean_ratio
ReportTable coreProfileReport(const CoreProfile& profile);

} // namespace ul
