// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <cstring>
#include <string>

namespace ul::varint {

// LEB128 unsigned varints and zigzag-signed ones: the packed columns of the fact store are
// mostly small numbers (customer deltas, day of month, row counts, cents).

inline void put(std::string& out, quint64 v)
{
    while (v >= 0x80) {
        out.push_back(char(v | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

inline void putSigned(std::string& out, qint64 v) { put(out, (quint64(v) << 1) ^ quint64(v >> 63)); }

inline void putFixed64(std::string& out, quint64 v)
{
    char b[8];
    std::memcpy(b, &v, 8);
    out.append(b, 8);
}

/// A cursor over packed bytes; every read reports running past the end through ok().
class Reader {
public:
    Reader(const char* data, size_t size)
        : m_p(reinterpret_cast<const unsigned char*>(data))
        , m_end(m_p + size)
    {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p >= m_end; }

    quint64 get()
    {
        quint64 v = 0;
        int shift = 0;
        while (m_p < m_end && shift < 64) {
            const unsigned char b = *m_p++;
            v |= quint64(b & 0x7F) << shift;
            if (!(b & 0x80))
                return v;
            shift += 7;
        }
        m_ok = false;
        return 0;
    }
    qint64 getSigned()
    {
        const quint64 z = get();
        return qint64(z >> 1) ^ -qint64(z & 1);
    }
    quint64 getFixed64()
    {
        if (m_end - m_p < 8) {
            m_ok = false;
            m_p = m_end;
            return 0;
        }
        quint64 v;
        std::memcpy(&v, m_p, 8);
        m_p += 8;
        return v;
    }
    unsigned char getByte()
    {
        if (m_p >= m_end) {
            m_ok = false;
            return 0;
        }
        return *m_p++;
    }

private:
    const unsigned char* m_p;
    const unsigned char* m_end;
    bool m_ok = true;
};

} // namespace ul::varint
