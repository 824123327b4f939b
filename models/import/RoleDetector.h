// SPDX-License-Identifier: MIT
#pragma once

#include "import/ColumnProfile.h"
#include "import/ImportMapping.h"

#include <optional>
#include <vector>

namespace ul {

/// Chooses a role for every column from its header and its values:
/// - customer: an id-like column (text or whole numbers) named like customer/client/account/user id,
///   else the text column with the most distinct values;
/// - date: a column whose every value parses as a date, named like date/time/day/month/usage/paid
///   (names like created/signup go to `created`; other date columns are ignored);
/// - metric: numeric columns (only when there is a date); booleans and text are attributes.
ImportMapping detectRoles(const std::vector<ColumnProfile>& profiles);

/// Columns whose type the sample could not settle (no values yet, or day/month order open):
/// the importer profiles them over the whole file before deciding.
std::vector<int> undecidedColumns(const std::vector<ColumnProfile>& profiles);

/// The date format for a column from its values: nullopt when none reads every value.
/// `ambiguous` is set when day/month order was not decided by any value (m/d/y is assumed).
std::optional<DateFormat> detectDateFormat(const ColumnProfile& profile, bool allowEpoch, bool* ambiguous);

/// Applies --map overrides and --date-format. Returns false with *error when a column is unknown,
/// a required role is missing or a forced date format does not read the column.
bool applyOverrides(ImportMapping& mapping, const std::vector<ColumnProfile>& profiles,
                    const std::vector<MappingOverride>& overrides, std::optional<DateFormat> forcedFormat,
                    QString* error);

} // namespace ul
