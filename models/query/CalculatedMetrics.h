// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"

#include <QString>

namespace ul {

/// A ratio metric to add to a dataset: sum(numerator) / sum(denominator) in each period and per
/// customer, computed at query time (store/RatioMetrics.h). Both sides are the keys (or headers)
/// of summed or distinct-count metrics of the same dataset.
struct RatioDefinition {
    QString dataset;
    QString key;         ///< the new metric's key (the metric key rule applies)
    QString displayName; ///< empty: "<numerator> per <denominator>"
    QString numerator;
    QString denominator;
};

/// Parses "A/B" (spaces around the slash allowed) into the two sides; false with *error.
bool parseRatio(const QString& text, QString* numerator, QString* denominator, QString* error);

/// Stores the ratio metric in the workspace; the error names what is wrong (unknown dataset or
/// side, a key already taken, a side that is itself a ratio).
bool addRatioMetric(Connection& db, const RatioDefinition& ratio, QString* error);

/// Removes a calculated metric; imported metrics are refused (forget their import instead).
bool removeCalculatedMetric(Connection& db, const QString& dataset, const QString& key, QString* error);

} // namespace ul
