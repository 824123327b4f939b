// SPDX-License-Identifier: MIT
#include "report/ColumnFormat.h"

#include <QCoreApplication>

#include <utility>

namespace ul {

namespace {

struct KnownColumn {
    const char* key;
    ValueKind kind;
    const char* title;
};

// Every column a registered view prints, with its display header.
const KnownColumn kColumns[] = {
    {"period", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Period")},
    {"month", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Month")},
    {"cohort", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Cohort")},
    {"customer", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Customer")},
    {"metric", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Metric")},
    {"kpi", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Figure")},
    {"value", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Value")},
    {"rank", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "Rank")},
    {"active_customers", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "Active customers")},
    {"share_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Share")},
    {"cumulative_share_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Cumulative share")},
    {"change_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Change")},
    {"change", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Change")},
    {"change_share_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Share of the change")},
    {"partial", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Partial period")},
    {"compare_period", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Compared period")},
    {"compare_value", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Compared value")},
    {"compare_partial", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Compared period partial")},
    {"previous_rank", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "Previous rank")},
    {"previous_complete", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Previous span covered")},
    {"rank_change", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Rank change")},
    {"trend", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Trend")},
    {"bin_start", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "From")},
    {"bin_end", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "To")},
    {"count", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "Count")},
    {"mrr", ValueKind::Money, QT_TRANSLATE_NOOP("ReportColumns", "MRR")},
    {"previous_mrr", ValueKind::Money, QT_TRANSLATE_NOOP("ReportColumns", "Previous month's MRR")},
    {"mrr_growth_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "MRR growth")},
    {"starting_mrr", ValueKind::Money, QT_TRANSLATE_NOOP("ReportColumns", "Starting MRR")},
    {"opening", ValueKind::Money, QT_TRANSLATE_NOOP("ReportColumns", "Opening MRR")},
    {"new", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "New")},
    {"expansion", ValueKind::Money, QT_TRANSLATE_NOOP("ReportColumns", "Expansion")},
    {"reactivation", ValueKind::Money, QT_TRANSLATE_NOOP("ReportColumns", "Reactivation")},
    {"contraction", ValueKind::Money, QT_TRANSLATE_NOOP("ReportColumns", "Contraction")},
    {"churned", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "Churned")},
    {"ending_mrr", ValueKind::Money, QT_TRANSLATE_NOOP("ReportColumns", "Ending MRR")},
    {"active", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "Active")},
    {"reactivated", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "Reactivated")},
    {"logo_churn_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Logo churn")},
    {"revenue_churn_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Revenue churn")},
    {"arpa", ValueKind::Money, QT_TRANSLATE_NOOP("ReportColumns", "ARPA")},
    {"nrr_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "NRR")},
    {"grr_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "GRR")},
    {"nrr_12m_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "NRR (12 months)")},
    {"grr_12m_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "GRR (12 months)")},
    {"new_customers", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "New customers")},
    {"spend", ValueKind::Money, QT_TRANSLATE_NOOP("ReportColumns", "Spend")},
    {"cac", ValueKind::Money, QT_TRANSLATE_NOOP("ReportColumns", "CAC")},
    {"logo_churn_3m_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Logo churn (3 months)")},
    {"ltv", ValueKind::Money, QT_TRANSLATE_NOOP("ReportColumns", "LTV")},
    {"ltv_cac", ValueKind::Ratio, QT_TRANSLATE_NOOP("ReportColumns", "LTV:CAC")},
    {"payback_months", ValueKind::Months, QT_TRANSLATE_NOOP("ReportColumns", "Payback (months)")},
    {"new_expansion_mrr", ValueKind::Money, QT_TRANSLATE_NOOP("ReportColumns", "New + expansion MRR")},
    {"growth_pays", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Growth pays")},
    {"months_since_start", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "Months since start")},
    {"customers", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "Customers")},
    {"customer_retention_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Customer retention")},
    {"value_retention_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Value retention")},
    {"revenue", ValueKind::Money, QT_TRANSLATE_NOOP("ReportColumns", "Revenue")},
    {"revenue_retention_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Revenue retention")},
    {"attribute", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Attribute")},
    {"top_median", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Top 10% median")},
    {"rest_median", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Rest median")},
    {"median_ratio", ValueKind::Ratio, QT_TRANSLATE_NOOP("ReportColumns", "Median ratio")},
    {"top_mean", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Top 10% mean")},
    {"rest_mean", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Rest mean")},
    {"mean_ratio", ValueKind::Ratio, QT_TRANSLATE_NOOP("ReportColumns", "Mean ratio")},
    {"segment", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Segment")},
    {"cluster", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "Cluster")},
    {"customers_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Customers (share)")},
    {"value_pct", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Value (share)")},
    {"mean_recency_days", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Mean recency (days)")},
    {"mean_frequency", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Mean frequency")},
    {"mean_monetary", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Mean value")},
    {"recency_days", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "Recency (days)")},
    {"frequency", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "Frequency")},
    {"monetary", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Value")},
    {"r", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "R")},
    {"f", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "F")},
    {"m", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "M")},
    {"previous", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Previous")},
    {"current", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Current")},
    {"status", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Status")},
    {"k", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "k")},
    {"inertia", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Inertia")},
    {"silhouette", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Silhouette")},
    {"distance", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Distance")},
    {"previous_year", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Previous year")},
    {"current_year", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Current year")},
    {"compared", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Compared")},
    {"year", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Year")},
    {"year_to_date", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Year to date")},
    {"forecast", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Forecast")},
    {"lower_80", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "80% band from")},
    {"upper_80", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "80% band to")},
    {"lower_95", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "95% band from")},
    {"upper_95", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "95% band to")},
    {"model", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Model")},
    {"step", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "Periods ahead")},
    {"mape", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "MAPE")},
    {"smape", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "sMAPE")},
    {"mase", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "MASE")},
    {"coverage_80", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Inside 80% band")},
    {"coverage_95", ValueKind::Percent, QT_TRANSLATE_NOOP("ReportColumns", "Inside 95% band")},
    {"folds", ValueKind::Count, QT_TRANSLATE_NOOP("ReportColumns", "Backtests")},
    {"risk", ValueKind::Probability, QT_TRANSLATE_NOOP("ReportColumns", "Churn risk")},
    {"value_at_risk", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Value at risk (30 days)")},
    {"reason", ValueKind::Text, QT_TRANSLATE_NOOP("ReportColumns", "Strongest signals")},
    {"auc", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "AUC")},
    {"precision_at_decile", ValueKind::Probability, QT_TRANSLATE_NOOP("ReportColumns", "Precision in top 10%")},
    {"recall_at_decile", ValueKind::Probability, QT_TRANSLATE_NOOP("ReportColumns", "Recall in top 10%")},
    {"base_rate", ValueKind::Probability, QT_TRANSLATE_NOOP("ReportColumns", "Base rate")},
    {"current_ytd", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Compared months")},
    {"previous_ytd", ValueKind::Number, QT_TRANSLATE_NOOP("ReportColumns", "Same months last year")},
};

const KnownColumn* known(const QString& key)
{
    for (const KnownColumn& c : kColumns)
        if (key == QLatin1String(c.key))
            return &c;
    return nullptr;
}

} // namespace

ValueKind columnKind(const QString& view, const QString& key)
{
    // MRR movements are all money, whatever the same key means elsewhere.
    if (view == QLatin1String("mrr-movements") && key != QLatin1String("month"))
        return ValueKind::Money;
    if (const KnownColumn* c = known(key))
        return c->kind;
    if (key.endsWith(QLatin1String("_pct")))
        return ValueKind::Percent;
    return ValueKind::Number;
}

QString columnTitle(const QString& key)
{
    if (const KnownColumn* c = known(key))
        return QCoreApplication::translate("ReportColumns", c->title);
    QString title = key;
    title.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

} // namespace ul
