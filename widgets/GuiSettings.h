// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "settings/Settings.h"

#include <QByteArray>
#include <QStringList>

namespace ul {

/// Typed access to the window's persisted state on top of Settings (its keys and defaults),
/// adding the window's own sanity limits (a ranking of 1..100, a known language).
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
    /// UI language code chosen in View › Language ("de", "pt_BR", "en"); empty follows the system.
    QString language() const;
    void setLanguage(const QString& code);
    /// The filters without ids (ids differ between workspaces; the window resolves names).
    FilterState filters() const;
    void setFilters(const FilterState& state);

private:
    Settings m_settings;
};

} // namespace ul
