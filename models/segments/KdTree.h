// SPDX-License-Identifier: MIT
#pragma once

#include "segments/FeatureMatrix.h"

#include <QtGlobal>

#include <vector>

namespace ul {

/// k-d tree for k-nearest-neighbour distances (median splits on the widest coordinate,
/// small leaves, incremental box distances for pruning). Unlike a grid it needs no radius
/// and adapts to uneven density. Leaves of identical points are answered in O(1), so
/// heavily duplicated data stays fast. Holds its own copy of the points in tree order so
/// leaf scans read contiguous memory. Read-only after construction; queries from several
/// threads are safe with one Scratch per thread.
class KdTree {
public:
    explicit KdTree(const FeatureMatrix& points, int leafSize = 16);

    /// Per-query working memory, reused between queries.
    struct Scratch {
        std::vector<double> heap;
        std::vector<double> offset;
    };

    /// Squared distance from `query` (dim coordinates) to its k-th nearest point of the
    /// tree; a query that is one of the points counts itself first (distance 0).
    /// k is clamped to the number of points; 0 for an empty tree or k < 1.
    double kthNearestSquared(const double* query, int k, Scratch& scratch) const;

    /// kthNearestSquared() of every point, indexed like the input. Queries run in tree
    /// order, which keeps consecutive searches in the same part of memory.
    std::vector<double> allKthNearestSquared(int k) const;

private:
    struct Node {
        quint32 begin = 0;
        quint32 end = 0;
        int left = -1; ///< -1 for a leaf
        int right = -1;
        int axis = 0;
        double split = 0;
        bool uniform = false; ///< leaf whose points are all identical
    };
    int build(quint32 begin, quint32 end);
    void search(int node, const double* q, double boxDistance, std::size_t k, Scratch& s) const;
    const double* at(quint32 position) const { return m_coords.data() + std::size_t(position) * std::size_t(m_dim); }

    int m_dim;
    int m_leafSize;
    std::vector<quint32> m_index; ///< tree position -> input index
    std::vector<double> m_coords; ///< coordinates in tree order
    std::vector<Node> m_nodes;
};

} // namespace ul
