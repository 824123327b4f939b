// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"
#include "store/Precision.h"

namespace ul {

/// Decides how a metric keeps its values once an import adds `imported` ones: the first import
/// decides; later ones keep exact decimals with the larger number of decimals, or move the metric
/// to floating point when either side is not exact. Data already stored is rewritten to the new
/// precision (rare: a later file with more decimals). Updates metrics.scale; *settled receives
/// the result. Inside the caller's transaction.
bool settleMetricPrecision(Connection& db, qint64 metricId, const Precision& imported, Precision* settled,
                           QString* error);

} // namespace ul
