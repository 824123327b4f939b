// SPDX-License-Identifier: MIT
#include "core/Decimal.h"

#include <cmath>
#include <limits>

namespace ul {

qint64 powerOfTen(int n)
{
    static constexpr qint64 powers[] = {1LL,
                                        10LL,
                                        100LL,
                                        1000LL,
                                        10000LL,
                                        100000LL,
                                        1000000LL,
                                        10000000LL,
                                        100000000LL,
                                        1000000000LL,
                                        10000000000LL,
                                        100000000000LL,
                                        1000000000000LL,
                                        10000000000000LL,
                                        100000000000000LL,
                                        1000000000000000LL,
                                        10000000000000000LL,
                                        100000000000000000LL,
                                        1000000000000000000LL};
    return n >= 0 && n <= 18 ? powers[n] : 0;
}

double Decimal::toDouble() const
{
    // Division of two exactly representable values is correctly rounded, so short decimals give
    // the same double as parsing their text; larger ones keep 15-16 significant digits.
    return double(units) / double(powerOfTen(scale));
}

QString Decimal::toString() const
{
    // Digits of |units| without overflow for the most negative value.
    const bool negative = units < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(units) : quint64(units);
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    while (n <= scale)
        digits[n++] = '0';
    QString out;
    out.reserve(n + 2);
    if (negative)
        out += QLatin1Char('-');
    for (int i = n - 1; i >= scale; --i)
        out += QLatin1Char(digits[i]);
    int last = 0; // trailing zeros of the fraction are dropped
    while (last < scale && digits[last] == '0')
        ++last;
    if (last < scale) {
        out += QLatin1Char('.');
        for (int i = scale - 1; i >= last; --i)
            out += QLatin1Char(digits[i]);
    }
    if (out == QLatin1String("-0"))
        return QStringLiteral("0");
    return out;
}

std::optional<ParsedDecimal> parseDecimal(std::string_view s)
{
    size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        negative = s[i] == '-';
        ++i;
    }
    // Mantissa digits with the position of the decimal point.
    quint64 mantissa = 0;
    int digits = 0;   // significant digits kept in mantissa
    int fraction = 0; // digits after the point
    bool any = false;
    bool point = false;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            any = true;
            if (mantissa == 0 && c == '0') {
                if (point)
                    ++fraction; // leading zeros after the point still scale the value
                continue;
            }
            if (++digits > 18)
                return std::nullopt; // beyond what 64 bits hold exactly
            mantissa = mantissa * 10 + quint64(c - '0');
            if (point)
                ++fraction;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    if (!any)
        return std::nullopt;
    int exponent = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
            expNegative = s[i] == '-';
            ++i;
        }
        bool expAny = false;
        for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
            expAny = true;
            exponent = exponent * 10 + (s[i] - '0');
            if (exponent > 400)
                return std::nullopt;
        }
        if (!expAny)
            return std::nullopt;
        if (expNegative)
            exponent = -exponent;
    }
    if (i != s.size())
        return std::nullopt;
    // value = mantissa * 10^(exponent - fraction)
    int shift = exponent - fraction;
    // Trailing zeros of the mantissa do not need decimals: 1.50 is 1.5.
    while (mantissa != 0 && mantissa % 10 == 0 && shift < 0) {
        mantissa /= 10;
        ++shift;
    }
    ParsedDecimal out;
    if (mantissa == 0) {
        out.micros = 0;
        out.decimals = 0;
        return out;
    }
    if (shift < -Decimal::kMaxScale)
        return std::nullopt;
    out.decimals = shift < 0 ? -shift : 0;
    const int toMicros = shift + Decimal::kMaxScale; // >= 0
    if (toMicros > 18)
        return std::nullopt;
    quint64 micros = 0;
    if (__builtin_mul_overflow(mantissa, quint64(powerOfTen(toMicros)), &micros))
        return std::nullopt;
    if (micros > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    out.micros = negative ? -qint64(micros) : qint64(micros);
    return out;
}

} // namespace ul
