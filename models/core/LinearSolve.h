// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace ul {

/// Solves A x = b for a small dense symmetric positive (semi)definite A (row-major, n x n) by
/// Gaussian elimination with partial pivoting; a tiny ridge keeps a singular system solvable
/// (collinear columns share their weight). False when it still has no solution. Any thread.
bool solveLinear(std::vector<double> a, std::vector<double> b, int n, std::vector<double>* x);

} // namespace ul
