// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <cstddef>
#include <vector>

namespace ul {

/// Points for the clustering algorithms: `rows()` points of `dim` coordinates, row-major.
/// A plain value type; the algorithms only read it.
struct FeatureMatrix {
    QStringList names; ///< one per column
    int dim = 0;
    std::vector<double> values; ///< rows() * dim coordinates
    std::vector<double> means;  ///< raw column means when standardised, else empty
    std::vector<double> sds;    ///< raw column standard deviations when standardised, else empty

    std::size_t rows() const { return dim > 0 ? values.size() / std::size_t(dim) : 0; }
    const double* row(std::size_t i) const { return values.data() + i * std::size_t(dim); }
};

/// Squared Euclidean distance between two points of `dim` coordinates.
inline double squaredDistance(const double* a, const double* b, int dim)
{
    double s = 0.0;
    for (int d = 0; d < dim; ++d) {
        const double t = a[d] - b[d];
        s += t * t;
    }
    return s;
}

} // namespace ul
