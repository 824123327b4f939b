// SPDX-License-Identifier: MIT
#include "cli/ReportViewRegistry.h"

#include "cli/CommandRegistry.h"
#include "query/ActivityLoader.h"
#include "report/UsageReports.h"
#include "revenue/MonthIndex.h"
#include "revenue/RevenueAnalysis.h"
#include "revenue/RevenueReports.h"
#include "segments/ClusterSummary.h"
#include "segments/CustomerClustering.h"
#include "segments/CustomerHealth.h"
#include "segments/HealthWindow.h"
#include "segments/SegmentInputs.h"
#include "segments/SegmentReports.h"
#include "segments/SegmentRules.h"
#include "segments/SegmentSummary.h"

#include <cmath>

namespace ul {

namespace {

QStringList segmentViewNames()
{
    return {QStringLiteral("rfm"), QStringLiteral("segments"), QStringLiteral("clusters"),
            QStringLiteral("cluster-summary"), QStringLiteral("health")};
}

int runRevenueView(SqliteConnection& db, const QString& view, const ReportRequest& request,
                   const QCommandLineParser& parser, ReportTable* out, QString* error)
{
    if (request.dataset.isEmpty()) {
        *error = QStringLiteral("--dataset NAME is required for the '%1' view").arg(view);
        return ExitUsageError;
    }
    const auto metric = amountMetric(db, request.dataset, request.metric, error);
    if (!metric)
        return ExitRuntimeError;
    std::vector<ActivityRow> rows;
    if (!loadActivity(db, metric->id, std::nullopt, &rows, error))
        return ExitRuntimeError;
    RevenueSettings settings;
    bool ok = true;
    if (parser.isSet(QStringLiteral("spend")))
        settings.monthlyAcquisitionSpend = parser.value(QStringLiteral("spend")).toDouble(&ok);
    if (ok && parser.isSet(QStringLiteral("margin-pct")))
        settings.grossMarginPct = parser.value(QStringLiteral("margin-pct")).toDouble(&ok);
    if (ok && parser.isSet(QStringLiteral("billing-months")))
        settings.billingPeriodMonths = parser.value(QStringLiteral("billing-months")).toInt(&ok);
    if (!ok) {
        *error = QStringLiteral("--spend, --margin-pct and --billing-months take numbers");
        return ExitUsageError;
    }
    const RevenueAnalysis analysis = analyzeRevenue(invoicesFromActivity(rows), numericAttributes(db), settings);
    MonthFilter filter;
    if (request.from)
        filter.from = monthOfDay(*request.from);
    if (request.to)
        filter.to = monthOfDay(*request.to);
    const auto table = revenueReport(view, analysis, filter);
    if (!table) {
        *error = QStringLiteral("unknown view '%1'").arg(view);
        return ExitUsageError;
    }
    *out = *table;
    return ExitOk;
}

int runSegmentView(SqliteConnection& db, const QString& view, const ReportRequest& request,
                   const QCommandLineParser& parser, ReportTable* out, QString* error)
{
    if (request.dataset.isEmpty() && request.metric.isEmpty()) {
        *error = QStringLiteral("--dataset NAME (and --metric KEY for usage data) is required for the '%1' view").arg(view);
        return ExitUsageError;
    }
    // Invoice data (an amount column) counts payments; usage data counts active days.
    std::optional<MetricInfo> metric = request.metric.isEmpty() ? amountMetric(db, request.dataset, {}, error)
                                                                : findMetric(db, request.metric, request.dataset, error);
    if (!metric)
        return ExitRuntimeError;
    const auto dataset = findDataset(db, metric->dataset, error);
    const FrequencyMode mode = dataset ? frequencyModeFor(*dataset, metric->id) : FrequencyMode::ActiveDays;
    const auto dataRange = metricDataRange(db, metric->id, error);
    if (!dataRange) {
        *error = QStringLiteral("metric '%1' has no data").arg(metric->key);
        return ExitRuntimeError;
    }
    const DateRange range{request.from.value_or(dataRange->from), request.to.value_or(dataRange->to)};
    const auto names = customerNames(db);

    if (view == QLatin1String("health")) {
        bool okP = true, okT = true;
        HealthOptions options;
        if (parser.isSet(QStringLiteral("periods")))
            options.periods = parser.value(QStringLiteral("periods")).toInt(&okP);
        if (parser.isSet(QStringLiteral("threshold-pct")))
            options.thresholdPct = parser.value(QStringLiteral("threshold-pct")).toDouble(&okT);
        if (!okP || !okT || options.periods < 1) {
            *error = QStringLiteral("--periods takes a positive whole number and --threshold-pct a number");
            return ExitUsageError;
        }
        // The last 2N periods ending with the range end, as in the Health tab (they may start before --from).
        const HealthWindow window = HealthWindow::ending(range.to, request.granularity, options.periods);
        std::vector<ActivityRow> rows;
        if (!loadActivity(db, metric->id, DateRange{window.first(), window.end}, &rows, error))
            return ExitRuntimeError;
        const std::vector<CustomerSeries> input = window.series(rows);
        *out = healthReport(assessHealth(input, options), names);
        return ExitOk;
    }

    std::vector<RfmRecord> records;
    if (!loadRfmRecords(db, metric->id, range, mode, &records, error))
        return ExitRuntimeError;
    const auto rules = defaultSegmentRules();
    const auto segments = assignSegments(records, rules);
    if (view == QLatin1String("rfm")) {
        *out = rfmReport(records, segments, names);
        return ExitOk;
    }
    if (view == QLatin1String("segments")) {
        *out = segmentsReport(summarizeSegments(records, segments, rules));
        return ExitOk;
    }
    const QString method = parser.value(QStringLiteral("method"));
    CustomerClustering clustering;
    if (method == QLatin1String("dbscan")) {
        bool okE = true, okM = true;
        const double eps = parser.value(QStringLiteral("eps")).toDouble(&okE);
        const int minPoints = parser.value(QStringLiteral("min-points")).toInt(&okM);
        if (!okE || !okM || eps <= 0 || minPoints < 1) {
            *error = QStringLiteral("--eps takes a positive number and --min-points a positive whole number");
            return ExitUsageError;
        }
        clustering = clusterByDbscan(records, eps, minPoints);
    } else if (method == QLatin1String("kmeans")) {
        KMeansOptions options;
        const QString k = parser.value(QStringLiteral("k"));
        bool okK = true;
        options.k = k == QLatin1String("auto") ? 0 : k.toInt(&okK);
        if (!okK || options.k < 0 || options.k == 1) {
            *error = QStringLiteral("--k takes a whole number of at least 2, or auto");
            return ExitUsageError;
        }
        clustering = clusterByKMeans(records, options);
    } else {
        *error = QStringLiteral("--method must be kmeans or dbscan");
        return ExitUsageError;
    }
    *out = view == QLatin1String("clusters") ? clustersReport(records, clustering.labels, names)
                                              : clusterSummaryReport(summarizeClusters(records, clustering.labels));
    return ExitOk;
}

} // namespace

QStringList allReportViewNames()
{
    return usageViewNames() + revenueReportViews() + segmentViewNames();
}

void addExtraReportOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("spend"), QStringLiteral("Monthly acquisition spend (revenue views, default 4000)."), QStringLiteral("AMOUNT")});
    parser.addOption({QStringLiteral("margin-pct"), QStringLiteral("Gross margin in percent (default 100)."), QStringLiteral("PCT")});
    parser.addOption({QStringLiteral("billing-months"), QStringLiteral("Months one invoice covers (default 1)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("method"), QStringLiteral("Clustering: kmeans (default) or dbscan."), QStringLiteral("METHOD"), QStringLiteral("kmeans")});
    parser.addOption({QStringLiteral("k"), QStringLiteral("k-means clusters, or auto (default)."), QStringLiteral("N"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("eps"), QStringLiteral("DBSCAN radius in standardised units (default 0.5)."), QStringLiteral("E"), QStringLiteral("0.5")});
    parser.addOption({QStringLiteral("min-points"), QStringLiteral("DBSCAN minimum points (default 5)."), QStringLiteral("P"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("periods"), QStringLiteral("Health: periods per window (default 3)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("threshold-pct"), QStringLiteral("Health: change that counts as at risk / expanding (default 30)."), QStringLiteral("X")});
}

int runExtraReportView(SqliteConnection& db, const QString& view, const ReportRequest& request,
                       const QCommandLineParser& parser, ReportTable* out, QString* error)
{
    if (revenueReportViews().contains(view))
        return runRevenueView(db, view, request, parser, out, error);
    if (segmentViewNames().contains(view))
        return runSegmentView(db, view, request, parser, out, error);
    *error = QStringLiteral("unknown view '%1'").arg(view);
    return ExitUsageError;
}

} // namespace ul
