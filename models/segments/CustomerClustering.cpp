// SPDX-License-Identifier: MIT
#include "segments/CustomerClustering.h"

#include "segments/ClusterFeatures.h"
#include "segments/ClusterOrder.h"
#include "segments/Dbscan.h"

namespace ul {

namespace {
std::vector<double> monetaryOf(const std::vector<RfmRecord>& records)
{
    std::vector<double> m;
    m.reserve(records.size());
    for (const RfmRecord& rec : records)
        m.push_back(rec.monetary);
    return m;
}
} // namespace

CustomerClustering clusterByKMeans(const std::vector<RfmRecord>& records, const KMeansOptions& options)
{
    return clusterByKMeans(records, rfmFeatures(records), options);
}

CustomerClustering clusterByKMeans(const std::vector<RfmRecord>& records, FeatureMatrix features,
                                   const KMeansOptions& options)
{
    CustomerClustering out;
    out.features = std::move(features);
    KMeansResult run;
    if (options.k <= 0) {
        KMeansAutoResult autoRun = kmeansAuto(out.features, options);
        out.kScores = std::move(autoRun.scores);
        run = std::move(autoRun.best);
    } else {
        run = kmeansPlusPlus(out.features, options);
    }
    out.labels = std::move(run.labels);
    out.clusterCount = run.k;
    out.inertia = run.inertia;
    // Renumber the centroids with the labels so both keep describing the same clusters.
    const std::vector<int> newLabel = orderClustersByValue(out.labels, monetaryOf(records),
                                                           ClusterValueOrder::MeanValue, run.k);
    const std::size_t dim = std::size_t(std::max(run.dim, 0));
    out.centroids.assign(run.centroids.size(), 0.0);
    for (std::size_t c = 0; c < newLabel.size(); ++c) {
        std::copy_n(run.centroids.begin() + std::ptrdiff_t(c * dim), dim,
                    out.centroids.begin() + std::ptrdiff_t(std::size_t(newLabel[c]) * dim));
    }
    // Auto already scored the chosen k on the same sample; renumbering does not change it.
    for (const KScore& score : out.kScores) {
        if (score.k == run.k)
            out.silhouette = score.silhouette;
    }
    if (out.kScores.empty())
        out.silhouette = silhouetteScore(out.features, out.labels, kSilhouetteSample, options.seed);
    return out;
}

CustomerClustering clusterByDbscan(const std::vector<RfmRecord>& records, double eps, int minPoints)
{
    return clusterByDbscan(records, rfmFeatures(records), eps, minPoints);
}

CustomerClustering clusterByDbscan(const std::vector<RfmRecord>& records, FeatureMatrix features, double eps,
                                   int minPoints)
{
    CustomerClustering out;
    out.features = std::move(features);
    DbscanResult run = dbscan(out.features, eps, minPoints);
    out.labels = std::move(run.labels);
    out.clusterCount = run.clusterCount;
    out.noiseCount = run.noiseCount;
    orderClustersByValue(out.labels, monetaryOf(records), ClusterValueOrder::TotalValue);
    return out;
}

} // namespace ul
