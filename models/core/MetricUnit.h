// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ul {

/// The unit a metric's header names, for axis titles: the text in its last parentheses
/// ("Bandwidth Usage (GB)" -> "GB", "cost [EUR]" -> "EUR"), else a unit word in it ("minutes
/// watched" -> "min", "session_seconds" -> "s", "hours" -> "h"); empty when it names none.
QString unitFromHeader(const QString& header);

} // namespace ul
