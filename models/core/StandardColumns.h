// SPDX-License-Identifier: MIT
#pragma once

#include "core/Column.h"

#include <QCoreApplication>

namespace ul {

/// The columns of the registered views, each defined once with its kind, unit and display name.
/// A view builds its table from these (or from columns of its own); renderers read what a column
/// is from the table, never from this list. Widgets address a view's columns through these names.
namespace cols {

using K = ColumnKind;

// Shared by many views.
inline const Column period{"period", K::Period, QT_TRANSLATE_NOOP("ReportColumns", "Period")};
inline const Column month{"month", K::Period, QT_TRANSLATE_NOOP("ReportColumns", "Month")};
inline const Column cohort{"cohort", K::Period, QT_TRANSLATE_NOOP("ReportColumns", "Cohort")};
inline const Column customer{"customer", K::Id, QT_TRANSLATE_NOOP("ReportColumns", "Customer")};
inline const Column metric{"metric", K::Id, QT_TRANSLATE_NOOP("ReportColumns", "Metric")};
inline const Column kpi{"kpi", K::Id, QT_TRANSLATE_NOOP("ReportColumns", "Figure")};
inline const Column value{"value", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Value")};
inline const Column rank{"rank", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "Rank")};
inline const Column activeCustomers{"active_customers", K::Count,
                                    QT_TRANSLATE_NOOP("ReportColumns", "Active customers")};
inline const Column sharePct{"share_pct", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Share"), "%"};
inline const Column cumulativeSharePct{"cumulative_share_pct", K::Percent,
                                       QT_TRANSLATE_NOOP("ReportColumns", "Cumulative share"), "%"};
inline const Column changePct{"change_pct", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Change"), "%"};
inline const Column change{"change", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Change")};
inline const Column changeSharePct{"change_share_pct", K::Percent,
                                   QT_TRANSLATE_NOOP("ReportColumns", "Share of the change"), "%"};
inline const Column partial{"partial", K::Flag, QT_TRANSLATE_NOOP("ReportColumns", "Partial period")};
inline const Column comparePeriod{"compare_period", K::Period, QT_TRANSLATE_NOOP("ReportColumns", "Compared period")};
inline const Column compareValue{"compare_value", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Compared value")};
inline const Column comparePartial{"compare_partial", K::Flag,
                                   QT_TRANSLATE_NOOP("ReportColumns", "Compared period partial")};
inline const Column previousRank{"previous_rank", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "Previous rank")};
inline const Column previousComplete{"previous_complete", K::Flag,
                                     QT_TRANSLATE_NOOP("ReportColumns", "Previous span covered")};
inline const Column rankChange{"rank_change", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Rank change")};
inline const Column trend{"trend", K::Series, QT_TRANSLATE_NOOP("ReportColumns", "Trend")};
inline const Column binStart{"bin_start", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "From")};
inline const Column binEnd{"bin_end", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "To")};
inline const Column count{"count", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "Count")};
inline const Column mrr{"mrr", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "MRR")};
inline const Column previousMrr{"previous_mrr", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "Previous month's MRR")};
inline const Column mrrGrowthPct{"mrr_growth_pct", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "MRR growth"), "%"};
inline const Column startingMrr{"starting_mrr", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "Starting MRR")};
inline const Column opening{"opening", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "Opening MRR")};
inline const Column newCount{"new", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "New")};
inline const Column expansion{"expansion", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "Expansion")};
inline const Column reactivation{"reactivation", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "Reactivation")};
inline const Column contraction{"contraction", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "Contraction")};
inline const Column churned{"churned", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "Churned")};
inline const Column endingMrr{"ending_mrr", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "Ending MRR")};
inline const Column active{"active", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "Active")};
inline const Column reactivated{"reactivated", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "Reactivated")};
inline const Column logoChurnPct{"logo_churn_pct", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Logo churn"), "%"};
inline const Column revenueChurnPct{"revenue_churn_pct", K::Percent,
                                    QT_TRANSLATE_NOOP("ReportColumns", "Revenue churn"), "%"};
inline const Column arpa{"arpa", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "ARPA")};
inline const Column nrrPct{"nrr_pct", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "NRR"), "%"};
inline const Column grrPct{"grr_pct", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "GRR"), "%"};
inline const Column nrr12mPct{"nrr_12m_pct", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "NRR (12 months)"), "%"};
inline const Column grr12mPct{"grr_12m_pct", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "GRR (12 months)"), "%"};
inline const Column newCustomers{"new_customers", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "New customers")};
inline const Column spend{"spend", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "Spend")};
inline const Column cac{"cac", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "CAC")};
inline const Column logoChurn3mPct{"logo_churn_3m_pct", K::Percent,
                                   QT_TRANSLATE_NOOP("ReportColumns", "Logo churn (3 months)"), "%"};
inline const Column ltv{"ltv", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "LTV")};
inline const Column ltvCac{"ltv_cac", K::Ratio, QT_TRANSLATE_NOOP("ReportColumns", "LTV:CAC")};
inline const Column paybackMonths{"payback_months", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Payback (months)"),
                                  "months", 1};
inline const Column newExpansionMrr{"new_expansion_mrr", K::Money,
                                    QT_TRANSLATE_NOOP("ReportColumns", "New + expansion MRR")};
inline const Column growthPays{"growth_pays", K::Flag, QT_TRANSLATE_NOOP("ReportColumns", "Growth pays")};
inline const Column monthsSinceStart{"months_since_start", K::Count,
                                     QT_TRANSLATE_NOOP("ReportColumns", "Months since start")};
inline const Column customers{"customers", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "Customers")};
inline const Column customerRetentionPct{"customer_retention_pct", K::Percent,
                                         QT_TRANSLATE_NOOP("ReportColumns", "Customer retention"), "%"};
inline const Column valueRetentionPct{"value_retention_pct", K::Percent,
                                      QT_TRANSLATE_NOOP("ReportColumns", "Value retention"), "%"};
inline const Column revenue{"revenue", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "Revenue")};
inline const Column revenueRetentionPct{"revenue_retention_pct", K::Percent,
                                        QT_TRANSLATE_NOOP("ReportColumns", "Revenue retention"), "%"};
inline const Column attribute{"attribute", K::Id, QT_TRANSLATE_NOOP("ReportColumns", "Attribute")};
inline const Column topMedian{"top_median", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Top 10% median")};
inline const Column restMedian{"rest_median", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Rest median")};
inline const Column medianRatio{"median_ratio", K::Ratio, QT_TRANSLATE_NOOP("ReportColumns", "Median ratio")};
inline const Column topMean{"top_mean", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Top 10% mean")};
inline const Column restMean{"rest_mean", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Rest mean")};
inline const Column meanRatio{"mean_ratio", K::Ratio, QT_TRANSLATE_NOOP("ReportColumns", "Mean ratio")};
inline const Column segment{"segment", K::Id, QT_TRANSLATE_NOOP("ReportColumns", "Segment")};
inline const Column cluster{"cluster", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "Cluster")};
inline const Column customersPct{"customers_pct", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Customers (share)"),
                                 "%"};
inline const Column valuePct{"value_pct", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Value (share)"), "%"};
inline const Column meanRecencyDays{"mean_recency_days", K::Amount,
                                    QT_TRANSLATE_NOOP("ReportColumns", "Mean recency (days)")};
inline const Column meanFrequency{"mean_frequency", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Mean frequency")};
inline const Column meanMonetary{"mean_monetary", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Mean value")};
inline const Column recencyDays{"recency_days", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "Recency (days)")};
inline const Column frequency{"frequency", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "Frequency")};
inline const Column monetary{"monetary", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Value")};
inline const Column r{"r", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "R")};
inline const Column f{"f", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "F")};
inline const Column m{"m", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "M")};
inline const Column previous{"previous", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Previous")};
inline const Column current{"current", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Current")};
inline const Column status{"status", K::Text, QT_TRANSLATE_NOOP("ReportColumns", "Status")};
inline const Column k{"k", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "k")};
inline const Column inertia{"inertia", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Inertia")};
inline const Column silhouette{"silhouette", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Silhouette")};
inline const Column distance{"distance", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Distance")};
inline const Column previousYear{"previous_year", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Previous year")};
inline const Column currentYear{"current_year", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Current year")};
inline const Column compared{"compared", K::Flag, QT_TRANSLATE_NOOP("ReportColumns", "Compared")};
inline const Column year{"year", K::Period, QT_TRANSLATE_NOOP("ReportColumns", "Year")};
inline const Column yearToDate{"year_to_date", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Year to date")};
inline const Column forecast{"forecast", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Forecast")};
inline const Column lower80{"lower_80", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "80% band from")};
inline const Column upper80{"upper_80", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "80% band to")};
inline const Column lower95{"lower_95", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "95% band from")};
inline const Column upper95{"upper_95", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "95% band to")};
inline const Column model{"model", K::Text, QT_TRANSLATE_NOOP("ReportColumns", "Model")};
inline const Column step{"step", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "Periods ahead")};
inline const Column mape{"mape", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "MAPE"), "%"};
inline const Column smape{"smape", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "sMAPE"), "%"};
inline const Column mase{"mase", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "MASE")};
inline const Column coverage80{"coverage_80", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Inside 80% band"), "%"};
inline const Column coverage95{"coverage_95", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Inside 95% band"), "%"};
inline const Column folds{"folds", K::Count, QT_TRANSLATE_NOOP("ReportColumns", "Backtests")};
inline const Column risk{"risk", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Churn risk"), Column::kFractionUnit};
inline const Column valueAtRisk{"value_at_risk", K::Amount,
                                QT_TRANSLATE_NOOP("ReportColumns", "Value at risk (30 days)")};
inline const Column reason{"reason", K::Text, QT_TRANSLATE_NOOP("ReportColumns", "Strongest signals")};
inline const Column auc{"auc", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "AUC")};
inline const Column precisionAtDecile{"precision_at_decile", K::Percent,
                                      QT_TRANSLATE_NOOP("ReportColumns", "Precision in top 10%"),
                                      Column::kFractionUnit};
inline const Column recallAtDecile{"recall_at_decile", K::Percent,
                                   QT_TRANSLATE_NOOP("ReportColumns", "Recall in top 10%"), Column::kFractionUnit};
inline const Column baseRate{"base_rate", K::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Base rate"),
                             Column::kFractionUnit};
inline const Column currentYtd{"current_ytd", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Compared months")};
inline const Column previousYtd{"previous_ytd", K::Amount, QT_TRANSLATE_NOOP("ReportColumns", "Same months last year")};

// The money movements of mrr-movements: the same keys as the customer counts of other views.
inline const Column newMrr{"new", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "New")};
inline const Column churnedMrr{"churned", K::Money, QT_TRANSLATE_NOOP("ReportColumns", "Churned")};

// excluded-invoices: one invoice per row.
inline const Column invoice{"invoice", K::Id, nullptr};
inline const Column subscription{"subscription", K::Id, nullptr};
inline const Column issued{"issued", K::Period, nullptr};
inline const Column currency{"currency", K::Text, nullptr};
inline const Column invoiceAmount{"amount", K::Amount, nullptr};
inline const Column invoiceKind{"kind", K::Text, nullptr};

} // namespace cols

/// The figures of the headline tables (kpis, revenue-kpis): a row each, named by key in the `kpi`
/// column, its number in `value`. Titled like the columns of the same key where there is one.
namespace figures {

using K = ColumnKind;

inline const Column total{"total", K::Amount, nullptr};
inline const Column previousTotal{"previous_total", K::Amount, nullptr};
inline const Column changePct = cols::changePct;
inline const Column previousComplete = cols::previousComplete;
inline const Column activeCustomers = cols::activeCustomers;
inline const Column newCustomers = cols::newCustomers;
inline const Column avgPerActiveCustomer{"avg_per_active_customer", K::Amount, nullptr};
inline const Column topCustomerSharePct{"top_customer_share_pct", K::Percent, nullptr, "%"};
inline const Column topDecileSharePct{"top_decile_share_pct", K::Percent, nullptr, "%"};

inline const Column month = cols::month;
inline const Column monthComplete{"month_complete", K::Flag, nullptr};
inline const Column partialMonth{"partial_month", K::Period, nullptr};
inline const Column coveredTo{"covered_to", K::Period, nullptr};
inline const Column currency = cols::currency;
inline const Column mrr = cols::mrr;
inline const Column previousMrr = cols::previousMrr;
inline const Column mrrGrowthPct = cols::mrrGrowthPct;
inline const Column nrrPct = cols::nrrPct;
inline const Column nrr12mPct = cols::nrr12mPct;
inline const Column logoChurnPct = cols::logoChurnPct;
inline const Column logoChurn3mPct = cols::logoChurn3mPct;
inline const Column ltv = cols::ltv;
inline const Column cac = cols::cac;
inline const Column ltvCac = cols::ltvCac;
inline const Column paybackMonths = cols::paybackMonths;
inline const Column growthPays = cols::growthPays;

} // namespace figures

} // namespace ul
