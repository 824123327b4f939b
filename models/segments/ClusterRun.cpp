// SPDX-License-Identifier: MIT
#include "segments/ClusterRun.h"

#include "segments/KDistance.h"

#include <QElapsedTimer>

namespace ul {

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
    run.summary = summarizeClusters(records, run.clustering.labels);
    // The eps chart belongs to DBSCAN but is cheap; showing it for k-means too tells the user
    // what eps to try before switching.
    if (run.clustering.features.rows() > std::size_t(params.minPoints))
        run.kDistance = kDistanceCurve(run.clustering.features, params.minPoints);
    run.elapsedMs = timer.elapsed();
    return run;
}

} // namespace ul
