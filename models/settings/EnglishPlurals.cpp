// SPDX-License-Identifier: MIT
#include "settings/EnglishPlurals.h"

namespace ul {

QString englishPlural(const QString& text, int n)
{
    QString out = text;
    out.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return out;
}

QString EnglishPlurals::translate(const char*, const char* sourceText, const char*, int n) const
{
    // Only counted messages change; a null result lets Qt use the source text as it is.
    if (n < 0 || !sourceText)
        return QString();
    const QString source = QString::fromUtf8(sourceText);
    if (!source.contains(QLatin1String("(s)")))
        return QString();
    return englishPlural(source, n);
}

} // namespace ul
