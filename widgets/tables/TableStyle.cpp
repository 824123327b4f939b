// SPDX-License-Identifier: MIT
#include "tables/TableStyle.h"

#include "ChartStyle.h"

#include <algorithm>

namespace ul {

QColor ChartTableStyle::heat(double fraction) const
{
    // One hue, lightness by the fraction: 0 blends into the table, 1 is saturated.
    const double t = std::clamp(fraction, 0.0, 1.0);
    const QColor base = m_dark ? QColor(0x23, 0x26, 0x2E) : QColor(0xF3, 0xF6, 0xFA);
    const QColor full = ChartStyle::seriesColor(0);
    auto mix = [t](int a, int b) { return int(a + (b - a) * t); };
    return QColor(mix(base.red(), full.red()), mix(base.green(), full.green()), mix(base.blue(), full.blue()));
}

QColor ChartTableStyle::textOn(const QColor& background) const
{
    return background.lightnessF() > 0.6 ? QColor(0x1F, 0x29, 0x37) : QColor(Qt::white);
}

std::shared_ptr<const TableStyle> ChartTableStyle::forTheme(bool dark)
{
    return std::make_shared<ChartTableStyle>(dark);
}

} // namespace ul
