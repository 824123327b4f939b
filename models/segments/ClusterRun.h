// SPDX-License-Identifier: MIT
#pragma once

#include "segments/ClusterFeatures.h"
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
    /// --features: what is clustered; empty: standardised recency, log frequency and log
    /// monetary (rfmFeatures). --scale applies to chosen features only.
    QStringList features;
    FeatureScale scale = FeatureScale::Standard;
    /// --min-total / --max-total: which customers take part.
    TotalBounds bounds;

    bool operator==(const ClusterParams&) const = default;
};

/// One clustering of the RFM records with everything the tab shows about it. A plain value,
/// computed on a worker thread by compute() and swapped in on the GUI thread.
struct ClusterRun {
    ClusterParams params;
    CustomerClustering clustering;
    std::vector<ClusterSummaryRow> summary;
    std::vector<double> kDistance; ///< sorted k-distance curve for k = minPoints (eps chart)
    /// Chosen features only: each cluster's centre in the features' own units (the mean of its
    /// members), cluster-major as `summary` (noise last), featureNames.size() values per row.
    QStringList featureNames;
    std::vector<double> centres;
    qint64 elapsedMs = 0;

    /// Runs the chosen method; `autoRun` (a k = auto k-means of the same records, when known)
    /// is reused instead of clustering again.
    static ClusterRun compute(const std::vector<RfmRecord>& records, const ClusterParams& params,
                              const CustomerClustering* autoRun = nullptr);
    /// The same on chosen features (`raw`, parallel to `records`, scaled as params.scale says).
    static ClusterRun compute(const std::vector<RfmRecord>& records, const FeatureColumns& raw,
                              const ClusterParams& params);
};

} // namespace ul
