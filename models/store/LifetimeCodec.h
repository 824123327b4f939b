// SPDX-License-Identifier: MIT
#pragma once

#include "store/FactStore.h"

#include <string>
#include <string_view>
#include <vector>

namespace ul {

// A metric's customer lifetimes packed in one blob (customer_lifetimes.data in a file): every
// customer's totals over all of the metric's data, customers ascending. A header gives the
// earliest first day; per customer the id delta, rows, value (zigzag varint when exact, 8 bytes
// otherwise), active days, first day after that earliest one and last day after its first.

std::string encodeLifetimes(const std::vector<CustomerTotal>& customers, const Precision& precision);
/// Appends the customers of a blob to `out`; false when the bytes are damaged.
bool decodeLifetimes(std::string_view data, const Precision& precision, std::vector<CustomerTotal>* out);

} // namespace ul
