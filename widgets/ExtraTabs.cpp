// SPDX-License-Identifier: MIT
#include "ExtraTabs.h"

namespace ul {

std::vector<ExtraTab> createExtraTabs(const QString& workspacePath, const DatasetInfo& dataset, QWidget* parent)
{
    std::vector<ExtraTab> tabs = createRevenueTabs(workspacePath, dataset, parent);
    for (ExtraTab& t : createSegmentTabs(workspacePath, dataset, parent))
        tabs.push_back(t);
    return tabs;
}

} // namespace ul
