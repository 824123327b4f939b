// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace ul {

/// Typed access to the window's persisted state, so no key string is repeated (or mistyped).
class GuiSettings {
public:
    QString lastWorkspace() const;
    void setLastWorkspace(const QString& path);
    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString& path);
    QByteArray geometry() const;
    void setGeometry(const QByteArray& geometry);
    bool darkTheme() const;
    void setDarkTheme(bool dark);
    /// The filters without ids (ids differ between workspaces; the window resolves names).
    FilterState filters() const;
    void setFilters(const FilterState& state);

private:
    QSettings m_settings;
};

} // namespace ul
