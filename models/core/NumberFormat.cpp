// SPDX-License-Identifier: MIT
#include "core/NumberFormat.h"

#include <charconv>
#include <cmath>

namespace ul {

QString shortestNumber(double value)
{
    if (std::isnan(value))
        return QString();
    if (value == 0.0)
        value = 0.0; // prints "-0" as "0"
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    return QString::fromLatin1(buf, int(res.ptr - buf));
}

} // namespace ul
