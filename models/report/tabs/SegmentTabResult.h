// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"
#include "report/ReportRequest.h"
#include "segments/ClusterRun.h"
#include "segments/KMeansAuto.h"
#include "segments/Rfm.h"
#include "segments/SegmentSummary.h"

#include <QHash>
#include <QString>

#include <vector>

namespace ul {

/// Everything the Segments tab shows that needs the database (a plain value, computed on a
/// worker): RFM records of one metric as of the range end, the elbow scores and a first
/// clustering. Segments are not stored: the rule table is edited on the GUI thread and
/// re-applied there.
struct SegmentTabResult {
    qint64 metricId = 0;
    FrequencyMode frequencyMode = FrequencyMode::ActiveDays;
    std::vector<RfmRecord> records;
    QHash<qint64, QString> names; ///< external id per customer
    std::vector<KScore> kScores;  ///< k-means++ for k = 2..10, whatever method is chosen
    ClusterRun clusters;
    QString error;
    qint64 elapsedMs = 0;

    /// The metric `metricId` of `request.dataset` in the request's range, clustered with
    /// `request.cluster`, on the worker's connection to `workspacePath`.
    static SegmentTabResult load(const QString& workspacePath, qint64 metricId, const ReportRequest& request);
    /// External id of a customer, or its internal id when it has none.
    QString nameOf(qint64 customer) const;
    /// The Segments views' tables in the registry's order, from these inputs and the segment
    /// each record got from the tab's rules (`segments`, parallel to `records`) and their
    /// summary: the tab's rules may be edited and its clustering re-run in memory.
    std::vector<ReportTable> tables(const std::vector<QString>& segments,
                                    const std::vector<SegmentSummaryRow>& summary) const;
};

} // namespace ul
