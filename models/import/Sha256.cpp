// SPDX-License-Identifier: MIT
#include "import/Sha256.h"

#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define UL_SHA_X86 1
#endif

namespace ul {

namespace {

constexpr std::uint32_t kInitial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

alignas(16) constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

#ifdef UL_SHA_X86
// The state lives in two registers in the order the instructions want: ABEF and CDGH. Each group
// of four rounds takes four message words W[4k..4k+3]; from the fifth group on they are expanded
// from the four previous groups (msg1 adds sigma0 of W[t-15] to W[t-16], alignr supplies W[t-7],
// msg2 adds sigma1 of W[t-2]).
__attribute__((target("sha,sse4.1,ssse3"))) void compressWithShaInstructions(std::uint32_t* state,
                                                                             const unsigned char* data, size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state));        // A B C D
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4)); // E F G H
    tmp = _mm_shuffle_epi32(tmp, 0xB1);                                            // B A D C
    state1 = _mm_shuffle_epi32(state1, 0x1B);                                      // H G F E
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);                              // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);                                   // CDGH
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i savedAbef = state0;
        const __m128i savedCdgh = state1;
        __m128i w[4];
        for (int k = 0; k < 16; ++k) {
            __m128i& x = w[k % 4];
            if (k < 4) {
                x = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * k)), byteSwap);
            } else {
                // w[k % 4] still holds X(k-4) with msg1(X(k-4), X(k-3)) applied (below).
                x = _mm_add_epi32(x, _mm_alignr_epi8(w[(k + 3) % 4], w[(k + 2) % 4], 4));
                x = _mm_sha256msg2_epu32(x, w[(k + 3) % 4]);
            }
            __m128i msg = _mm_add_epi32(x, _mm_load_si128(reinterpret_cast<const __m128i*>(kRound + 4 * k)));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            msg = _mm_shuffle_epi32(msg, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
            // Prepare X(k-3) for group k+1 (groups 4..15 consume it): msg1(X(k-3), X(k-2)).
            if (k >= 3 && k <= 14) {
                __m128i& older = w[(k + 1) % 4]; // X(k-3)
                older = _mm_sha256msg1_epu32(older, w[(k + 2) % 4]);
            }
        }
        state0 = _mm_add_epi32(state0, savedAbef);
        state1 = _mm_add_epi32(state1, savedCdgh);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);       // F E B A
    state1 = _mm_shuffle_epi32(state1, 0xB1);    // D C H G
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // D C B A
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // H G F E
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), state1);
}
#endif

} // namespace

bool Sha256::hardwareAccelerated()
{
#ifdef UL_SHA_X86
    // CPUID directly: older clang has no "sha" for __builtin_cpu_supports.
    static const bool supported = [] {
        unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
        if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
            return false;
        const bool sse41 = ecx & (1u << 19), ssse3 = ecx & (1u << 9);
        if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
            return false;
        return sse41 && ssse3 && (ebx & (1u << 29)) != 0; // leaf 7 EBX bit 29: SHA extensions
    }();
    return supported;
#else
    return false;
#endif
}

Sha256::Sha256()
    : m_hardware(hardwareAccelerated())
{
    if (!m_hardware)
        m_fallback = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    std::memcpy(m_state.data(), kInitial, sizeof kInitial);
}

void Sha256::compress(const unsigned char* blocks, size_t count)
{
#ifdef UL_SHA_X86
    compressWithShaInstructions(m_state.data(), blocks, count);
#else
    Q_UNUSED(blocks);
    Q_UNUSED(count);
#endif
}

void Sha256::addData(const char* data, size_t size)
{
    if (m_fallback) {
        m_fallback->addData(QByteArrayView(data, qsizetype(size)));
        return;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    m_length += size;
    if (m_pendingSize > 0) {
        const size_t take = std::min(size, 64 - m_pendingSize);
        std::memcpy(m_pending + m_pendingSize, p, take);
        m_pendingSize += take;
        p += take;
        size -= take;
        if (m_pendingSize < 64)
            return;
        compress(m_pending, 1);
        m_pendingSize = 0;
    }
    if (size >= 64) {
        compress(p, size / 64);
        p += size / 64 * 64;
        size %= 64;
    }
    std::memcpy(m_pending, p, size);
    m_pendingSize = size;
}

QByteArray Sha256::result()
{
    if (m_fallback)
        return m_fallback->result();
    // Padding: 0x80, zeros to 56 mod 64, then the length in bits, big-endian.
    unsigned char tail[128] = {};
    std::memcpy(tail, m_pending, m_pendingSize);
    tail[m_pendingSize] = 0x80;
    const size_t total = m_pendingSize + 1 + 8 <= 64 ? 64 : 128;
    const std::uint64_t bits = m_length * 8;
    for (int i = 0; i < 8; ++i)
        tail[total - 1 - size_t(i)] = static_cast<unsigned char>(bits >> (8 * i));
    std::array<std::uint32_t, 8> state = m_state;
#ifdef UL_SHA_X86
    compressWithShaInstructions(state.data(), tail, total / 64);
#endif
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        for (int b = 0; b < 4; ++b)
            digest[4 * i + b] = char(state[size_t(i)] >> (24 - 8 * b));
    return digest;
}

} // namespace ul
