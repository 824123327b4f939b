// SPDX-License-Identifier: MIT
#include "export/ZipCopy.h"

#include <QFile>

#include <zlib.h>

#include <algorithm>
#include <vector>

namespace ul {

namespace {

constexpr quint32 kLocalSignature = 0x04034b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;
constexpr quint16 kDataDescriptorFlag = 0x0008; // sizes after the data: ours go in the header
constexpr qint64 kChunk = 16 * 1024;

quint16 u16(const char* p) { return quint16(uchar(p[0]) | uchar(p[1]) << 8); }
quint32 u32(const char* p) { return quint32(u16(p)) | quint32(u16(p + 2)) << 16; }
void put16(QByteArray& b, quint16 v) { b.append(char(v & 0xff)).append(char(v >> 8)); }
void put32(QByteArray& b, quint32 v)
{
    put16(b, quint16(v & 0xffff));
    put16(b, quint16(v >> 16));
}

/// One entry as the central directory describes it.
struct Entry {
    QByteArray name;
    quint16 versionMade = 0, versionNeeded = 0, flags = 0, method = 0, time = 0, date = 0;
    quint32 crc = 0, compressedSize = 0, size = 0, externalAttributes = 0, localOffset = 0;
};

bool readEntries(QFile& in, std::vector<Entry>* entries, QString* error)
{
    // The end record is in the last 22 bytes plus at most a 64 KiB comment.
    const qint64 tailSize = std::min<qint64>(in.size(), 22 + 0xffff);
    in.seek(in.size() - tailSize);
    const QByteArray tail = in.read(tailSize);
    qsizetype end = -1;
    for (qsizetype i = tail.size() - 22; i >= 0 && end < 0; --i)
        if (u32(tail.constData() + i) == kEndSignature)
            end = i;
    if (end < 0) {
        *error = QStringLiteral("not a zip archive");
        return false;
    }
    const char* e = tail.constData() + end;
    const quint16 count = u16(e + 10);
    const quint32 directorySize = u32(e + 12), directoryOffset = u32(e + 16);
    if (count == 0xffff || directoryOffset == 0xffffffff) {
        *error = QStringLiteral("zip64 archives are not supported");
        return false;
    }
    in.seek(directoryOffset);
    const QByteArray dir = in.read(directorySize);
    qsizetype at = 0;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > dir.size() || u32(dir.constData() + at) != kCentralSignature) {
            *error = QStringLiteral("damaged zip directory");
            return false;
        }
        const char* c = dir.constData() + at;
        Entry x;
        x.versionMade = u16(c + 4);
        x.versionNeeded = u16(c + 6);
        x.flags = u16(c + 8);
        x.method = u16(c + 10);
        x.time = u16(c + 12);
        x.date = u16(c + 14);
        x.crc = u32(c + 16);
        x.compressedSize = u32(c + 20);
        x.size = u32(c + 24);
        const quint16 nameLength = u16(c + 28), extraLength = u16(c + 30), commentLength = u16(c + 32);
        x.externalAttributes = u32(c + 38);
        x.localOffset = u32(c + 42);
        x.name = dir.mid(at + 46, nameLength);
        if (x.compressedSize == 0xffffffff || x.size == 0xffffffff || x.localOffset == 0xffffffff) {
            *error = QStringLiteral("zip64 archives are not supported");
            return false;
        }
        if (x.method != kStored && x.method != kDeflated) {
            *error = QStringLiteral("unsupported compression in %1").arg(QString::fromUtf8(x.name));
            return false;
        }
        entries->push_back(x);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return true;
}

/// The fields both headers of an entry share, in the same order: from "version needed" to the
/// name's length.
void putSharedFields(QByteArray& h, const Entry& x)
{
    put16(h, x.versionNeeded);
    put16(h, x.flags);
    put16(h, x.method);
    put16(h, x.time);
    put16(h, x.date);
    put32(h, x.crc);
    put32(h, x.compressedSize);
    put32(h, x.size);
    put16(h, quint16(x.name.size()));
}

QByteArray localHeader(const Entry& x)
{
    QByteArray h;
    put32(h, kLocalSignature);
    putSharedFields(h, x);
    put16(h, 0); // extra
    return h + x.name;
}

QByteArray centralHeader(const Entry& x)
{
    QByteArray h;
    put32(h, kCentralSignature);
    put16(h, x.versionMade);
    putSharedFields(h, x);
    put16(h, 0); // extra
    put16(h, 0); // comment
    put16(h, 0); // disk
    put16(h, 0); // internal attributes
    put32(h, x.externalAttributes);
    put32(h, x.localOffset);
    return h + x.name;
}

/// The offset of an entry's data: after its local header, whose extra field may differ from the
/// central directory's.
bool dataOffset(QFile& in, const Entry& x, qint64* offset, QString* error)
{
    in.seek(x.localOffset);
    const QByteArray h = in.read(30);
    if (h.size() != 30 || u32(h.constData()) != kLocalSignature) {
        *error = QStringLiteral("damaged zip entry %1").arg(QString::fromUtf8(x.name));
        return false;
    }
    *offset = qint64(x.localOffset) + 30 + u16(h.constData() + 26) + u16(h.constData() + 28);
    return true;
}

/// Deflates what an edit writes, counting its size and CRC.
class Deflater {
public:
    Deflater(QFile& out)
        : m_out(out)
    {
        deflateInit2(&m_z, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    }
    ~Deflater() { deflateEnd(&m_z); }
    bool write(const QByteArray& bytes, bool last)
    {
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef*>(bytes.constData()), uInt(bytes.size()));
        m_size += quint64(bytes.size());
        m_z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.constData()));
        m_z.avail_in = uInt(bytes.size());
        char buffer[kChunk];
        int rc = Z_OK;
        do {
            m_z.next_out = reinterpret_cast<Bytef*>(buffer);
            m_z.avail_out = sizeof buffer;
            rc = deflate(&m_z, last ? Z_FINISH : Z_NO_FLUSH);
            const qint64 produced = qint64(sizeof buffer - m_z.avail_out);
            if (m_out.write(buffer, produced) != produced)
                return false;
            m_compressed += quint64(produced);
        } while (m_z.avail_out == 0 || (last && rc != Z_STREAM_END));
        return rc != Z_STREAM_ERROR;
    }
    quint32 crc() const { return quint32(m_crc); }
    quint64 size() const { return m_size; }
    quint64 compressedSize() const { return m_compressed; }

private:
    QFile& m_out;
    z_stream m_z{};
    uLong m_crc = crc32(0, nullptr, 0);
    quint64 m_size = 0, m_compressed = 0;
};

/// Streams an entry's content through `edit` into a new deflated entry at the end of `out`.
bool editEntry(QFile& in, qint64 offset, Entry& x, ZipEntryEdit& edit, QFile& out, QString* error)
{
    z_stream z{};
    if (x.method == kDeflated && inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return false;
    Deflater deflater(out);
    in.seek(offset);
    quint32 left = x.compressedSize;
    bool ok = true;
    while (ok && left > 0) {
        const QByteArray input = in.read(std::min<qint64>(kChunk, left));
        if (input.isEmpty())
            ok = false;
        left -= quint32(input.size());
        if (x.method == kStored) {
            ok = ok && deflater.write(edit.feed(input), false);
            continue;
        }
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
        z.avail_in = uInt(input.size());
        while (ok && z.avail_in > 0) {
            char buffer[kChunk];
            z.next_out = reinterpret_cast<Bytef*>(buffer);
            z.avail_out = sizeof buffer;
            const int rc = inflate(&z, Z_NO_FLUSH);
            ok = rc == Z_OK || rc == Z_STREAM_END;
            ok = ok && deflater.write(edit.feed(QByteArrayView(buffer, qsizetype(sizeof buffer - z.avail_out))), false);
            if (rc == Z_STREAM_END)
                break;
        }
    }
    if (x.method == kDeflated)
        inflateEnd(&z);
    ok = ok && deflater.write(edit.finish(), true);
    if (!ok || deflater.compressedSize() > 0xfffffffe || deflater.size() > 0xfffffffe) {
        *error = QStringLiteral("cannot rewrite %1").arg(QString::fromUtf8(x.name));
        return false;
    }
    x.method = kDeflated;
    x.versionNeeded = std::max<quint16>(x.versionNeeded, 20); // 2.0: deflate
    x.crc = deflater.crc();
    x.size = quint32(deflater.size());
    x.compressedSize = quint32(deflater.compressedSize());
    return true;
}

bool copyBytes(QFile& in, qint64 offset, quint32 count, QFile& out)
{
    in.seek(offset);
    while (count > 0) {
        const QByteArray chunk = in.read(std::min<qint64>(kChunk, count));
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            return false;
        count -= quint32(chunk.size());
    }
    return true;
}

} // namespace

bool copyZip(const QString& from, const QString& to, const ZipEditFor& editFor, QString* error)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = in.isOpen() ? out.errorString() : in.errorString();
        return false;
    }
    std::vector<Entry> entries;
    if (!readEntries(in, &entries, error))
        return false;
    for (Entry& x : entries) {
        qint64 offset = 0;
        if (!dataOffset(in, x, &offset, error))
            return false;
        x.flags &= quint16(~kDataDescriptorFlag);
        x.localOffset = quint32(out.pos());
        const std::unique_ptr<ZipEntryEdit> edit = editFor(x.name);
        if (!edit) {
            if (out.write(localHeader(x)) < 0 || !copyBytes(in, offset, x.compressedSize, out)) {
                *error = out.errorString();
                return false;
            }
            continue;
        }
        // The sizes are known once the edited content is written: the header is written again.
        if (out.write(localHeader(x)) < 0 || !editEntry(in, offset, x, *edit, out, error))
            return error->isEmpty() ? (*error = out.errorString(), false) : false;
        const qint64 end = out.pos();
        if (out.pos() > 0xfffffffe || !out.seek(x.localOffset) || out.write(localHeader(x)) < 0 || !out.seek(end)) {
            *error = QStringLiteral("the workbook is too large");
            return false;
        }
    }
    const qint64 directoryOffset = out.pos();
    QByteArray directory;
    for (const Entry& x : entries)
        directory += centralHeader(x);
    QByteArray end;
    put32(end, kEndSignature);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(entries.size()));
    put16(end, quint16(entries.size()));
    put32(end, quint32(directory.size()));
    put32(end, quint32(directoryOffset));
    put16(end, 0);
    if (out.write(directory + end) != directory.size() + end.size() || !out.flush()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace ul
