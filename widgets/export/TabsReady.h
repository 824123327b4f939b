// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"

#include <functional>
#include <vector>

class QWidget;

namespace ul {

class DashboardTab;

/// Brings tabs up to date for an export (PDF, print, slides) on their workers, with a progress
/// dialog and Cancel, and calls `ready` on the GUI thread once every tab shows `filters`, so
/// the window never freezes while hidden tabs compute (clustering included). `ready` is not
/// called when the user cancels. At once when every tab is already current.
void whenTabsReady(QWidget* parent, const std::vector<DashboardTab*>& tabs, const FilterState& filters,
                   std::function<void()> ready);

} // namespace ul
