// SPDX-License-Identifier: MIT
#include "ExtraTabs.h"

namespace ul {

std::vector<ExtraTab> createRevenueTabs(const QString&, const DatasetInfo&, QWidget*)
{
    return {};
}

} // namespace ul
