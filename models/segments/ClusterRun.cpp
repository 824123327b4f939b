// SPDX-License-Identifier: MIT
#include "segments/ClusterRun.h"

#include "segments/KDistance.h"

#include <QElapsedTimer>

namespace ul {

namespace {

/// The summary and the eps chart of a clustering, the same for both feature choices.
void finish(ClusterRun& run, const std::vector<RfmRecord>& records)
{
    run.summary = summarizeClusters(records, run.clustering.labels);
    // The eps chart belongs to DBSCAN but is cheap; showing it for k-means too tells the user
    // what eps to try before switching.
    if (run.clustering.features.rows() > std::size_t(run.params.minPoints))
        run.kDistance = kDistanceCurve(run.clustering.features, run.params.minPoints);
}

/// Each summary row's mean of every raw feature over its members.
std::vector<double> centresOf(const std::vector<ClusterSummaryRow>& summary, const std::vector<int>& labels,
                              const FeatureColumns& raw)
{
    const std::size_t dim = raw.values.size();
    std::vector<double> centres(summary.size() * dim, 0.0);
    std::vector<qint64> members(summary.size(), 0);
    // Summary rows are clusters 0..max in order, then noise: the row of a label.
    const auto rowOf = [&](int label) -> std::ptrdiff_t {
        return label >= 0 ? label : std::ptrdiff_t(summary.size()) - 1;
    };
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const std::ptrdiff_t row = rowOf(labels[i]);
        if (row < 0 || std::size_t(row) >= summary.size())
            continue;
        ++members[std::size_t(row)];
        for (std::size_t d = 0; d < dim; ++d)
            centres[std::size_t(row) * dim + d] += raw.values[d][i];
    }
    for (std::size_t r = 0; r < summary.size(); ++r) {
        for (std::size_t d = 0; d < dim; ++d)
            centres[r * dim + d] = members[r] ? centres[r * dim + d] / double(members[r]) : 0.0;
    }
    return centres;
}

} // namespace

ClusterRun ClusterRun::compute(const std::vector<RfmRecord>& records, const ClusterParams& params,
                               const CustomerClustering* autoRun)
{
    QElapsedTimer timer;
    timer.start();
    ClusterRun run;
    run.params = params;
    if (params.method == ClusterParams::Method::Dbscan) {
        run.clustering = clusterByDbscan(records, params.eps, params.minPoints);
    } else if (params.k <= 0 && autoRun) {
        run.clustering = *autoRun;
    } else {
        KMeansOptions options;
        options.k = params.k;
        run.clustering = clusterByKMeans(records, options);
    }
    finish(run, records);
    run.elapsedMs = timer.elapsed();
    return run;
}

ClusterRun ClusterRun::compute(const std::vector<RfmRecord>& records, const FeatureColumns& raw,
                               const ClusterParams& params)
{
    QElapsedTimer timer;
    timer.start();
    ClusterRun run;
    run.params = params;
    FeatureMatrix features = scaledFeatures(raw, params.scale);
    if (params.method == ClusterParams::Method::Dbscan) {
        run.clustering = clusterByDbscan(records, std::move(features), params.eps, params.minPoints);
    } else {
        KMeansOptions options;
        options.k = params.k;
        options.restarts = 10;
        run.clustering = clusterByKMeans(records, std::move(features), options);
    }
    finish(run, records);
    run.featureNames = raw.names;
    run.centres = centresOf(run.summary, run.clustering.labels, raw);
    run.elapsedMs = timer.elapsed();
    return run;
}

} // namespace ul
