// SPDX-License-Identifier: MIT
#pragma once

#include "import/RecordReader.h"
#include "import/SourceFormat.h"

#include <memory>

namespace ul {

/// Opens the right reader for a file from its content (sniffSource(): '[' -> JSON array,
/// '{' -> NDJSON, anything else -> delimited text) with what `options` force. Returns nullptr
/// with *error (file name included) when it cannot.
std::unique_ptr<RecordReader> openRecordReader(const QString& path, const SourceOptions& options, QString* error);
/// A reader for a layout already decided (the import reads the file again as detected).
std::unique_ptr<RecordReader> openRecordReader(const QString& path, const SourceFormat& format, QString* error);

} // namespace ul
