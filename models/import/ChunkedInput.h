// SPDX-License-Identifier: MIT
#pragma once

#include "import/BackgroundHasher.h"
#include "import/TextEncoding.h"

#include <QString>

#include <cstdio>
#include <string>

namespace ul {

/// Reads a file in 1 MiB chunks into a sliding buffer of UTF-8, hashing every byte as stored
/// (SHA-256, on a thread of its own) on the way so an import reads its file once. Other
/// encodings are transcoded and a byte-order mark is dropped. Memory stays flat: consumed bytes
/// are dropped on refill.
class ChunkedInput {
public:
    ChunkedInput() = default;
    ~ChunkedInput();
    ChunkedInput(const ChunkedInput&) = delete;
    ChunkedInput& operator=(const ChunkedInput&) = delete;

    bool open(const QString& path, QString* error);
    /// How the bytes are to be read (before the first refill): `skip` leading bytes (a
    /// byte-order mark) are hashed but not passed on.
    void setEncoding(TextEncoding encoding, size_t skip);
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
    std::string m_raw; ///< the chunk as read, when it needs transcoding
    Utf8Transcoder m_transcoder{TextEncoding::Utf8};
    TextEncoding m_encoding = TextEncoding::Utf8;
    size_t m_skip = 0;
    BackgroundHasher m_hash;
    QString m_digest;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
    bool m_eof = false;
};

} // namespace ul
