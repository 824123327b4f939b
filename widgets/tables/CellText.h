// SPDX-License-Identifier: MIT
#pragma once

#include "report/ColumnFormat.h"
#include "report/ReportTable.h"

#include <QString>

namespace ul {

/// A report cell as the window and the PDF show it: numbers in the current locale by the
/// column's kind (money with 2 decimals, counts whole, percents as ChartStyle::percent, ratios
/// with "×"), "yes"/"no" translated, an empty number cell as "n/a".
QString cellDisplayText(const ReportCell& cell, ValueKind kind);

} // namespace ul
