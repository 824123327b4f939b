// SPDX-License-Identifier: MIT
#pragma once

#include "import/ColumnProfile.h"
#include "import/ImportMapping.h"

#include <optional>
#include <vector>

namespace ul {

/// Chooses a role for every column from its header and its values. A column that looks like a
/// date or a metric, by its name or by most of its values, keeps that role whatever a minority of
/// bad values says: those become bad rows with their location, never a silent change of role.
/// - customer: an id-like column (text or whole numbers) named like customer/client/account/user
///   id, else the text column with the most distinct values;
/// - date: a column most of whose values are dates in one form, or named like a date and read
///   by some form; the best named one is the usage date (created/signup go to `created`, other
///   dates are ignored);
/// - metric: numeric columns (by most values, or by a measure's name), unless named like an
///   identifier (invoice, order, code, zip...); booleans and text are attributes;
/// - dimension: of a dated file's attributes, booleans and text with at most
///   kMaxAutoDimensionValues values that repeat (each value on two rows or more on average),
///   not named like an identifier: kept per row as well, to filter and break down by.
/// Decimal commas are read when the file uses them consistently (`decimalComma` forces either
/// way). Two columns that give the same metric key are both kept, the second with a suffix.
/// Dimensions chosen by detection: at most this many columns, each with at most this many
/// distinct values in the sample (rows are kept per combination of their values).
inline constexpr int kMaxAutoDimensions = 4;
inline constexpr int kMaxAutoDimensionValues = 50;

ImportMapping detectRoles(const std::vector<ColumnProfile>& profiles, const SourceFormat& source,
                          std::optional<bool> decimalComma = std::nullopt);

/// Columns whose type the sample could not settle (no values yet, or day/month order open):
/// the importer profiles them over the whole file before deciding.
std::vector<int> undecidedColumns(const std::vector<ColumnProfile>& profiles);

/// Applies --map overrides and --date-format, then checks that the file gives something usable:
/// a customer column, and a date column unless the file describes customers (no date-like
/// column, at most one row per customer). Returns false with *error when a column is unknown, a
/// required role is missing (listing every column and what its values look like) or a forced
/// date format does not read the column.
bool applyOverrides(ImportMapping& mapping, const std::vector<ColumnProfile>& profiles,
                    const std::vector<MappingOverride>& overrides, std::optional<DateFormat> forcedFormat,
                    QString* error);

} // namespace ul
