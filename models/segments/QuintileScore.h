// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace ul {

/// Scores 1..5 by quintile, keeping ties together (equal values always share a score).
///
/// Rule (mid-rank): sort the n values so the best is last; a tie group occupying the 0-based
/// sorted positions a..b has the percentile q = (a + b + 1) / (2n) (its mean position, each
/// position counted at its centre) and gets score = 1 + floor(5 * q), computed in integers.
/// With distinct values this is the plain quintile (two of ten values per score, symmetric
/// for any n). A large tie group lands on the quintile of its middle rather than of one end:
/// if 70% of customers were active on the last day they score 4 (not 2 as "rank of the first
/// occurrence" would give), if 60% have frequency 1 they score 2, and if all values are equal
/// everyone scores 3.
///
/// `higherIsBetter = false` reverses the order (recency in days: the most recent scores 5).
/// NaN sorts as the worst value.
std::vector<int> quintileScores(const std::vector<double>& values, bool higherIsBetter = true);

} // namespace ul
