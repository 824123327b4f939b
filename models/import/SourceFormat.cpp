// SPDX-License-Identifier: MIT
#include "import/SourceFormat.h"

namespace ul {

QString Delimiter::describe() const
{
    if (whitespace)
        return QStringLiteral("spaces");
    if (character == '\t')
        return QStringLiteral("tab");
    return QStringLiteral("'%1'").arg(QLatin1Char(character));
}

std::optional<Delimiter> Delimiter::fromName(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("tab") || n == QLatin1String("\\t") || n == QLatin1String("\t"))
        return Delimiter{'\t', false};
    if (n == QLatin1String("space") || n == QLatin1String("spaces") || n == QLatin1String("whitespace")
        || n == QLatin1String(" "))
        return Delimiter{' ', true};
    if (n == QLatin1String("comma"))
        return Delimiter{',', false};
    if (n == QLatin1String("semicolon"))
        return Delimiter{';', false};
    if (n == QLatin1String("pipe"))
        return Delimiter{'|', false};
    if (name.size() == 1 && name[0].unicode() < 0x80 && name[0] != QLatin1Char('"') && name[0] != QLatin1Char('\n')
        && name[0] != QLatin1Char('\r'))
        return Delimiter{char(name[0].unicode()), false};
    return std::nullopt;
}

QString SourceFormat::describe() const
{
    switch (kind) {
    case SourceKind::JsonLines: return QStringLiteral("NDJSON");
    case SourceKind::JsonArray: return QStringLiteral("JSON array");
    case SourceKind::Csv: break;
    }
    return QStringLiteral("CSV (delimiter %1)").arg(delimiter.describe());
}

QStringList SourceFormat::notes() const
{
    QStringList out;
    if (encoding != TextEncoding::Utf8 || !encodingDetected)
        out << QStringLiteral("encoding: %1 (%2)")
                   .arg(encodingName(encoding),
                        encodingDetected ? QStringLiteral("detected") : QStringLiteral("given"));
    if (kind == SourceKind::Csv) {
        if (!delimiterDetected)
            out << QStringLiteral("delimiter: %1 (given)").arg(delimiter.describe());
        else if (delimiter.whitespace)
            out << QStringLiteral("delimiter: runs of spaces (detected)");
        if (!hasHeader)
            out << QStringLiteral("no header row (%1): the first line is data")
                       .arg(headerDetected ? QStringLiteral("detected") : QStringLiteral("given"));
        if (!columnNames.isEmpty())
            out << QStringLiteral("column names given: %1").arg(columnNames.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace ul
