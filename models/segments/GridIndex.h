// SPDX-License-Identifier: MIT
#pragma once

#include "segments/FeatureMatrix.h"

#include <QtGlobal>

#include <array>
#include <vector>

namespace ul {

/// Uniform grid over points of up to 3 coordinates, for fixed-radius neighbour queries:
/// with a cell side >= the radius, every neighbour of a point lies in the 3^dim cells
/// around its own. Points are sorted by cell into "positions" 0..n-1 (each cell a
/// contiguous range, input order inside a cell) with a copy of their coordinates in that
/// order, so scanning a cell reads contiguous memory. Non-empty cells are found through an
/// open-addressing hash table: memory is O(n) whatever the extent of the data.
/// Read-only after construction.
class GridIndex {
public:
    GridIndex(const FeatureMatrix& points, double cellSize);

    int dim() const { return m_dim; }
    std::size_t cellCount() const { return m_cellBegin.size() - 1; }
    /// Positions [cellBegin(c), cellEnd(c)) are the points of cell c.
    std::size_t cellBegin(int cell) const { return m_cellBegin[std::size_t(cell)]; }
    std::size_t cellEnd(int cell) const { return m_cellBegin[std::size_t(cell) + 1]; }
    int cellAt(std::size_t position) const { return m_cellOfPosition[position]; }
    quint32 pointAt(std::size_t position) const { return m_order[position]; }
    std::size_t positionOf(quint32 point) const { return m_positionOf[point]; }
    const double* coordsAt(std::size_t position) const { return m_coords.data() + position * std::size_t(m_dim); }

    /// The non-empty cells among `cell` and its adjacent cells, `cell` itself first.
    /// Returns how many were written to `out`.
    int neighbourCells(int cell, std::array<int, 27>& out) const;

private:
    using Key = std::array<qint64, 3>;
    int findCell(const Key& key) const;
    static quint64 hashKey(const Key& key);

    int m_dim;
    std::vector<Key> m_cellKey;           ///< per cell
    std::vector<std::size_t> m_cellBegin; ///< cellCount() + 1 offsets
    std::vector<int> m_cellOfPosition;
    std::vector<quint32> m_order;          ///< position -> input index
    std::vector<std::size_t> m_positionOf; ///< input index -> position
    std::vector<double> m_coords;          ///< coordinates by position
    std::vector<int> m_slots;              ///< hash table of cell indices, -1 = empty
};

} // namespace ul
