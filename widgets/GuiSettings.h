// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include <optional>

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
    /// UI language code chosen in View › Language ("de", "pt_BR", "en"); empty follows the system.
    QString language() const;
    void setLanguage(const QString& code);
    /// The filters without ids (ids differ between workspaces; the window resolves names).
    FilterState filters() const;
    void setFilters(const FilterState& state);

private:
    QSettings m_settings;
};

/// The UI languages shipped in translations/ plus "en" (the source language).
QStringList availableLanguages();
/// Normalises a --lang value ("de", "DE", "pt-br", "system", "") to a code of availableLanguages(),
/// or "" for the system locale. Returns std::nullopt for a language UsageLens does not ship.
std::optional<QString> normalizeLanguage(const QString& value);
/// Installs the UsageLens (":/i18n/usagelens_<code>.qm") and Qt translators for @p code and makes
/// its QLocale the default, so numbers and dates follow it; "" follows the system locale.
/// Replaces the translators of an earlier call. Needs a Q(Core)Application; GUI thread only.
/// Returns the language code applied ("en" when no catalogue matches).
QString applyLanguage(const QString& code);

} // namespace ul
