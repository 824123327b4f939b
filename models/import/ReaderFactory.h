// SPDX-License-Identifier: MIT
#pragma once

#include "import/RecordReader.h"

#include <memory>

namespace ul {

/// Opens the right reader for a file from its content: '[' -> JSON array, '{' -> NDJSON,
/// anything else -> CSV. Returns nullptr with *error (file name included) when it cannot.
std::unique_ptr<RecordReader> openRecordReader(const QString& path, QString* error);

} // namespace ul
