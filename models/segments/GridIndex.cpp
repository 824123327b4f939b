// SPDX-License-Identifier: MIT
#include "segments/GridIndex.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ul {

namespace {
// Plain comparisons: std::array's operators went through memcmp calls in profiles.
inline bool keyEqual(const std::array<qint64, 3>& a, const std::array<qint64, 3>& b)
{
    return a[0] == b[0] && a[1] == b[1] && a[2] == b[2];
}

inline bool keyLess(const std::array<qint64, 3>& a, const std::array<qint64, 3>& b)
{
    if (a[0] != b[0])
        return a[0] < b[0];
    if (a[1] != b[1])
        return a[1] < b[1];
    return a[2] < b[2];
}
} // namespace

GridIndex::GridIndex(const FeatureMatrix& points, double cellSize)
    : m_dim(points.dim)
{
    Q_ASSERT(m_dim >= 1 && m_dim <= 3);
    Q_ASSERT(cellSize > 0);
    const std::size_t n = points.rows();
    Q_ASSERT(n < std::numeric_limits<quint32>::max());
    const std::size_t dim = std::size_t(m_dim);

    std::array<double, 3> lo{0, 0, 0};
    for (std::size_t d = 0; d < dim; ++d) {
        lo[d] = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < n; ++i)
            lo[d] = std::min(lo[d], points.row(i)[d]);
    }
    // (key, index) records rather than indices into a key array: the sort then reads
    // contiguous memory instead of jumping around 24 MB for a million points.
    struct Entry {
        Key key;
        quint32 index;
    };
    std::vector<Entry> entries(n);
    // Cell coordinates counted from the minimum are never negative; the cap only matters for
    // absurd radius/extent ratios, where distinct far cells may merge (still correct, slower).
    for (std::size_t i = 0; i < n; ++i) {
        entries[i] = {Key{0, 0, 0}, quint32(i)};
        for (std::size_t d = 0; d < dim; ++d)
            entries[i].key[d] = qint64(std::min(std::floor((points.row(i)[d] - lo[d]) / cellSize), 1e15));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return keyEqual(a.key, b.key) ? a.index < b.index : keyLess(a.key, b.key);
    });

    m_order.resize(n);
    m_cellOfPosition.resize(n);
    m_positionOf.resize(n);
    m_coords.resize(n * dim);
    for (std::size_t p = 0; p < n; ++p) {
        const quint32 i = entries[p].index;
        const Key& key = entries[p].key;
        if (p == 0 || !keyEqual(key, m_cellKey.back())) {
            m_cellKey.push_back(key);
            m_cellBegin.push_back(p);
        }
        m_order[p] = i;
        m_cellOfPosition[p] = int(m_cellKey.size() - 1);
        m_positionOf[i] = p;
        std::copy_n(points.row(i), dim, m_coords.begin() + std::ptrdiff_t(p * dim));
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
        if (keyEqual(m_cellKey[std::size_t(c)], key))
            return c;
    }
}

int GridIndex::neighbourCells(int cell, std::array<int, 27>& out) const
{
    const Key& centre = m_cellKey[std::size_t(cell)];
    int count = 0;
    out[std::size_t(count++)] = cell;
    const int rx = 1, ry = m_dim >= 2 ? 1 : 0, rz = m_dim >= 3 ? 1 : 0;
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
