// SPDX-License-Identifier: MIT
#include "ExtraTabs.h"

#include "RevenueTab.h"
#include "query/ActivityLoader.h"

namespace ul {

std::vector<ExtraTab> createRevenueTabs(const QString& workspacePath, const DatasetInfo& dataset, QWidget* parent)
{
    // Only a column whose name says it holds money makes an invoices dataset.
    if (!namedAmountMetric(dataset))
        return {};
    return {ExtraTab{new RevenueTab(workspacePath, dataset.name, parent), RevenueTab::tr("Revenue")}};
}

} // namespace ul
