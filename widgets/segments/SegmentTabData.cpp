// SPDX-License-Identifier: MIT
#include "SegmentTabData.h"

#include "db/Workspace.h"
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
    Workspace ws;
    if (!ws.open(workspacePath, Workspace::OpenMode::ExistingOnly, &data.error))
        return data;
    // Same rule as `usagelens report --view rfm`: payments for invoices, active days for usage.
    if (const auto dataset = findDataset(ws.db(), filters.dataset, &data.error))
        data.frequencyMode = frequencyModeFor(*dataset, metricId);
    if (!loadRfmRecords(ws.db(), metricId, filters.range, data.frequencyMode, &data.records, &data.error))
        return data;
    data.names = customerNames(ws.db());
    if (data.records.empty())
        return data;
    // The elbow chart needs every k anyway; with k = auto its best run is the clustering.
    KMeansOptions autoOptions;
    autoOptions.k = 0;
    const CustomerClustering autoRun = clusterByKMeans(data.records, autoOptions);
    data.kScores = autoRun.kScores;
    data.clusters = ClusterRun::compute(data.records, params, &autoRun);
    data.elapsedMs = timer.elapsed();
    return data;
}

QString SegmentTabData::nameOf(qint64 customer) const
{
    return names.value(customer, QString::number(customer));
}

} // namespace ul
