// SPDX-License-Identifier: MIT
#include "segments/GridIndex.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ul {

GridIndex::GridIndex(const FeatureMatrix& points, double cellSize)
    : m_points(&points)
{
    Q_ASSERT(points.dim >= 1 && points.dim <= 3);
    Q_ASSERT(cellSize > 0);
    const std::size_t n = points.rows();
    Q_ASSERT(n < std::numeric_limits<quint32>::max());
    const int dim = points.dim;

    std::array<double, 3> lo{0, 0, 0};
    for (int d = 0; d < dim; ++d) {
        lo[std::size_t(d)] = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < n; ++i)
            lo[std::size_t(d)] = std::min(lo[std::size_t(d)], points.row(i)[d]);
    }
    // Cell coordinates counted from the minimum are never negative; the cap only matters for
    // absurd radius/extent ratios, where distinct far cells may merge (still correct, just slower).
    std::vector<Key> keyOfPoint(n, Key{0, 0, 0});
    for (std::size_t i = 0; i < n; ++i) {
        for (int d = 0; d < dim; ++d) {
            const double c = std::floor((points.row(i)[d] - lo[std::size_t(d)]) / cellSize);
            keyOfPoint[i][std::size_t(d)] = qint64(std::min(c, 1e15));
        }
    }
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), quint32(0));
    std::sort(m_order.begin(), m_order.end(), [&keyOfPoint](quint32 a, quint32 b) {
        return keyOfPoint[a] != keyOfPoint[b] ? keyOfPoint[a] < keyOfPoint[b] : a < b;
    });

    m_cellOfPoint.resize(n);
    for (std::size_t p = 0; p < n; ++p) {
        const Key& key = keyOfPoint[m_order[p]];
        if (p == 0 || key != m_cellKey.back()) {
            m_cellKey.push_back(key);
            m_cellBegin.push_back(p);
        }
        m_cellOfPoint[m_order[p]] = int(m_cellKey.size() - 1);
    }
    m_cellBegin.push_back(n);

    std::size_t capacity = 16;
    while (capacity < 2 * m_cellKey.size())
        capacity *= 2;
    m_slots.assign(capacity, -1);
    for (std::size_t c = 0; c < m_cellKey.size(); ++c) {
        std::size_t s = hashKey(m_cellKey[c]) & (capacity - 1);
        while (m_slots[s] >= 0)
            s = (s + 1) & (capacity - 1);
        m_slots[s] = int(c);
    }
}

quint64 GridIndex::hashKey(const Key& key)
{
    // Mix each coordinate with a different odd constant, then a finaliser to spread the bits.
    quint64 h = quint64(key[0]) * 0x9E3779B97F4A7C15ull ^ quint64(key[1]) * 0xC2B2AE3D27D4EB4Full
                ^ quint64(key[2]) * 0x165667B19E3779F9ull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 32);
}

int GridIndex::findCell(const Key& key) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t s = hashKey(key) & mask;; s = (s + 1) & mask) {
        const int c = m_slots[s];
        if (c < 0)
            return -1;
        if (m_cellKey[std::size_t(c)] == key)
            return c;
    }
}

int GridIndex::neighbourCells(int cell, std::array<int, 27>& out) const
{
    const Key& centre = m_cellKey[std::size_t(cell)];
    const int dim = m_points->dim;
    int count = 0;
    out[std::size_t(count++)] = cell;
    const int rx = 1, ry = dim >= 2 ? 1 : 0, rz = dim >= 3 ? 1 : 0;
    for (int dx = -rx; dx <= rx; ++dx) {
        for (int dy = -ry; dy <= ry; ++dy) {
            for (int dz = -rz; dz <= rz; ++dz) {
                if (dx == 0 && dy == 0 && dz == 0)
                    continue;
                const int c = findCell({centre[0] + dx, centre[1] + dy, centre[2] + dz});
                if (c >= 0)
                    out[std::size_t(count++)] = c;
            }
        }
    }
    return count;
}

} // namespace ul
