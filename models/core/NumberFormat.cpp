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
    // Plain digits for the magnitudes reports hold ("1000000", not "1e+06"); exponents only for
    // the very large and the very small. Both forms are the shortest that reads back exactly.
    char buf[400];
    const double magnitude = std::abs(value);
    const bool plain = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e21);
    const auto res = plain ? std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed)
                           : std::to_chars(buf, buf + sizeof buf, value);
    return QString::fromLatin1(buf, int(res.ptr - buf));
}

QString groupedInteger(qint64 value)
{
    const QString digits = QString::number(value < 0 ? -value : value);
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits[i];
    }
    return value < 0 ? QLatin1Char('-') + out : out;
}

} // namespace ul
