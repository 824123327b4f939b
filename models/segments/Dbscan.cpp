// SPDX-License-Identifier: MIT
#include "segments/Dbscan.h"

#include "segments/GridIndex.h"

#include <algorithm>
#include <cmath>

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
    std::array<int, 27> cells{};

    // Pass 1: core test, cell by cell so the neighbour cells are looked up once per cell.
    std::vector<char> core(n, 0);
    const std::size_t need = std::size_t(std::max(minPoints, 1));
    for (int c = 0; c < int(grid.cellCount()); ++c) {
        const int nc = grid.neighbourCells(c, cells);
        for (const quint32 i : grid.pointsIn(c)) {
            const double* p = points.row(i);
            std::size_t found = 0;
            // Own cell first: the likeliest neighbours, so the early exit comes sooner.
            for (int k = 0; k < nc && found < need; ++k) {
                for (const quint32 j : grid.pointsIn(cells[std::size_t(k)])) {
                    if (squaredDistance(p, points.row(j), dim) <= eps2 && ++found >= need)
                        break;
                }
            }
            core[i] = found >= need;
        }
    }

    // Pass 2: grow a cluster from each unassigned core point, breadth first. Each cell keeps
    // its still-unassigned points at the front of its slice of `pending` (assigned ones are
    // swapped behind), so a scan only touches points that can still join and dense regions
    // stay close to linear. The swaps are deterministic, so the result is too.
    std::vector<quint32> pending(n);
    std::vector<std::size_t> cellBegin(grid.cellCount()), cellLive(grid.cellCount());
    std::vector<std::size_t> slot(n); // position of each point in `pending`
    {
        std::size_t at = 0;
        for (int c = 0; c < int(grid.cellCount()); ++c) {
            cellBegin[std::size_t(c)] = at;
            for (const quint32 i : grid.pointsIn(c)) {
                slot[i] = at;
                pending[at++] = i;
            }
            cellLive[std::size_t(c)] = at - cellBegin[std::size_t(c)];
        }
    }
    auto take = [&](quint32 j, int cell) {
        const std::size_t last = cellBegin[std::size_t(cell)] + --cellLive[std::size_t(cell)];
        const quint32 moved = pending[last];
        std::swap(pending[slot[j]], pending[last]);
        slot[moved] = slot[j];
        slot[j] = last;
    };
    std::vector<quint32> queue;
    for (std::size_t seed = 0; seed < n; ++seed) {
        if (!core[seed] || result.labels[seed] >= 0)
            continue;
        const int cluster = result.clusterCount++;
        result.labels[seed] = cluster;
        take(quint32(seed), grid.cellOf(seed));
        queue.assign(1, quint32(seed));
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const quint32 p = queue[head];
            const double* pp = points.row(p);
            const int nc = grid.neighbourCells(grid.cellOf(p), cells);
            for (int k = 0; k < nc; ++k) {
                const int cell = cells[std::size_t(k)];
                const std::size_t begin = cellBegin[std::size_t(cell)];
                for (std::size_t t = begin; t < begin + cellLive[std::size_t(cell)];) {
                    const quint32 j = pending[t];
                    if (squaredDistance(pp, points.row(j), dim) > eps2) {
                        ++t;
                        continue;
                    }
                    result.labels[j] = cluster;
                    take(j, cell); // brings an unseen point to position t
                    if (core[j])
                        queue.push_back(j); // border points join but do not expand
                }
            }
        }
    }
    result.noiseCount = std::size_t(std::count(result.labels.begin(), result.labels.end(), -1));
    return result;
}

} // namespace ul
