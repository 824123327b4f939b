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

/// How chosen features are put on one footing before distances are taken (--scale).
enum class FeatureScale {
    Standard, ///< z-scores (the default for chosen features)
    None,     ///< the values as they are: a feature in larger units weighs more
    Log,      ///< sign(x) * log(1 + |x|), then z-scores: heavy tails tamed first
};

/// The features a user can choose (--features) besides any metric's total:
/// total, frequency, recency, tenure, avg_per_period, trend.
QStringList builtinFeatureNames();

/// Raw feature values chosen by the user, in their original units: one column per name, each
/// with one value per record.
struct FeatureColumns {
    QStringList names;
    std::vector<std::vector<double>> values;
};

/// The matrix k-means and DBSCAN cluster: the columns scaled as asked.
FeatureMatrix scaledFeatures(const FeatureColumns& raw, FeatureScale scale);

/// Turns every column into z-scores, (x - mean) / sd with the population standard deviation;
/// a zero-variance column becomes all 0. Stores the raw means and sds in the matrix.
void standardize(FeatureMatrix& matrix);

} // namespace ul
