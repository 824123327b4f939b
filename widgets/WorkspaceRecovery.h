// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace ul {

/// Shows why a workspace could not be opened. When it is damaged, offers to copy its readable
/// data into a new workspace (the damaged file is only read) and calls `open` with the copy.
void showOpenFailure(QWidget* parent, const QString& title, const QString& path, const QString& error,
                     const std::function<void(const QString& recovered)>& open);

} // namespace ul
