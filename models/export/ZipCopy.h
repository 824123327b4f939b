// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>

namespace ul {

/// Edits one entry's content as it streams through: fed the uncompressed bytes in chunks,
/// returns the bytes to write in their place.
class ZipEntryEdit {
public:
    virtual ~ZipEntryEdit() = default;
    virtual QByteArray feed(QByteArrayView chunk) = 0;
    /// The rest of the content after the last chunk.
    virtual QByteArray finish() = 0;
};

/// The edit for an entry, by its name; null keeps the entry's bytes as they are.
using ZipEditFor = std::function<std::unique_ptr<ZipEntryEdit>(const QByteArray& entryName)>;

/// Copies the zip archive `from` to `to` (a new file), entry by entry in the same order, passing
/// the entries `editFor` names through their edit (inflated, edited and deflated again in
/// chunks, so a large worksheet is never held in memory). Archives of stored and deflated entries
/// without zip64 records, as libxlsxwriter writes them; anything else is an error.
bool copyZip(const QString& from, const QString& to, const ZipEditFor& editFor, QString* error);

} // namespace ul
