// SPDX-License-Identifier: MIT
#include "import/ChunkedInput.h"

#include <QFileInfo>

#include <algorithm>

namespace ul {

namespace {
constexpr size_t kChunkSize = size_t(1) << 20;
}

ChunkedInput::~ChunkedInput()
{
    if (m_file)
        std::fclose(m_file);
}

bool ChunkedInput::open(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        *error = QStringLiteral("%1: no such file").arg(path);
        return false;
    }
    m_file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!m_file) {
        *error = QStringLiteral("%1: cannot read the file").arg(path);
        return false;
    }
    m_totalBytes = info.size();
    m_buffer.reserve(kChunkSize * 2);
    return true;
}

bool ChunkedInput::refill(size_t keepFrom, size_t* dropped)
{
    *dropped = 0;
    if (m_eof)
        return false;
    if (keepFrom > 0) {
        m_buffer.erase(0, keepFrom);
        *dropped = keepFrom;
    }
    size_t got = 0;
    if (m_encoding == TextEncoding::Utf8) {
        const size_t old = m_buffer.size();
        m_buffer.resize(old + kChunkSize);
        got = std::fread(m_buffer.data() + old, 1, kChunkSize, m_file);
        m_buffer.resize(old + got);
        if (got > 0)
            m_hash.add(QByteArray(m_buffer.data() + old, qsizetype(got)));
        const size_t skip = std::min(m_skip, got);
        if (skip > 0) {
            m_buffer.erase(old, skip);
            m_skip -= skip;
        }
    } else {
        m_raw.resize(kChunkSize);
        got = std::fread(m_raw.data(), 1, kChunkSize, m_file);
        m_raw.resize(got);
        if (got > 0)
            m_hash.add(QByteArray(m_raw.data(), qsizetype(got)));
        const size_t skip = std::min(m_skip, got);
        m_skip -= skip;
        m_transcoder.append(std::string_view(m_raw).substr(skip), m_buffer);
    }
    m_bytesRead += qint64(got);
    if (got < kChunkSize) {
        m_eof = true;
        m_transcoder.finish(m_buffer);
    }
    return got > 0;
}

void ChunkedInput::setEncoding(TextEncoding encoding, size_t skip)
{
    m_encoding = encoding;
    m_transcoder = Utf8Transcoder(encoding);
    m_skip = skip;
}

QString ChunkedInput::sha256Hex()
{
    if (m_digest.isEmpty())
        m_digest = QString::fromLatin1(m_hash.result().toHex());
    return m_digest;
}

} // namespace ul
