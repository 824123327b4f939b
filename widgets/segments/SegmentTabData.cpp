// SPDX-License-Identifier: MIT
#include "SegmentTabData.h"

#include "db/ThreadWorkspace.h"
#include "report/ReportContext.h"
#include "segments/SegmentInputs.h"

#include <QElapsedTimer>

namespace ul {

SegmentTabData SegmentTabData::load(const QString& workspacePath, qint64 metricId, const FilterState& filters,
                                    const ClusterParams& params)
{
    QElapsedTimer timer;
    timer.start();
    SegmentTabData data;
    data.filters = filters;
    data.metricId = metricId;
    if (filters.range.isEmpty() || metricId == 0)
        return data;
    Workspace* ws = threadWorkspace(workspacePath, &data.error);
    if (!ws)
        return data;
    // The same inputs as the segment views (report/views/SegmentReportViews.cpp): RFM records and
    // clusterings come from the report context.
    ReportContext context(ws->db());
    ReportError error;
    const std::optional<DatasetInfo> dataset = findDataset(ws->db(), filters.dataset, &data.error);
    if (!dataset)
        return data;
    const auto metric = std::find_if(dataset->metrics.begin(), dataset->metrics.end(),
                                     [metricId](const MetricInfo& m) { return m.id == metricId; });
    if (metric == dataset->metrics.end())
        return data;
    data.frequencyMode = frequencyModeFor(*dataset, metricId);
    // The customers who take part (params.bounds); the clusterings below are of the same ones.
    const std::vector<RfmRecord>* records = context.rfm(*metric, filters.range, &error, params.bounds);
    if (!records) {
        data.error = error.message;
        return data;
    }
    data.records = *records;
    data.names = context.customerNames();
    if (data.records.empty())
        return data;
    // The elbow chart needs every k anyway; with k = auto its best run is the clustering.
    ClusterParams autoK = params; // the same features, scale and customers
    autoK.method = ClusterParams::Method::KMeans;
    autoK.k = 0;
    const ClusterRun* autoRun = context.clusters(*metric, filters.range, autoK, &error, filters.granularity);
    const ClusterRun* chosen = autoRun ? context.clusters(*metric, filters.range, params, &error, filters.granularity)
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

QString SegmentTabData::nameOf(qint64 customer) const { return names.value(customer, QString::number(customer)); }

} // namespace ul
