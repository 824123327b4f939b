// SPDX-License-Identifier: MIT
#pragma once

#include "import/BillingFormat.h"
#include "import/ComputedMetric.h"
#include "import/DateParsing.h"
#include "import/SourceFormat.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ul {

/// What a source column means to UsageLens.
enum class ColumnRole {
    Customer,  ///< the customer id
    Date,      ///< the usage or payment time: the fact's day
    Created,   ///< account creation (optional)
    Metric,    ///< a numeric measure summed per customer and day
    Attribute, ///< kept per customer (flags, seats, plan): the value of the latest row
    Dimension, ///< an attribute also kept per row: rows can be filtered and split by it (region, plan)
    Distinct,  ///< counted as distinct values per period (users, sessions): the metric unique_<key>
    Ignore     ///< not imported (e.g. other per-row dates)
};

QString columnRoleName(ColumnRole role);
std::optional<ColumnRole> columnRoleFromName(const QString& name);

/// The built-in metric of every dated import: one per source row ("Records": logins when a row
/// is a login, orders when it is an order). A column that would take its key gets a suffix.
inline constexpr const char* kRecordsMetricKey = "records";
inline constexpr const char* kRecordsMetricName = "Records";

struct ColumnMapping {
    QString header; ///< original header: the display name
    QString key;    ///< metric key derived from the header
    ColumnRole role = ColumnRole::Ignore;
    std::optional<DateFormat> dateFormat; ///< for Date and Created columns
    bool dateFormatAmbiguous = false;     ///< day/month order could not be decided from the data
    /// The column's own decimal mark ("7.7" beside "104,40"); unset: the file's.
    std::optional<bool> decimalComma;
};

/// How to read one source file: its layout, number style and the role of every column.
struct ImportMapping {
    std::vector<ColumnMapping> columns;
    SourceFormat source;
    bool decimalComma = false; ///< "1,5" is one and a half
    bool decimalCommaDetected = true;
    QStringList notes; ///< what detection decided that the user should know (printed with the mapping)
    AcceptedDates dateRange = AcceptedDates::standard(); ///< days outside are bad values
    std::vector<ComputedMetric> computed;                ///< --compute: metrics computed from each row
    /// Set when the file is a billing system's export (recognised by its columns): its invoices
    /// are kept as they are for subscription MRR (BillingFormat.h) besides the usual facts.
    std::optional<BillingFormat> billing;

    int indexOf(ColumnRole role) const;
    /// Whether `column` is read with a decimal comma (its own mark, else the file's).
    bool commaAt(int column) const;
    /// Per column, commaAt() (for readers that take every column at once).
    std::vector<char> commaByColumn() const;
    std::vector<int> indexesOf(ColumnRole role) const;
    /// Human-readable summary, one role per line, then the notes (printed by `usagelens import`).
    QString describe() const;
    /// Every note: the layout's (SourceFormat::notes()), the number style, detection's.
    QStringList allNotes() const;
    QJsonObject toJson() const;
};

/// The metric of a Distinct column: key "unique_<column key>", display "Unique <header>".
QString distinctMetricKey(const ColumnMapping& column);
QString distinctMetricName(const ColumnMapping& column);

/// A `--map ROLE=COLUMN` override.
struct MappingOverride {
    ColumnRole role;
    QString column;
};

/// Parses "customer=cust_id"; nullopt with *error on a bad role.
std::optional<MappingOverride> parseMappingOverride(const QString& text, QString* error);

} // namespace ul
