// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace ul {

/// A user's exchange rates (`--fx rates.csv`): the value of one unit of each currency in the
/// reporting currency, which is at 1. Revenue in several currencies is only ever added up
/// after converting it with these.
struct FxRates {
    QString reportingCurrency;      ///< lower case
    QHash<QString, double> perUnit; ///< lower-case currency -> value in the reporting currency
    QString source;                 ///< the file, for messages

    /// The rate of `currency` (any case); nullopt when the file has none.
    std::optional<double> rate(const QString& currency) const;
    /// "eur:1,usd:0.92" in currency order: what a cached result was computed with.
    QString signature() const;
};

/// Reads a rates file: a header row, then one `currency,rate` line per currency (`eur,1`,
/// `usd,0.92`; `,` `;` or tab between them). The reporting currency is named by the header's
/// second column (`eur_per_unit`) or is the currency at 1. False with *error naming the line.
std::optional<FxRates> readFxRates(const QString& path, QString* error);

} // namespace ul
