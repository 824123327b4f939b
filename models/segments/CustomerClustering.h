// SPDX-License-Identifier: MIT
#pragma once

#include "segments/FeatureMatrix.h"
#include "segments/KMeansAuto.h"
#include "segments/Rfm.h"

#include <limits>
#include <vector>

namespace ul {

/// Cluster membership of RFM records, the common result of both methods. Plain value type,
/// meant to be computed off the GUI thread.
struct CustomerClustering {
    FeatureMatrix features;  ///< rfmFeatures() of the records: what was clustered
    std::vector<int> labels; ///< parallel to the records; -1 = DBSCAN noise
    int clusterCount = 0;
    std::vector<double> centroids; ///< k-means only: clusterCount * features.dim, in feature space
    double inertia = std::numeric_limits<double>::quiet_NaN();    ///< k-means only
    double silhouette = std::numeric_limits<double>::quiet_NaN(); ///< sampled, see silhouetteScore()
    std::vector<KScore> kScores; ///< k-means with k = auto: the elbow / silhouette chart
    std::size_t noiseCount = 0;  ///< DBSCAN only
};

/// k-means++ on rfmFeatures(); `options.k` <= 0 means auto (k = 2..10 by silhouette).
/// Clusters are numbered by descending mean monetary: cluster 0 is the most valuable.
CustomerClustering clusterByKMeans(const std::vector<RfmRecord>& records, const KMeansOptions& options);
/// The same on other features (one row per record).
CustomerClustering clusterByKMeans(const std::vector<RfmRecord>& records, FeatureMatrix features,
                                   const KMeansOptions& options);

/// DBSCAN on rfmFeatures(); eps is in standardised feature units (read it off
/// kDistanceCurve(rfmFeatures(records), minPoints)). Clusters are numbered by descending
/// total monetary; noise is -1.
/// The silhouette is left NaN: on DBSCAN's non-convex clusters it would mislead.
CustomerClustering clusterByDbscan(const std::vector<RfmRecord>& records, double eps, int minPoints);
CustomerClustering clusterByDbscan(const std::vector<RfmRecord>& records, FeatureMatrix features, double eps,
                                   int minPoints);

} // namespace ul
