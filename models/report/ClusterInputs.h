// SPDX-License-Identifier: MIT
#pragma once

#include "report/ReportContext.h"
#include "segments/ClusterFeatures.h"

namespace ul {

/// The raw values of the features a user chose (--features) for each record, in the records'
/// order (README "Clustering on chosen features" defines each one):
///   total, frequency, recency: the record's monetary, frequency and recency in days;
///   tenure: days from the first active day in the range to the range end, inclusive;
///   avg_per_period: total over the periods at `g` from the first active one to the range end;
///   trend: (later half - earlier half) / (later + earlier) of the range, from -1 to 1;
///   any other name: that metric's total over the range (a metric of the same dataset).
/// An unknown name is a usage error that lists what can be chosen.
bool clusterFeatureColumns(ReportContext& ctx, const MetricInfo& metric, const DateRange& range, Granularity g,
                           const std::vector<RfmRecord>& records, const QStringList& names, FeatureColumns* out,
                           ReportError* error);

} // namespace ul
