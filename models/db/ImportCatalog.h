// SPDX-License-Identifier: MIT
#pragma once

#include "db/Connection.h"
#include "import/ImportInfo.h"

#include <QString>

#include <vector>

namespace ul {

std::vector<ImportInfo> listImports(Connection& db, QString* error);
/// Imports whose content hash is `sha256`, or (when `fileName` is given) of the same file name in `dataset`.
std::vector<ImportInfo> findPreviousImports(Connection& db, const QString& sha256, const QString& dataset,
                                            const QString& fileName, QString* error);
/// Removes one import's facts, dates and attributes and rebuilds its dataset's monthly rollup.
/// Runs inside the caller's transaction; a dataset left without imports is removed too.
bool removeImportData(Connection& db, qint64 importId, QString* error);
/// forget-import: removeImportData in its own transaction, and the customers no other import has.
bool forgetImport(Connection& db, qint64 importId, QString* error);

} // namespace ul
