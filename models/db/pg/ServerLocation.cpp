// SPDX-License-Identifier: MIT
#include "db/pg/ServerLocation.h"

#include <libpq-fe.h>

#include <QUrl>

namespace ul {

namespace {

struct Split {
    QString rest;   ///< the location without the schema parameter
    QString schema; ///< decoded
    bool named = false;
};

/// Takes `schema=` (its name percent-decoded too) out of the query string.
Split splitSchema(const QString& location)
{
    Split out;
    const qsizetype q = location.indexOf(QLatin1Char('?'));
    if (q < 0) {
        out.rest = location;
        return out;
    }
    QStringList kept;
    for (const QString& pair : location.mid(q + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = QUrl::fromPercentEncoding(pair.left(eq < 0 ? pair.size() : eq).toUtf8());
        if (key == QLatin1String("schema")) {
            out.schema = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8());
            out.named = true;
        } else {
            kept << pair;
        }
    }
    out.rest = location.left(q) + (kept.isEmpty() ? QString() : QLatin1Char('?') + kept.join(QLatin1Char('&')));
    return out;
}

} // namespace

bool isValidSchemaName(const QString& name, QString* error)
{
    const QByteArray utf8 = name.toUtf8();
    if (name.trimmed().isEmpty()) {
        *error = QStringLiteral("the schema name is empty");
        return false;
    }
    if (utf8.size() > 63) {
        *error = QStringLiteral("the schema name '%1' is %2 bytes long; PostgreSQL keeps 63 (two longer names would "
                                "share one schema)")
                     .arg(name)
                     .arg(utf8.size());
        return false;
    }
    if (utf8.contains('\0')) {
        *error = QStringLiteral("the schema name holds a NUL character");
        return false;
    }
    if (name.startsWith(QLatin1String("pg_"), Qt::CaseInsensitive)
        || name.compare(QLatin1String("information_schema"), Qt::CaseInsensitive) == 0) {
        *error = QStringLiteral("'%1' is one of the server's own schemas (pg_*, information_schema; pg_temp would "
                                "vanish with the session): choose another name")
                     .arg(name);
        return false;
    }
    return true;
}

std::optional<ServerLocation> ServerLocation::parse(const QString& location, QString* error)
{
    const Split split = splitSchema(location);
    ServerLocation out;
    out.schema = split.schema;
    if (split.named && !isValidSchemaName(split.schema, error))
        return std::nullopt;
    char* message = nullptr;
    const QByteArray uri = split.rest.toUtf8();
    PQconninfoOption* options = PQconninfoParse(uri.constData(), &message);
    if (!options) {
        QString why = QString::fromUtf8(message ? message : "out of memory").trimmed();
        PQfreemem(message);
        // libpq's message may quote the URI; a password must not reach a log through it.
        *error = QStringLiteral("not a valid server URI: %1").arg(why.section(QLatin1Char('\n'), 0, 0));
        return std::nullopt;
    }
    bool password = false;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        if (qstrcmp(o->keyword, "password") == 0)
            password = true;
        else
            out.keywords.emplace_back(QByteArray(o->keyword), QByteArray(o->val));
    }
    PQconninfoFree(options);
    // A password in the location would show in the process list and in settings files.
    if (password) {
        *error = QStringLiteral("a password in the server's URI would show in the process list and settings; use "
                                "~/.pgpass, a service file (?service=NAME) or PGPASSWORD");
        return std::nullopt;
    }
    return out;
}

QByteArray ServerLocation::value(const char* keyword) const
{
    for (const auto& [k, v] : keywords)
        if (k == keyword)
            return v;
    return {};
}

QString withSchema(const QString& location, const QString& schema)
{
    const QString rest = splitSchema(location).rest;
    return rest + (rest.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + QStringLiteral("schema=")
           + QString::fromLatin1(QUrl::toPercentEncoding(schema));
}

QString withoutSchema(const QString& location) { return splitSchema(location).rest; }

QString schemaOf(const QString& location) { return splitSchema(location).schema; }

} // namespace ul
