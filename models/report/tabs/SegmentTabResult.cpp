// SPDX-License-Identifier: MIT
#include "report/tabs/SegmentTabResult.h"

#include "db/ThreadWorkspace.h"
#include "report/ReportContext.h"
#include "report/tabs/RequestedRange.h"
#include "segments/SegmentInputs.h"
#include "segments/SegmentReports.h"

#include <QElapsedTimer>

namespace ul {

SegmentTabResult SegmentTabResult::load(const QString& workspacePath, qint64 metricId, const ReportRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    SegmentTabResult data;
    data.metricId = metricId;
    const DateRange range = requestedRange(request);
    if (range.isEmpty() || metricId == 0)
        return data;
    Workspace* ws = threadWorkspace(workspacePath, &data.error);
    if (!ws)
        return data;
    // The same inputs as the segment views (report/views/SegmentReportViews.cpp): RFM records and
    // clusterings come from the report context.
    ReportContext context(ws->db());
    ReportError error;
    const std::optional<DatasetInfo> dataset = findDataset(ws->db(), request.dataset, &data.error);
    if (!dataset)
        return data;
    const auto metric = std::find_if(dataset->metrics.begin(), dataset->metrics.end(),
                                     [metricId](const MetricInfo& m) { return m.id == metricId; });
    if (metric == dataset->metrics.end())
        return data;
    data.frequencyMode = frequencyModeFor(*dataset, metricId);
    // The customers who take part (the request's bounds); the clusterings below are of the same ones.
    const std::vector<RfmRecord>* records = context.rfm(*metric, range, &error, request.cluster.bounds);
    if (!records) {
        data.error = error.message;
        return data;
    }
    data.records = *records;
    data.names = context.customerNames();
    if (data.records.empty())
        return data;
    // The elbow chart needs every k anyway; with k = auto its best run is the clustering.
    ClusterParams autoK = request.cluster; // the same features, scale and customers
    autoK.method = ClusterParams::Method::KMeans;
    autoK.k = 0;
    const ClusterRun* autoRun = context.clusters(*metric, range, autoK, &error, request.granularity);
    const ClusterRun* chosen = autoRun ? context.clusters(*metric, range, request.cluster, &error, request.granularity)
                                       : nullptr;
    if (!chosen) {
        data.error = error.message;
        return data;
    }
    data.kScores = autoRun->clustering.kScores;
    data.clusters = *chosen;
    data.elapsedMs = timer.elapsed();
    return data;
}

QString SegmentTabResult::nameOf(qint64 customer) const { return names.value(customer, QString::number(customer)); }

std::vector<ReportTable> SegmentTabResult::tables(const std::vector<QString>& segments,
                                                  const std::vector<SegmentSummaryRow>& summary) const
{
    // Built by the functions the Segments views use (report/views/SegmentReportViews.cpp);
    // tst_segments_tab checks these against the registry for the default rules.
    return {segmentsReport(summary),
            clusterSummaryReport(clusters.summary),
            kmeansKReport(kScores),
            kDistanceReport(clusters.kDistance),
            rfmReport(records, segments, names),
            clustersReport(records, clusters.clustering.labels, names)};
}

} // namespace ul
