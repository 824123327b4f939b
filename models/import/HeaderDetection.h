// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace ul {

/// Whether the first row of a delimited file names its columns or is already data: it is data
/// when its cells parse like the rows below (numbers over numbers, dates over dates) and none
/// of them is a word over a column of numbers or dates. A file of words only keeps its first
/// row as the header, as most exports have one. `rows` holds the first rows, the first one first.
bool firstRowIsHeader(const std::vector<std::vector<std::string>>& rows);

} // namespace ul
