// SPDX-License-Identifier: MIT
#include "segments/KdTree.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace ul {

namespace {
// Keeps the k smallest distances in a max-heap; front() is the current k-th.
inline void offer(std::vector<double>& heap, std::size_t k, double d)
{
    if (heap.size() < k) {
        heap.push_back(d);
        std::push_heap(heap.begin(), heap.end());
    } else if (d < heap.front()) {
        std::pop_heap(heap.begin(), heap.end());
        heap.back() = d;
        std::push_heap(heap.begin(), heap.end());
    }
}
} // namespace

KdTree::KdTree(const FeatureMatrix& points, int leafSize)
    : m_dim(points.dim)
    , m_leafSize(std::max(leafSize, 1))
{
    const std::size_t n = points.rows();
    Q_ASSERT(n < std::numeric_limits<quint32>::max());
    m_index.resize(n);
    std::iota(m_index.begin(), m_index.end(), quint32(0));
    // Build on the input coordinates through m_index, then copy them out in tree order.
    m_coords = points.values;
    if (n > 0)
        build(0, quint32(n));
    std::vector<double> ordered(m_coords.size());
    const std::size_t dim = std::size_t(m_dim);
    for (std::size_t p = 0; p < n; ++p)
        std::copy_n(points.row(m_index[p]), dim, ordered.begin() + std::ptrdiff_t(p * dim));
    m_coords.swap(ordered);
}

int KdTree::build(quint32 begin, quint32 end)
{
    // During the build m_coords still holds the input order, so points go through m_index.
    auto coord = [this](quint32 input, int axis) {
        return m_coords[std::size_t(input) * std::size_t(m_dim) + std::size_t(axis)];
    };
    const int id = int(m_nodes.size());
    m_nodes.push_back({begin, end});
    int axis = 0;
    double widest = -1;
    for (int d = 0; d < m_dim; ++d) {
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (quint32 p = begin; p < end; ++p) {
            const double v = coord(m_index[p], d);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        if (hi - lo > widest) {
            widest = hi - lo;
            axis = d;
        }
    }
    if (!(widest > 0)) {
        m_nodes[std::size_t(id)].uniform = true; // all identical: no split can separate them
        return id;
    }
    if (end - begin <= quint32(m_leafSize))
        return id;
    const quint32 mid = begin + (end - begin) / 2;
    std::nth_element(m_index.begin() + begin, m_index.begin() + mid, m_index.begin() + end,
                     [&coord, axis](quint32 a, quint32 b) { return coord(a, axis) < coord(b, axis); });
    const double split = coord(m_index[mid], axis);
    const int left = build(begin, mid);
    const int right = build(mid, end);
    Node& node = m_nodes[std::size_t(id)]; // re-fetched: the recursion may have reallocated
    node.axis = axis;
    node.split = split;
    node.left = left;
    node.right = right;
    return id;
}

void KdTree::search(int id, const double* q, double boxDistance, std::size_t k, Scratch& s) const
{
    const Node& node = m_nodes[std::size_t(id)];
    if (node.left < 0) {
        if (node.uniform) {
            const double d = squaredDistance(q, at(node.begin), m_dim);
            for (quint32 c = node.begin; c < node.end; ++c) {
                if (s.heap.size() == k && !(d < s.heap.front()))
                    break; // every other copy is just as far
                offer(s.heap, k, d);
            }
            return;
        }
        for (quint32 p = node.begin; p < node.end; ++p)
            offer(s.heap, k, squaredDistance(q, at(p), m_dim));
        return;
    }
    // Left holds values <= split, right values >= split. Visit the query's side first; the
    // other side's box is at least `farDistance` away (the squared distance to the node's
    // box with this axis' gap replaced by the gap to the plane).
    const double delta = q[node.axis] - node.split;
    const int nearer = delta <= 0 ? node.left : node.right;
    const int farther = delta <= 0 ? node.right : node.left;
    search(nearer, q, boxDistance, k, s);
    double& offset = s.offset[std::size_t(node.axis)];
    const double old = offset;
    const double farDistance = boxDistance - old * old + delta * delta;
    if (s.heap.size() < k || farDistance < s.heap.front()) {
        offset = delta;
        search(farther, q, farDistance, k, s);
        offset = old;
    }
}

double KdTree::kthNearestSquared(const double* query, int k, Scratch& scratch) const
{
    const std::size_t n = m_index.size();
    if (n == 0 || k < 1)
        return 0;
    scratch.heap.clear();
    scratch.offset.assign(std::size_t(m_dim), 0.0);
    search(0, query, 0.0, std::min(std::size_t(k), n), scratch);
    return scratch.heap.front();
}

std::vector<double> KdTree::allKthNearestSquared(int k) const
{
    std::vector<double> out(m_index.size(), 0.0);
    Scratch scratch;
    for (std::size_t p = 0; p < m_index.size(); ++p)
        out[m_index[p]] = kthNearestSquared(at(quint32(p)), k, scratch);
    return out;
}

} // namespace ul
