// SPDX-License-Identifier: MIT
#include "export/XlsxNumberStyle.h"

#include "core/NumberFormat.h"

#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ul {

namespace {

constexpr int kPercentScale = 4; // a fraction to 4 decimals: 12.34%

double parsed(const char* begin, const char* end)
{
    double d = 0;
    std::from_chars(begin, end, d);
    return d == 0 ? 0.0 : d;
}

/// Decimals for floating values: six significant digits of the largest, at least 2 and at most
/// an exact metric's most (11696601.4333 -> 2 decimals, 0.2388889 -> 6).
int floatingScale(double largest)
{
    const int wholeDigits = largest >= 1 ? int(std::floor(std::log10(largest))) + 1 : 0;
    return std::clamp(6 - wholeDigits, 2, Decimal::kMaxScale);
}

QByteArray groupedFormat(int scale)
{
    return scale > 0 ? QByteArray("#,##0.") + QByteArray(scale, '0') : QByteArray("#,##0");
}

/// The exact decimal rounded to `scale` (half away from zero), as the nearest double.
double decimalRounded(const Decimal& d, int scale)
{
    Decimal r = d;
    if (d.scale > scale) {
        const qint64 p = powerOfTen(d.scale - scale);
        r = {d.units / p, scale};
        if (std::abs(d.units % p) * 2 >= p)
            r.units += d.units < 0 ? -1 : 1;
    }
    const QByteArray text = r.toString().toLatin1();
    return parsed(text.constData(), text.constData() + text.size());
}

} // namespace

void ColumnNumbers::add(const ReportCell& cell)
{
    if (const auto* d = std::get_if<Decimal>(&cell)) {
        decimalScale = std::max(decimalScale, d->scale);
    } else if (const auto* v = std::get_if<double>(&cell); v && std::isfinite(*v)) {
        largestDouble = std::max(largestDouble, std::abs(*v));
        doublesWhole = doublesWhole && *v == std::floor(*v);
    }
}

double roundedTo(double value, int decimals)
{
    if (!std::isfinite(value))
        return value;
    // Fixed notation rounds the double's exact binary value, not value * 10^n (which can tip a
    // 5 either way); reading the digits back gives the double nearest the rounded decimal.
    char buffer[400];
    const auto printed = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return printed.ec == std::errc() ? parsed(buffer, printed.ptr) : value;
}

XlsxNumberStyle XlsxNumberStyle::of(const Column& column, const ColumnNumbers& numbers)
{
    switch (column.kind) {
    case ColumnKind::Money: return {2, 1, groupedFormat(2)};
    case ColumnKind::Percent:
        return {kPercentScale, column.unit == QLatin1String(Column::kFractionUnit) ? 1.0 : 100.0, "0.0%"};
    case ColumnKind::Ratio: return {2, 1, "0.00\"\xC3\x97\""}; // 2.50×
    case ColumnKind::Count:
        if (numbers.decimalScale <= 0 && numbers.doublesWhole)
            return {0, 1, groupedFormat(0)};
        break;
    default: break;
    }
    int scale = column.decimals;
    if (scale < 0) {
        scale = std::max(numbers.decimalScale, 0);
        if (!numbers.doublesWhole)
            scale = std::max(scale, floatingScale(numbers.largestDouble));
    }
    return {scale, 1, groupedFormat(scale)};
}

std::optional<double> XlsxNumberStyle::value(const ReportCell& cell) const
{
    if (divisor != 1) {
        // Percent points: rounded as points first (12.345 -> 12.35), then as a fraction.
        const std::optional<double> v = cellNumber(cell);
        if (!v || !std::isfinite(*v))
            return std::nullopt;
        return roundedTo(roundedTo(*v, scale - 2) / divisor, scale);
    }
    if (const auto* d = std::get_if<Decimal>(&cell))
        return decimalRounded(*d, scale);
    const std::optional<double> v = cellNumber(cell);
    if (!v || !std::isfinite(*v))
        return std::nullopt;
    return roundedTo(*v, scale);
}

QString readableSeries(const QString& series)
{
    const QStringList parts = series.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<std::optional<double>> values;
    double largest = 0;
    bool whole = true;
    for (const QString& part : parts) {
        bool ok = false;
        const double v = part.toDouble(&ok);
        values.push_back(ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt);
        if (values.back()) {
            largest = std::max(largest, std::abs(v));
            whole = whole && v == std::floor(v);
        }
    }
    const int scale = whole ? 0 : floatingScale(largest);
    QStringList out;
    for (size_t i = 0; i < values.size(); ++i)
        out << (values[i] ? shortestNumber(roundedTo(*values[i], scale)) : parts[qsizetype(i)]);
    return out.join(QLatin1Char(' '));
}

} // namespace ul
