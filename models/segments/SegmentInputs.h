// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"
#include "query/DatasetCatalog.h"
#include "segments/Rfm.h"
#include "store/FactStore.h"

#include <vector>

namespace ul {

/// Invoice data (the dataset's money metric) counts payments; usage data counts active days.
FrequencyMode frequencyModeFor(const DatasetInfo& dataset, qint64 metricId);

/// Scored RFM records of a metric over a range, as of the range end: the input of segments and
/// clusters for the window and the command line alike.
/// From each customer's totals over the range (not from every fact): recency from the last day
/// with a value, frequency from active days or source rows, monetary from the sum.
bool loadRfmRecords(FactStore& store, qint64 metricId, const DateRange& range, FrequencyMode mode,
                    std::vector<RfmRecord>* out, QString* error);

} // namespace ul
