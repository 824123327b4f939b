// SPDX-License-Identifier: MIT
#pragma once

#include "import/SourceFormat.h"

#include <QString>

namespace ul {

/// Decides a file's layout from its first megabyte, honouring what `options` force: the
/// encoding (byte-order mark, else UTF-8 when the bytes are valid UTF-8, else Windows-1252),
/// JSON or delimited text, the delimiter (detectDelimiter()) and whether the first row is a
/// header (firstRowIsHeader() on the first 50 rows). False with *error (the file named) when the
/// file cannot be read, is empty or is binary.
bool sniffSource(const QString& path, const SourceOptions& options, SourceFormat* format, QString* error);

} // namespace ul
