// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <utility>
#include <vector>

class QMainWindow;

namespace ul {

/// The Help menu: keyboard shortcuts (read from the window's own menus, so the list cannot go
/// stale), the conventions behind the numbers (partial periods, new customers, MRR), About.
namespace HelpMenu {

/// Adds Help to the window's menu bar; call after the other menus exist.
void add(QMainWindow* window);
/// Every menu action with a shortcut: (menu › action, shortcut in the platform's notation).
std::vector<std::pair<QString, QString>> shortcuts(const QMainWindow* window);
/// The conventions page (HTML).
QString conventionsHtml();

} // namespace HelpMenu

} // namespace ul
