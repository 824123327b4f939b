// SPDX-License-Identifier: MIT
#pragma once

#include "import/SourceFormat.h"

#include <string_view>

namespace ul {

/// The delimiter of a text file from its first lines (UTF-8, up to 50 are looked at): among
/// ',', ';', tab, '|' and runs of spaces, the one that splits every line into the same number
/// of fields, the most fields winning and a character beating spaces on a tie. With no
/// consistent candidate, the character most frequent on the first line; ',' for one column.
Delimiter detectDelimiter(std::string_view head);

} // namespace ul
