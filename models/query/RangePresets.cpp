// SPDX-License-Identifier: MIT
#include "query/RangePresets.h"

namespace ul {

QStringList rangePresetKeys()
{
    return {QStringLiteral("last7"), QStringLiteral("last30"), QStringLiteral("last90"),  QStringLiteral("mtd"),
            QStringLiteral("qtd"),   QStringLiteral("ytd"),    QStringLiteral("last12m"), QStringLiteral("all")};
}

DateRange rangeOfPreset(const QString& key, const DateRange& data)
{
    const Day end = data.to;
    if (key == QLatin1String("last7"))
        return {end - 6, end};
    if (key == QLatin1String("last30"))
        return {end - 29, end};
    if (key == QLatin1String("last90"))
        return {end - 89, end};
    if (key == QLatin1String("mtd"))
        return {periodStart(end, Granularity::Month), end};
    if (key == QLatin1String("qtd"))
        return {periodStart(end, Granularity::Quarter), end};
    if (key == QLatin1String("ytd"))
        return {periodStart(end, Granularity::Year), end};
    if (key == QLatin1String("last12m")) {
        // Twelve whole months ending with the month of the last data day.
        Day start = periodStart(end, Granularity::Month);
        for (int i = 0; i < 11; ++i)
            start = periodStart(start - 1, Granularity::Month);
        return {start, end};
    }
    return data;
}

} // namespace ul
