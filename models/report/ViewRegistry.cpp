// SPDX-License-Identifier: MIT
// The one list of report views. Adding a view: write its function (views/), declare and
// register it below, test it; it then appears in `report`, the window's tables, the PDF and
// the workbook.
#include "report/ViewRegistry.h"

#include <QCoreApplication>

namespace ul {

// Usage views of one metric (views/UsageReportViews.cpp).
bool totalsReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool cumulativeReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool changeReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool histogramReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool topReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool topNewReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool kpisReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool paretoReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);  // views/ParetoView.cpp
bool rankingReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*); // views/RankingView.cpp
// The analyst's toolkit (views/AnalystViews.cpp).
bool pivotReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool distributionReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool registrationsReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
// Who drove a period's change (views/ContributorsView.cpp).
bool contributorsReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
// Forecasts and their backtests (views/ForecastViews.cpp).
bool forecastReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool forecastAccuracyReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool mrrForecastReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool mrrForecastAccuracyReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
// Churn risk and its backtest (views/ChurnViews.cpp).
bool churnRiskReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool churnRiskAccuracyReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
// Revenue views of an invoices dataset (views/RevenueReportViews.cpp).
bool revenueKpisReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool mrrReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool mrrMovementsReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool revenueCustomersReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool retentionReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool unitEconomicsReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool cohortsReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool excludedInvoicesReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool coreProfileReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
// Segmentation views (views/SegmentReportViews.cpp).
bool rfmReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool segmentsReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool clustersReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool clusterSummaryReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool kmeansKReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool kDistanceReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool healthReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool healthSummaryReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
// One customer's trends (views/CustomerReportViews.cpp).
bool customerTotalsReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool customerMonthsReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool customerYoyReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);
bool customerYtdReportView(ReportContext&, const ReportRequest&, ReportTable*, ReportError*);

const std::vector<ViewSpec>& reportViews()
{
    static const std::vector<ViewSpec> views{
        {QStringLiteral("totals"), TabGroup::Metric, QT_TRANSLATE_NOOP("ReportViews", "Total per period"),
         totalsReportView},
        {QStringLiteral("cumulative"), TabGroup::Metric, QT_TRANSLATE_NOOP("ReportViews", "Running total"),
         cumulativeReportView},
        {QStringLiteral("change"), TabGroup::Metric, QT_TRANSLATE_NOOP("ReportViews", "Change per period"),
         changeReportView},
        {QStringLiteral("histogram"), TabGroup::Metric, QT_TRANSLATE_NOOP("ReportViews", "Distribution"),
         histogramReportView},
        {QStringLiteral("top"), TabGroup::Metric, QT_TRANSLATE_NOOP("ReportViews", "Top customers"), topReportView},
        {QStringLiteral("top-new"), TabGroup::Metric, QT_TRANSLATE_NOOP("ReportViews", "Top new customers"),
         topNewReportView},
        {QStringLiteral("kpis"), TabGroup::Metric, QT_TRANSLATE_NOOP("ReportViews", "Key figures"), kpisReportView},
        {QStringLiteral("ranking"), TabGroup::Metric, QT_TRANSLATE_NOOP("ReportViews", "Ranking with changes"),
         rankingReportView, true},
        {QStringLiteral("pareto"), TabGroup::Metric,
         QT_TRANSLATE_NOOP("ReportViews", "Customers by share of the total"), paretoReportView, true},
        {QStringLiteral("forecast"), TabGroup::Metric, QT_TRANSLATE_NOOP("ReportViews", "Forecast"),
         forecastReportView},
        {QStringLiteral("forecast-accuracy"), TabGroup::Metric,
         QT_TRANSLATE_NOOP("ReportViews", "Forecast track record"), forecastAccuracyReportView},
        {QStringLiteral("distribution"), TabGroup::Metric,
         QT_TRANSLATE_NOOP("ReportViews", "Distribution of the totals"), distributionReportView},
        {QStringLiteral("pivot"), TabGroup::Metric, QT_TRANSLATE_NOOP("ReportViews", "Customers by period (pivot)"),
         pivotReportView, true},
        {QStringLiteral("registrations"), TabGroup::Drilldown,
         QT_TRANSLATE_NOOP("ReportViews", "Registrations per period"), registrationsReportView},
        {QStringLiteral("contributors"), TabGroup::Drilldown,
         QT_TRANSLATE_NOOP("ReportViews", "Customers behind a period's change"), contributorsReportView, true},

        {QStringLiteral("revenue-kpis"), TabGroup::Revenue, QT_TRANSLATE_NOOP("ReportViews", "Revenue key figures"),
         revenueKpisReportView},
        {QStringLiteral("mrr"), TabGroup::Revenue, QT_TRANSLATE_NOOP("ReportViews", "MRR"), mrrReportView},
        {QStringLiteral("mrr-movements"), TabGroup::Revenue, QT_TRANSLATE_NOOP("ReportViews", "MRR movements"),
         mrrMovementsReportView},
        {QStringLiteral("customers"), TabGroup::Revenue, QT_TRANSLATE_NOOP("ReportViews", "Paying customers"),
         revenueCustomersReportView},
        {QStringLiteral("retention"), TabGroup::Revenue, QT_TRANSLATE_NOOP("ReportViews", "Retention"),
         retentionReportView},
        {QStringLiteral("unit-economics"), TabGroup::Revenue, QT_TRANSLATE_NOOP("ReportViews", "Unit economics"),
         unitEconomicsReportView},
        {QStringLiteral("cohorts"), TabGroup::Revenue, QT_TRANSLATE_NOOP("ReportViews", "Cohorts"), cohortsReportView},
        {QStringLiteral("core-profile"), TabGroup::Revenue, QT_TRANSLATE_NOOP("ReportViews", "Core-customer profile"),
         coreProfileReportView},
        {QStringLiteral("mrr-forecast"), TabGroup::Revenue, QT_TRANSLATE_NOOP("ReportViews", "MRR forecast"),
         mrrForecastReportView},
        {QStringLiteral("mrr-forecast-accuracy"), TabGroup::Revenue,
         QT_TRANSLATE_NOOP("ReportViews", "MRR forecast track record"), mrrForecastAccuracyReportView},
        {QStringLiteral("excluded-invoices"), TabGroup::Revenue,
         QT_TRANSLATE_NOOP("ReportViews", "Invoices left out of MRR"), excludedInvoicesReportView, true},

        {QStringLiteral("segments"), TabGroup::Segments, QT_TRANSLATE_NOOP("ReportViews", "RFM segments"),
         segmentsReportView},
        {QStringLiteral("cluster-summary"), TabGroup::Segments, QT_TRANSLATE_NOOP("ReportViews", "Clusters"),
         clusterSummaryReportView},
        {QStringLiteral("kmeans-k"), TabGroup::Segments, QT_TRANSLATE_NOOP("ReportViews", "k-means: choosing k"),
         kmeansKReportView},
        {QStringLiteral("k-distance"), TabGroup::Segments, QT_TRANSLATE_NOOP("ReportViews", "DBSCAN: k-distance"),
         kDistanceReportView, true},
        {QStringLiteral("rfm"), TabGroup::Segments, QT_TRANSLATE_NOOP("ReportViews", "RFM scores per customer"),
         rfmReportView, true},
        {QStringLiteral("clusters"), TabGroup::Segments, QT_TRANSLATE_NOOP("ReportViews", "Cluster per customer"),
         clustersReportView, true},

        {QStringLiteral("health-summary"), TabGroup::Health, QT_TRANSLATE_NOOP("ReportViews", "Customers by health"),
         healthSummaryReportView},
        {QStringLiteral("health"), TabGroup::Health, QT_TRANSLATE_NOOP("ReportViews", "Health per customer"),
         healthReportView, true},
        {QStringLiteral("churn-risk"), TabGroup::Health, QT_TRANSLATE_NOOP("ReportViews", "Churn risk"),
         churnRiskReportView, true},
        {QStringLiteral("churn-risk-accuracy"), TabGroup::Health,
         QT_TRANSLATE_NOOP("ReportViews", "Churn risk track record"), churnRiskAccuracyReportView},

        {QStringLiteral("customer-totals"), TabGroup::Customer,
         QT_TRANSLATE_NOOP("ReportViews", "Every metric per period"), customerTotalsReportView},
        {QStringLiteral("customer-months"), TabGroup::Customer, QT_TRANSLATE_NOOP("ReportViews", "Month over month"),
         customerMonthsReportView},
        {QStringLiteral("customer-yoy"), TabGroup::Customer,
         QT_TRANSLATE_NOOP("ReportViews", "Year over year by month"), customerYoyReportView},
        {QStringLiteral("customer-ytd"), TabGroup::Customer, QT_TRANSLATE_NOOP("ReportViews", "Year to date"),
         customerYtdReportView},
    };
    return views;
}

const ViewSpec* findReportView(const QString& key)
{
    for (const ViewSpec& v : reportViews())
        if (v.key == key)
            return &v;
    return nullptr;
}

QStringList reportViewKeys()
{
    QStringList keys;
    for (const ViewSpec& v : reportViews())
        keys << v.key;
    return keys;
}

std::vector<const ViewSpec*> viewsOfGroup(TabGroup group)
{
    std::vector<const ViewSpec*> out;
    for (const ViewSpec& v : reportViews())
        if (v.group == group)
            out.push_back(&v);
    return out;
}

QString viewTitle(const ViewSpec& spec) { return QCoreApplication::translate("ReportViews", spec.title); }

bool runReportView(ReportContext& context, const QString& key, const ReportRequest& request, ReportTable* out,
                   ReportError* error)
{
    const ViewSpec* spec = findReportView(key);
    if (!spec) {
        *error = ReportError::usage(
            QStringLiteral("unknown view '%1' (%2)").arg(key, reportViewKeys().join(QStringLiteral(", "))));
        return false;
    }
    *out = {};
    if (request.top == 0 && key != QLatin1String("pivot")) {
        *error = ReportError::usage(
            QStringLiteral("--top 0 (every row) is for the pivot view; '%1' takes 1 or more").arg(key));
        return false;
    }
    context.setRowFilter(request.where);
    if (!context.setCustomerKey(request.customerKey, error))
        return false;
    if (!spec->run(context, request, out, error))
        return false;
    out->name = spec->key;
    return true;
}

} // namespace ul
