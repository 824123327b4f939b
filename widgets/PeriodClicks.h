// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QChart;

namespace ul {

/// Calls `onPeriod(i)` when the user clicks period i of a chart over periods: a bar (any set of
/// a bar series, stacked or not) or a point of a line or area, whose x is the period's index.
/// The drill-down from a time chart to the customers behind it starts here.
void connectPeriodClicks(QChart* chart, int periods, std::function<void(int period)> onPeriod);

} // namespace ul
