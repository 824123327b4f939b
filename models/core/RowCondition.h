// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ul {

/// One `--where` condition on a column kept per row: `COL=VALUE` keeps the rows holding VALUE,
/// `COL!=VALUE` leaves them out. VALUE is compared exactly (booleans in any spelling: TRUE, 1,
/// yes); an empty VALUE is a blank cell. Parsing and matching live in query/RowFilter.h.
struct RowCondition {
    QString column; ///< header or key
    QString value;
    bool exclude = false;
    bool operator==(const RowCondition&) const = default;
};

} // namespace ul
