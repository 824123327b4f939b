// SPDX-License-Identifier: MIT
#pragma once

#include "segments/FeatureMatrix.h"
#include "segments/Rfm.h"

#include <QStringList>

#include <vector>

namespace ul {

/// Column names of rfmFeatures(), for showing the choice:
/// "recency_days", "log1p_frequency", "log1p_monetary".
QStringList rfmFeatureNames();

/// The clustering features of each record (same order): recency in days, log(1 + frequency),
/// log(1 + monetary), each standardised with standardize(). The logs tame the heavy tails of
/// usage and revenue so a few large customers do not own every distance. Negative monetary
/// (net refunds) is clamped to 0 before the log.
FeatureMatrix rfmFeatures(const std::vector<RfmRecord>& records);

/// Turns every column into z-scores, (x - mean) / sd with the population standard deviation;
/// a zero-variance column becomes all 0. Stores the raw means and sds in the matrix.
void standardize(FeatureMatrix& matrix);

} // namespace ul
