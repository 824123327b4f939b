// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

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
