// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"

#include <QStringList>

namespace ul {

/// The range presets of the filter bar ("last7", "last30", "last90", "mtd", "qtd", "ytd",
/// "last12m", "all"), in menu order. A preset is anchored at the data's last day, so a saved
/// view of "last 30 days" follows the data each time it is opened or exported.
QStringList rangePresetKeys();
/// The days `key` names for data covering `data`; an unknown key is all the data.
DateRange rangeOfPreset(const QString& key, const DateRange& data);

} // namespace ul
