// SPDX-License-Identifier: MIT
#pragma once

#include "segments/SplitMix64.h"

#include <cmath>

namespace ul {

/// Standard normal draws from a fixed seed (Box–Muller on SplitMix64), the same on every
/// platform: simulated forecast bands do not change between runs or standard libraries.
class NormalDraw {
public:
    explicit NormalDraw(quint64 seed)
        : m_random(seed)
    {}

    double next()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u = 0;
        while (u <= 0) // log(0) is not a number
            u = m_random.uniform();
        const double v = m_random.uniform();
        const double r = std::sqrt(-2.0 * std::log(u));
        constexpr double twoPi = 6.283185307179586;
        m_spare = r * std::sin(twoPi * v);
        m_hasSpare = true;
        return r * std::cos(twoPi * v);
    }

private:
    SplitMix64 m_random;
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace ul
