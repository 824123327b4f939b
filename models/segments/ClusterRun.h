// SPDX-License-Identifier: MIT
#pragma once

#include "segments/ClusterSummary.h"
#include "segments/CustomerClustering.h"

#include <vector>

namespace ul {

/// The clustering the user asked for in the Segments tab (method controls).
struct ClusterParams {
    enum class Method { KMeans, Dbscan };
    Method method = Method::KMeans;
    int k = 0;         ///< k-means clusters; <= 0 = auto (silhouette over 2..10)
    double eps = 0.5;  ///< DBSCAN radius in standardised feature units
    int minPoints = 5; ///< DBSCAN core size; also the k of the k-distance curve

    bool operator==(const ClusterParams&) const = default;
};

/// One clustering of the RFM records with everything the tab shows about it. A plain value,
/// computed on a worker thread by compute() and swapped in on the GUI thread.
struct ClusterRun {
    ClusterParams params;
    CustomerClustering clustering;
    std::vector<ClusterSummaryRow> summary;
    std::vector<double> kDistance; ///< sorted k-distance curve for k = minPoints (eps chart)
    qint64 elapsedMs = 0;

    /// Runs the chosen method; `autoRun` (a k = auto k-means of the same records, when known)
    /// is reused instead of clustering again.
    static ClusterRun compute(const std::vector<RfmRecord>& records, const ClusterParams& params,
                              const CustomerClustering* autoRun = nullptr);
};

} // namespace ul
