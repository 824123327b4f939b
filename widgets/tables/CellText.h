// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"

#include <QString>

namespace ul {

/// A report cell as the window and the PDF show it, by what its column is: money with 2
/// decimals, counts whole, percents as ChartStyle::percent (a share 0..1 times 100), ratios with
/// "×", fixed decimals where the column has them, other numbers as ChartStyle::exact; "yes"/"no"
/// translated, an empty number cell as "n/a".
QString cellDisplayText(const ReportCell& cell, const Column& column);

} // namespace ul
