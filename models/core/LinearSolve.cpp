// SPDX-License-Identifier: MIT
#include "core/LinearSolve.h"

#include <algorithm>
#include <cmath>

namespace ul {

bool solveLinear(std::vector<double> a, std::vector<double> b, int n, std::vector<double>* x)
{
    const size_t m = size_t(n);
    if (a.size() != m * m || b.size() != m)
        return false;
    double trace = 0;
    for (size_t i = 0; i < m; ++i)
        trace += std::abs(a[i * m + i]);
    const double ridge = 1e-10 * (trace > 0 ? trace / double(m) : 1.0);
    for (size_t i = 0; i < m; ++i)
        a[i * m + i] += ridge;
    for (size_t col = 0; col < m; ++col) {
        size_t pivot = col;
        for (size_t r = col + 1; r < m; ++r)
            if (std::abs(a[r * m + col]) > std::abs(a[pivot * m + col]))
                pivot = r;
        if (!(std::abs(a[pivot * m + col]) > 0))
            return false;
        if (pivot != col) {
            for (size_t c = 0; c < m; ++c)
                std::swap(a[col * m + c], a[pivot * m + c]);
            std::swap(b[col], b[pivot]);
        }
        for (size_t r = col + 1; r < m; ++r) {
            const double f = a[r * m + col] / a[col * m + col];
            if (f == 0)
                continue;
            for (size_t c = col; c < m; ++c)
                a[r * m + c] -= f * a[col * m + c];
            b[r] -= f * b[col];
        }
    }
    x->assign(m, 0.0);
    for (size_t i = m; i-- > 0;) {
        double s = b[i];
        for (size_t c = i + 1; c < m; ++c)
            s -= a[i * m + c] * (*x)[c];
        (*x)[i] = s / a[i * m + i];
        if (!std::isfinite((*x)[i]))
            return false;
    }
    return true;
}

} // namespace ul
