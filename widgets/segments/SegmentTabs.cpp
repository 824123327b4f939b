// SPDX-License-Identifier: MIT
#include "ExtraTabs.h"

namespace ul {

std::vector<ExtraTab> createSegmentTabs(const QString&, const DatasetInfo&, QWidget*)
{
    return {};
}

} // namespace ul
