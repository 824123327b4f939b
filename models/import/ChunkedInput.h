// SPDX-License-Identifier: MIT
#pragma once

#include "import/BackgroundHasher.h"

#include <QString>

#include <cstdio>
#include <string>

namespace ul {

/// Reads a file in 1 MiB chunks into a sliding buffer, hashing every byte (SHA-256, on a thread
/// of its own) on the way so an import reads its file once. Memory stays flat: consumed bytes are
/// dropped on refill.
class ChunkedInput {
public:
    ChunkedInput() = default;
    ~ChunkedInput();
    ChunkedInput(const ChunkedInput&) = delete;
    ChunkedInput& operator=(const ChunkedInput&) = delete;

    bool open(const QString& path, QString* error);
    /// Drops bytes before `keepFrom`, appends the next chunk. Returns false at end of file.
    /// Offsets into the buffer shift by the returned amount (`dropped`).
    bool refill(size_t keepFrom, size_t* dropped);
    const std::string& buffer() const { return m_buffer; }
    bool atEnd() const { return m_eof; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }
    /// Hex SHA-256 of the whole file; valid once the file has been read to the end.
    QString sha256Hex();

private:
    std::FILE* m_file = nullptr;
    std::string m_buffer;
    BackgroundHasher m_hash;
    QString m_digest;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
    bool m_eof = false;
};

} // namespace ul
