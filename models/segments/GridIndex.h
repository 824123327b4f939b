// SPDX-License-Identifier: MIT
#pragma once

#include "segments/FeatureMatrix.h"

#include <QtGlobal>

#include <array>
#include <span>
#include <vector>

namespace ul {

/// Uniform grid over points of up to 3 coordinates, for fixed-radius neighbour queries:
/// with a cell side >= the radius, every neighbour of a point lies in the 3^dim cells
/// around its own. Points are bucketed by cell (sorted, contiguous) and the non-empty cells
/// are found through an open-addressing hash table, so memory is O(n) whatever the extent
/// of the data. Read-only after construction; keeps a pointer to `points`, which must
/// outlive it.
class GridIndex
{
public:
    GridIndex(const FeatureMatrix& points, double cellSize);

    std::size_t cellCount() const { return m_cellBegin.size() - 1; }
    int cellOf(std::size_t point) const { return m_cellOfPoint[point]; }
    /// Points in a cell, ascending.
    std::span<const quint32> pointsIn(int cell) const
    {
        return {m_order.data() + m_cellBegin[std::size_t(cell)],
                m_cellBegin[std::size_t(cell) + 1] - m_cellBegin[std::size_t(cell)]};
    }
    /// The non-empty cells among `cell` and its adjacent cells, `cell` itself first.
    /// Returns how many were written to `out`.
    int neighbourCells(int cell, std::array<int, 27>& out) const;

private:
    using Key = std::array<qint64, 3>;
    int findCell(const Key& key) const;
    static quint64 hashKey(const Key& key);

    const FeatureMatrix* m_points;
    std::vector<Key> m_cellKey;          ///< per cell
    std::vector<std::size_t> m_cellBegin; ///< cellCount() + 1 offsets into m_order
    std::vector<quint32> m_order;         ///< point indices grouped by cell
    std::vector<int> m_cellOfPoint;
    std::vector<int> m_slots;             ///< hash table of cell indices, -1 = empty
};

} // namespace ul
