// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ul {

/// Provenance of one imported file, as the workspace records it (db/ImportCatalog.h).
struct ImportInfo {
    qint64 id = 0;
    QString dataset;
    QString fileName;
    QString filePath;
    qint64 fileSize = 0;
    QString sha256;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    QString mappingJson;
    QString importedAt;
};

} // namespace ul
