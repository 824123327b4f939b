// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"
#include "segments/ClusterSummary.h"
#include "segments/CustomerHealth.h"
#include "segments/KMeansAuto.h"
#include "segments/Rfm.h"
#include "segments/SegmentSummary.h"

#include <QHash>
#include <QString>

#include <vector>

namespace ul {

/// Report tables of the segmentation views, for the command line and CSV/JSON export.
/// The customer column shows names[id], or the id when the customer has no name.
/// Undefined numbers (a mean over an empty group, a change from 0) are missing cells.

/// "rfm": customer,recency_days,frequency,monetary,r,f,m,segment (`segments` parallel to `records`).
ReportTable rfmReport(const std::vector<RfmRecord>& records, const std::vector<QString>& segments,
                      const QHash<qint64, QString>& names);
/// "segments": segment,customers,customers_pct,value,value_pct,mean_recency_days,mean_frequency,mean_monetary.
ReportTable segmentsReport(const std::vector<SegmentSummaryRow>& rows);
/// "clusters": customer,cluster,recency_days,frequency,monetary (`labels` parallel to `records`).
ReportTable clustersReport(const std::vector<RfmRecord>& records, const std::vector<int>& labels,
                           const QHash<qint64, QString>& names);
/// "cluster-summary": cluster,customers,customers_pct,value,value_pct,mean_recency_days,mean_frequency,mean_monetary.
ReportTable clusterSummaryReport(const std::vector<ClusterSummaryRow>& rows);
/// "health": customer,previous,current,change_pct,status.
ReportTable healthReport(const std::vector<HealthRecord>& records, const QHash<qint64, QString>& names);
/// "at-risk": customer,previous,current,change_pct,trend of the at-risk customers that weighed most
/// before the drop (largest previous value first), at most `limit`: the list a slide or a printed
/// page shows beside the health counts. Meta `at_risk`: how many are at risk in all.
ReportTable atRiskReport(const std::vector<HealthRecord>& records, const QHash<qint64, QString>& names,
                         std::size_t limit);
/// "kmeans-k": k,inertia,silhouette.
ReportTable kmeansKReport(const std::vector<KScore>& scores);
/// "k-distance": rank,distance (rank from 1, the curve as given, i.e. descending).
ReportTable kDistanceReport(const std::vector<double>& curve);

} // namespace ul
