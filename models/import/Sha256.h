// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCryptographicHash>

#include <array>
#include <cstdint>
#include <memory>

namespace ul {

/// SHA-256 (FIPS 180-4) that uses the processor's SHA instructions where it has them (x86 SHA
/// extensions: about ten times QCryptographicHash, which an import of a large file would wait
/// for), else QCryptographicHash. Same digests either way.
class Sha256 {
public:
    Sha256();
    void addData(const char* data, size_t size);
    QByteArray result();
    /// True when the processor's SHA instructions are used.
    static bool hardwareAccelerated();

private:
    void compress(const unsigned char* blocks, size_t count);

    bool m_hardware;
    std::unique_ptr<QCryptographicHash> m_fallback;
    std::array<std::uint32_t, 8> m_state{};
    unsigned char m_pending[64] = {};
    size_t m_pendingSize = 0;
    std::uint64_t m_length = 0;
};

} // namespace ul
