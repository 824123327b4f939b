// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace ul {

/// A workspace's server location, taken apart: libpq parses the URI into its keywords
/// (PQconninfoParse: host, port, dbname, sslmode, options...), and UsageLens's own `schema`
/// parameter is taken out first. Connections are made from the keywords (PQconnectdbParams),
/// never from text put together, so no value a user types (a schema name with '&' in it, a
/// percent-encoded parameter) can become another connection parameter.
struct ServerLocation {
    std::vector<std::pair<QByteArray, QByteArray>> keywords; ///< libpq's, as it parsed them
    QString schema;                                          ///< ours, decoded; empty: search_path

    /// Parses `location` (postgresql:// or postgres://). Refuses a password in any spelling a
    /// URI can carry (user:password@, ?password=, percent-encoded) and an invalid schema name.
    static std::optional<ServerLocation> parse(const QString& location, QString* error);
    /// The value of a libpq keyword, or an empty array.
    QByteArray value(const char* keyword) const;
};

/// `location` with `schema` as its schema parameter, percent-encoded (replacing one given).
QString withSchema(const QString& location, const QString& schema);
/// `location` without its schema parameter (the server alone).
QString withoutSchema(const QString& location);
/// The schema parameter of `location`, decoded; empty when none.
QString schemaOf(const QString& location);

/// Whether `name` may name a workspace's schema: 1 to 63 bytes (PostgreSQL cuts longer names,
/// so two would meet in one schema), no NUL, and not one of the server's own (pg_*, such as
/// pg_temp, a session's temporary schema that vanishes with it; information_schema).
bool isValidSchemaName(const QString& name, QString* error);

} // namespace ul
