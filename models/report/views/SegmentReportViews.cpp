// SPDX-License-Identifier: MIT
// Segmentation views: RFM scores and segments, clusters (k-means++ or DBSCAN) and customer
// health, for one metric of a dataset as of the range end.
#include "report/ViewRegistry.h"

#include "core/StandardColumns.h"

#include "segments/SegmentReports.h"
#include "segments/SegmentSummary.h"

namespace ul {

namespace {

struct SegmentInput {
    MetricInfo metric;
    DateRange range;
};

std::optional<SegmentInput> segmentInput(ReportContext& ctx, const ReportRequest& request, const QString& view,
                                         ReportError* error)
{
    const std::optional<MetricInfo> metric = ctx.segmentMetric(request, view, error);
    if (!metric)
        return std::nullopt;
    const DateRange range = ctx.effectiveRange(*metric, request);
    if (range.isEmpty()) {
        *error = ReportError::runtime(QStringLiteral("metric '%1' has no data").arg(metric->key));
        return std::nullopt;
    }
    return SegmentInput{*metric, range};
}

std::vector<SegmentRule> rulesOf(const ReportRequest& request)
{
    return request.segmentRules ? *request.segmentRules : defaultSegmentRules();
}

TotalBounds boundsOf(const ReportRequest& request) { return {request.minTotal, request.maxTotal}; }

/// The records that took part (within the request's bounds) and their clustering.
const ClusterRun* clustersFor(ReportContext& ctx, const ReportRequest& request, const QString& view,
                              ClusterParams params, const std::vector<RfmRecord>** records, ReportError* error)
{
    const auto in = segmentInput(ctx, request, view, error);
    if (!in)
        return nullptr;
    params.bounds = boundsOf(request);
    *records = ctx.rfm(in->metric, in->range, error, params.bounds);
    if (*records && (*records)->empty() && params.bounds.isSet()) {
        *error = ReportError::runtime(QStringLiteral("no customer's total lies within --min-total/--max-total"));
        return nullptr;
    }
    return *records ? ctx.clusters(in->metric, in->range, params, error, request.granularity) : nullptr;
}

const std::vector<HealthRecord>* healthRecords(ReportContext& ctx, const ReportRequest& request, const QString& view,
                                               ReportError* error)
{
    const auto in = segmentInput(ctx, request, view, error);
    if (!in)
        return nullptr;
    if (request.health.periods < 1) {
        *error = ReportError::usage(QStringLiteral("--periods takes a positive whole number"));
        return nullptr;
    }
    const Day last = ctx.lastCompleteDay(in->metric, in->range, request.granularity);
    const ReportContext::Health* h = ctx.health(in->metric, last, request.granularity, request.health, error);
    return h ? &h->records : nullptr;
}

} // namespace

bool rfmReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    const auto in = segmentInput(ctx, request, QStringLiteral("rfm"), error);
    const std::vector<RfmRecord>* records = in ? ctx.rfm(in->metric, in->range, error, boundsOf(request)) : nullptr;
    if (!records)
        return false;
    *out = rfmReport(*records, assignSegments(*records, rulesOf(request)), ctx.customerNames());
    return true;
}

bool segmentsReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    const auto in = segmentInput(ctx, request, QStringLiteral("segments"), error);
    const std::vector<RfmRecord>* records = in ? ctx.rfm(in->metric, in->range, error, boundsOf(request)) : nullptr;
    if (!records)
        return false;
    const std::vector<SegmentRule> rules = rulesOf(request);
    *out = segmentsReport(summarizeSegments(*records, assignSegments(*records, rules), rules));
    return true;
}

bool clustersReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    const std::vector<RfmRecord>* records = nullptr;
    const ClusterRun* run = clustersFor(ctx, request, QStringLiteral("clusters"), request.cluster, &records, error);
    if (!run)
        return false;
    *out = clustersReport(*records, run->clustering.labels, ctx.customerNames());
    return true;
}

bool clusterSummaryReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    const std::vector<RfmRecord>* records = nullptr;
    const ClusterRun* run = clustersFor(ctx, request, QStringLiteral("cluster-summary"), request.cluster, &records,
                                        error);
    if (!run)
        return false;
    *out = clusterSummaryReport(run->summary);
    // Chosen features: each cluster's centre in the features' own units, one column each.
    const std::size_t dim = std::size_t(run->featureNames.size());
    if (dim > 0 && run->centres.size() == out->rows.size() * dim) {
        for (const QString& name : run->featureNames) {
            Column centre(QStringLiteral("centre_") + name);
            centre.kind = ColumnKind::Amount;
            out->columns << centre;
        }
        for (std::size_t r = 0; r < out->rows.size(); ++r) {
            for (std::size_t d = 0; d < dim; ++d)
                out->rows[r].push_back(run->centres[r * dim + d]);
        }
        out->setMeta(QStringLiteral("features"), run->featureNames.join(QLatin1Char(',')));
    }
    return true;
}

bool kmeansKReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    // The elbow and silhouette of k = 2..10, whatever method the request clusters with.
    ClusterParams autoK = request.cluster; // the same features and scale
    autoK.method = ClusterParams::Method::KMeans;
    autoK.k = 0;
    const std::vector<RfmRecord>* records = nullptr;
    const ClusterRun* run = clustersFor(ctx, request, QStringLiteral("kmeans-k"), autoK, &records, error);
    if (!run)
        return false;
    *out = kmeansKReport(run->clustering.kScores);
    return true;
}

bool kDistanceReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    const std::vector<RfmRecord>* records = nullptr;
    const ClusterRun* run = clustersFor(ctx, request, QStringLiteral("k-distance"), request.cluster, &records, error);
    if (!run)
        return false;
    *out = kDistanceReport(run->kDistance);
    return true;
}

bool healthReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    const std::vector<HealthRecord>* records = healthRecords(ctx, request, QStringLiteral("health"), error);
    if (!records)
        return false;
    *out = healthReport(*records, ctx.customerNames());
    return true;
}

bool healthSummaryReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    const std::vector<HealthRecord>* found = healthRecords(ctx, request, QStringLiteral("health-summary"), error);
    if (!found)
        return false;
    const std::vector<HealthRecord>& records = *found;
    out->columns = {cols::status, cols::customers, cols::previous, cols::current};
    for (const HealthStatus status : {HealthStatus::AtRisk, HealthStatus::Expanding, HealthStatus::New,
                                      HealthStatus::Churned, HealthStatus::Stable}) {
        double customers = 0, previous = 0, current = 0;
        for (const HealthRecord& r : records) {
            if (r.status != status)
                continue;
            ++customers;
            previous += r.previous;
            current += r.current;
        }
        out->addRow({healthStatusKey(status), customers, previous, current});
    }
    return true;
}

} // namespace ul
