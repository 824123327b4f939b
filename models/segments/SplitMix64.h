// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace ul {

/// Small deterministic PRNG (the SplitMix64 generator, written from its published definition).
/// Used instead of <random> distributions, whose output differs between standard libraries,
/// so that a fixed seed gives the same clusters on every platform.
class SplitMix64 {
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    /// Uniform integer in [0, n), n > 0, without modulo bias.
    quint64 below(quint64 n)
    {
        Q_ASSERT(n > 0);
        const quint64 threshold = (0 - n) % n; // 2^64 mod n: the biased low values to reject
        for (;;) {
            const quint64 r = next();
            if (r >= threshold)
                return r % n;
        }
    }

private:
    quint64 m_state;
};

} // namespace ul
