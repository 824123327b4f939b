// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"

#include <QString>

class QChart;

namespace ul {

/// The `distribution` view drawn: a box plot of the customers' totals (quartiles, median,
/// whiskers at the last values within 1.5 × IQR; outliers are counted in the caption, not
/// drawn, so one very large customer does not flatten the box).
QChart* distributionBoxPlot(const ReportTable& distribution, bool dark);

/// One line of the figures an analyst checks first: count, mean, std, median, p90, p99 and
/// the outliers on each side.
QString distributionCaption(const ReportTable& distribution);

} // namespace ul
