// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace ul {

/// Why the start of a file says it is not text to import, or nothing when it may be: a known
/// binary format by its signature (a zip or xlsx, gzip, PDF, an SQLite database, images), or
/// more than 1% NUL bytes. A text export with a stray NUL byte is text: the rows holding one
/// are located bad rows (CsvReader), not a reason to refuse the whole file.
std::optional<QString> binaryReason(std::string_view head);

} // namespace ul
