// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"

namespace ul {

/// The season of a granularity: 7 days, 52 weeks, 12 months, 4 quarters; 1 (none) for years.
int seasonLength(Granularity g);
/// The longest forecast `--horizon` takes: 366 days, 104 weeks, 60 months, 20 quarters, 10 years.
int maxForecastHorizon(Granularity g);
/// Without `--horizon`: 30 days, 13 weeks, 12 months, 4 quarters, 3 years.
int defaultForecastHorizon(Granularity g);
/// The periods a model is fitted on at most (the latest): 366 days, 260 weeks, 240 months; all
/// quarters and years (0). Older values weigh next to nothing in exponential smoothing.
int maxFitPeriods(Granularity g);

} // namespace ul
