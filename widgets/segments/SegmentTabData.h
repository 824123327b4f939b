// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "segments/ClusterRun.h"
#include "segments/KMeansAuto.h"
#include "segments/Rfm.h"

#include <QHash>
#include <QString>

#include <vector>

namespace ul {

/// Everything the Segments tab shows that needs the database: RFM records of one metric as of
/// the range end, the elbow scores and a first clustering. Computed off the GUI thread.
/// Segments are not stored: the rule table is edited on the GUI thread and re-applied there.
struct SegmentTabData {
    FilterState filters;
    qint64 metricId = 0;
    FrequencyMode frequencyMode = FrequencyMode::ActiveDays;
    std::vector<RfmRecord> records;
    QHash<qint64, QString> names; ///< external id per customer
    std::vector<KScore> kScores;  ///< k-means++ for k = 2..10, whatever method is chosen
    ClusterRun clusters;
    QString error;
    qint64 elapsedMs = 0;

    /// Opens its own connection to `workspacePath` (any thread).
    static SegmentTabData load(const QString& workspacePath, qint64 metricId, const FilterState& filters,
                               const ClusterParams& params);
    /// External id of a customer, or its internal id when it has none.
    QString nameOf(qint64 customer) const;
};

} // namespace ul
