// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace ul {

/// Customer ids longer than this are bad values: an id is a name, not a document.
inline constexpr size_t kMaxCustomerIdBytes = 1024;

/// True for ids a spreadsheet has probably rewritten on the way: scientific notation
/// ("7.20E+04"), a day and month ("3-Feb", "Feb-03"), a whole number made decimal ("17850.0"),
/// a spreadsheet error ("#VALUE!", "#####"). They are kept as written; the import warns.
bool looksSpreadsheetMangled(std::string_view id);

} // namespace ul
