// SPDX-License-Identifier: MIT
#include "import/ChunkedInput.h"

#include <QFileInfo>

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
    const size_t old = m_buffer.size();
    m_buffer.resize(old + kChunkSize);
    const size_t got = std::fread(m_buffer.data() + old, 1, kChunkSize, m_file);
    m_buffer.resize(old + got);
    if (got > 0) {
        m_hash.add(QByteArray(m_buffer.data() + old, qsizetype(got)));
        m_bytesRead += qint64(got);
    }
    if (got < kChunkSize)
        m_eof = true;
    return got > 0;
}

QString ChunkedInput::sha256Hex()
{
    if (m_digest.isEmpty())
        m_digest = QString::fromLatin1(m_hash.result().toHex());
    return m_digest;
}

} // namespace ul
