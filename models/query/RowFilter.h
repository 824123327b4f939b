// SPDX-License-Identifier: MIT
#pragma once

#include "core/RowCondition.h"
#include "db/Connection.h"
#include "query/DatasetCatalog.h"

#include <QString>

#include <optional>
#include <vector>

namespace ul {

/// "region=Western Europe" or "internal!=TRUE"; the value is everything after the first '=' (or
/// "!="). Nullopt with *error when there is no column name.
std::optional<RowCondition> parseRowCondition(const QString& text, QString* error);
/// The command-line form back: "region=Western Europe".
QString rowConditionText(const RowCondition& condition);
/// For people: "Region is Western Europe", "internal is not TRUE" (display names given).
QString describeRowConditions(const std::vector<RowCondition>& where, const DatasetInfo& dataset);

/// The dimension a condition names in a dataset (header, then key, then header in any case).
const DimensionInfo* findDimension(const DatasetInfo& dataset, const QString& column);

/// The slices of a dataset whose rows pass every condition: conditions on one column are
/// alternatives (any of the values; all of the exclusions), conditions on different columns must
/// all hold. False with *error naming the column when the dataset does not keep it per row.
bool matchingSlices(Connection& db, const DatasetInfo& dataset, const std::vector<RowCondition>& where,
                    std::vector<qint64>* slices, QString* error);

/// Every value a dimension takes in the dataset ("" for blank rows, when there are any), with
/// its slices.
struct DimensionValue {
    QString value;
    std::vector<qint64> slices;
};
bool dimensionValues(Connection& db, const DatasetInfo& dataset, const DimensionInfo& dimension,
                     std::vector<DimensionValue>* out, QString* error);

} // namespace ul
