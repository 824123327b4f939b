// SPDX-License-Identifier: MIT
#include "segments/Dbscan.h"

#include "segments/GridIndex.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ul {

DbscanResult dbscan(const FeatureMatrix& points, double eps, int minPoints)
{
    DbscanResult result;
    const std::size_t n = points.rows();
    result.labels.assign(n, -1);
    if (n == 0)
        return result;
    const int dim = points.dim;
    const bool positive = eps > 0; // false for NaN too
    const double eps2 = positive ? eps * eps : 0.0;
    // Any cell side >= eps is correct; with eps <= 0 only duplicates match, so any side works.
    const GridIndex grid(points, positive ? eps : 1.0);
    const int cellCount = int(grid.cellCount());
    std::array<int, 27> cells{};
    // Everything below works on grid positions (points sorted by cell) for memory locality.

    // Pass 1: core test, cell by cell so the neighbour cells are looked up once per cell.
    std::vector<char> core(n, 0);
    const std::size_t need = std::size_t(std::max(minPoints, 1));
    for (int c = 0; c < cellCount; ++c) {
        const int nc = grid.neighbourCells(c, cells);
        for (std::size_t p = grid.cellBegin(c); p < grid.cellEnd(c); ++p) {
            const double* pp = grid.coordsAt(p);
            std::size_t found = 0;
            // Own cell first: the likeliest neighbours, so the early exit comes sooner.
            for (int k = 0; k < nc && found < need; ++k) {
                const int cell = cells[std::size_t(k)];
                for (std::size_t q = grid.cellBegin(cell); q < grid.cellEnd(cell); ++q) {
                    if (squaredDistance(pp, grid.coordsAt(q), dim) <= eps2 && ++found >= need)
                        break;
                }
            }
            core[p] = found >= need;
        }
    }

    // Pass 2: grow a cluster from each unassigned core point, breadth first. Each cell keeps
    // its still-unassigned positions at the front of its slice of `pending` (assigned ones
    // are swapped behind), so a scan only touches points that can still join and dense
    // regions stay close to linear. The swaps are deterministic, so the result is too.
    std::vector<quint32> pending(n);
    std::iota(pending.begin(), pending.end(), quint32(0));
    std::vector<quint32> slot(pending); // where each position currently sits in `pending`
    std::vector<std::size_t> live(static_cast<std::size_t>(cellCount));
    for (int c = 0; c < cellCount; ++c)
        live[std::size_t(c)] = grid.cellEnd(c) - grid.cellBegin(c);
    auto take = [&](quint32 q, int cell) {
        const std::size_t last = grid.cellBegin(cell) + --live[std::size_t(cell)];
        const quint32 moved = pending[last];
        std::swap(pending[slot[q]], pending[last]);
        slot[moved] = slot[q];
        slot[q] = quint32(last);
    };
    std::vector<int> label(n, -1); // by position
    std::vector<quint32> queue;
    for (std::size_t seed = 0; seed < n; ++seed) { // seeds in input order
        const quint32 s = quint32(grid.positionOf(quint32(seed)));
        if (!core[s] || label[s] >= 0)
            continue;
        const int cluster = result.clusterCount++;
        label[s] = cluster;
        take(s, grid.cellAt(s));
        queue.assign(1, s);
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const double* pp = grid.coordsAt(queue[head]);
            const int nc = grid.neighbourCells(grid.cellAt(queue[head]), cells);
            for (int k = 0; k < nc; ++k) {
                const int cell = cells[std::size_t(k)];
                const std::size_t begin = grid.cellBegin(cell);
                for (std::size_t t = begin; t < begin + live[std::size_t(cell)];) {
                    const quint32 q = pending[t];
                    if (squaredDistance(pp, grid.coordsAt(q), dim) > eps2) {
                        ++t;
                        continue;
                    }
                    label[q] = cluster;
                    take(q, cell); // brings an unseen position to t
                    if (core[q])
                        queue.push_back(q); // border points join but do not expand
                }
            }
        }
    }
    for (std::size_t p = 0; p < n; ++p)
        result.labels[grid.pointAt(p)] = label[p];
    result.noiseCount = std::size_t(std::count(label.begin(), label.end(), -1));
    return result;
}

} // namespace ul
