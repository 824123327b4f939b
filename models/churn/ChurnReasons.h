// SPDX-License-Identifier: MIT
#pragma once

#include "churn/ChurnFeatures.h"

#include <QString>

#include <vector>

namespace ul {

/// One signal in words, with the customer's numbers: "logins −62% over the last 4 weeks vs the 8
/// before", "active days 3 of last 30". `metric` is the metric's display name.
QString describeChurnSignal(ChurnFeature feature, const ChurnFacts& facts, const QString& metric);

/// The two strongest signals joined with "; ": the features pushing the risk up the most
/// (`push` per feature, e.g. weight times standardised value), largest first.
QString churnReason(const ChurnFacts& facts, const std::vector<double>& push, const QString& metric);

} // namespace ul
