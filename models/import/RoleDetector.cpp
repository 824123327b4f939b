// SPDX-License-Identifier: MIT
#include "import/RoleDetector.h"

#include "import/MetricKey.h"

#include <QRegularExpression>

namespace ul {

namespace {

bool nameHas(const QString& lowerName, std::initializer_list<const char*> words)
{
    for (const char* w : words) {
        if (lowerName.contains(QLatin1String(w)))
            return true;
    }
    return false;
}

bool looksLikeTimeName(const QString& n)
{
    return nameHas(n, {"date", "time", "day", "month", "usage", "paid", "created", "signup", "period", "epoch"});
}

bool looksLikeCreatedName(const QString& n)
{
    return nameHas(n, {"created", "signup", "sign_up", "registered", "joined", "creation"});
}

int customerNameScore(const QString& n)
{
    int score = 0;
    if (nameHas(n, {"customer", "cust", "client", "account", "tenant", "org", "company", "user", "subscriber"}))
        score += 3;
    static const QRegularExpression idRe(QStringLiteral("(^|[^a-z])id$|id$"));
    if (n == QLatin1String("id") || idRe.match(n).hasMatch())
        score += 2;
    return score;
}

double dateNameScore(const QString& n)
{
    double score = 0;
    if (nameHas(n, {"usage", "paid", "payment", "invoice"}))
        score += 4;
    if (nameHas(n, {"date", "day"}))
        score += 3;
    if (nameHas(n, {"time", "month", "period"}))
        score += 2;
    if (looksLikeCreatedName(n))
        score -= 6;
    if (nameHas(n, {"earliest", "latest", "first", "last", "updated", "modified"}))
        score -= 2;
    return score;
}

} // namespace

std::optional<DateFormat> detectDateFormat(const ColumnProfile& p, bool allowEpoch, bool* ambiguous)
{
    if (ambiguous)
        *ambiguous = false;
    if (p.nonMissing == 0)
        return std::nullopt;
    if (p.mostlyParseAs(DateFormat::Iso))
        return DateFormat::Iso;
    if (p.mostlyParseAs(DateFormat::DayMonthYearDots))
        return DateFormat::DayMonthYearDots;
    const qint64 mdy = p.mostlyParseAs(DateFormat::MonthDayYear) ? p.parsedAs(DateFormat::MonthDayYear) : -1;
    const qint64 dmy = p.mostlyParseAs(DateFormat::DayMonthYear) ? p.parsedAs(DateFormat::DayMonthYear) : -1;
    if (mdy >= 0 || dmy >= 0) {
        // The order that reads more values wins; a tie means no value decided it (m/d/y assumed).
        if (mdy == dmy && ambiguous)
            *ambiguous = true;
        return mdy >= dmy ? DateFormat::MonthDayYear : DateFormat::DayMonthYear;
    }
    if (allowEpoch && p.mostlyNumeric() && p.integral * 10 >= p.nonMissing * 9) {
        if (p.minNumber >= 1e8 && p.maxNumber < 1e10)
            return DateFormat::EpochSeconds;
        if (p.minNumber >= 1e11 && p.maxNumber < 1e13)
            return DateFormat::EpochMillis;
    }
    return std::nullopt;
}

std::vector<int> undecidedColumns(const std::vector<ColumnProfile>& profiles)
{
    std::vector<int> out;
    for (size_t i = 0; i < profiles.size(); ++i) {
        const auto& p = profiles[i];
        if (p.nonMissing == 0 || p.slashOrderAmbiguous())
            out.push_back(int(i));
    }
    return out;
}

namespace {

/// Role detection honouring roles the user forced (`forced[i]` set). Single roles (customer,
/// date, created) forced onto a column are not detected elsewhere.
ImportMapping assignRoles(const std::vector<ColumnProfile>& profiles,
                          const std::vector<std::optional<ColumnRole>>& forced)
{
    ImportMapping mapping;
    const size_t n = profiles.size();
    mapping.columns.resize(n);
    std::vector<std::optional<DateFormat>> formats(n);
    std::vector<bool> ambiguous(n, false);
    for (size_t i = 0; i < n; ++i) {
        const auto& p = profiles[i];
        mapping.columns[i].header = p.header;
        mapping.columns[i].key = metricKeyFromHeader(p.header);
        const QString lower = p.header.toLower();
        bool amb = false;
        const bool forcedDate = forced[i] == ColumnRole::Date || forced[i] == ColumnRole::Created;
        formats[i] = detectDateFormat(p, forcedDate || looksLikeTimeName(lower), &amb);
        ambiguous[i] = amb;
    }

    auto forcedIndex = [&](ColumnRole role) {
        for (size_t i = 0; i < n; ++i) {
            if (forced[i] == role)
                return int(i);
        }
        return -1;
    };
    // Customer: the best id-like column.
    int customer = forcedIndex(ColumnRole::Customer);
    double bestCustomer = customer >= 0 ? 1e9 : 0;
    for (size_t i = 0; i < n && bestCustomer < 1e9; ++i) {
        const auto& p = profiles[i];
        if (forced[i] || p.nonMissing == 0 || formats[i] || p.allBoolean())
            continue;
        const bool fractional = p.allNumeric() && p.integral < p.nonMissing;
        if (fractional)
            continue;
        const int nameScore = customerNameScore(p.header.toLower());
        if (p.allNumeric() && nameScore == 0)
            continue; // plain integers without an id-like name are measures
        double score = nameScore + (p.distinct.size() >= 2 ? 1.0 : -5.0) + p.distinctRatio();
        if (score > bestCustomer) {
            bestCustomer = score;
            customer = int(i);
        }
    }

    // Date and created: the best-named fully parseable columns.
    int date = forcedIndex(ColumnRole::Date);
    int created = forcedIndex(ColumnRole::Created);
    double bestDate = date >= 0 ? 1e9 : -1e9;
    double bestCreated = created >= 0 ? 1e9 : -1e9;
    int parseableDates = 0;
    for (size_t i = 0; i < n; ++i) {
        if (!formats[i] || int(i) == customer || forced[i])
            continue;
        ++parseableDates;
        const auto& p = profiles[i];
        const QString lower = p.header.toLower();
        const double missingRatio = double(p.missing) / double(std::max<qint64>(1, p.missing + p.nonMissing));
        const double score = dateNameScore(lower) - 3.0 * missingRatio;
        if (looksLikeCreatedName(lower)) {
            if (bestCreated < 1e9 && score > bestCreated) {
                bestCreated = score;
                created = int(i);
            }
        } else if (bestDate < 1e9 && score > bestDate) {
            bestDate = score;
            date = int(i);
        }
    }
    if (date >= 0 && bestDate <= 0 && parseableDates > 1 && bestDate < 1e9)
        date = -1; // several candidates and none named like a usage date: let the user choose

    const bool hasDate = date >= 0;
    for (size_t i = 0; i < n; ++i) {
        auto& c = mapping.columns[i];
        const auto& p = profiles[i];
        if (forced[i] && *forced[i] != ColumnRole::Customer && *forced[i] != ColumnRole::Date
            && *forced[i] != ColumnRole::Created) {
            c.role = *forced[i];
        } else if (int(i) == customer) {
            c.role = ColumnRole::Customer;
        } else if (int(i) == date || int(i) == created) {
            c.role = int(i) == date ? ColumnRole::Date : ColumnRole::Created;
            c.dateFormat = formats[i];
            c.dateFormatAmbiguous = ambiguous[i];
        } else if (formats[i]) {
            c.role = ColumnRole::Ignore; // other per-row dates are not customer attributes
        } else if (p.allBoolean()) {
            c.role = ColumnRole::Attribute;
        } else if ((p.mostlyNumeric() || p.nonMissing == 0) && hasDate) {
            const QString lower = p.header.toLower();
            const bool flagName = lower.startsWith(QLatin1String("is_")) || lower.startsWith(QLatin1String("has_"));
            c.role = flagName && p.zeroOne == p.nonMissing ? ColumnRole::Attribute : ColumnRole::Metric;
        } else {
            c.role = ColumnRole::Attribute;
        }
    }
    return mapping;
}

} // namespace

ImportMapping detectRoles(const std::vector<ColumnProfile>& profiles)
{
    return assignRoles(profiles, std::vector<std::optional<ColumnRole>>(profiles.size()));
}

bool applyOverrides(ImportMapping& mapping, const std::vector<ColumnProfile>& profiles,
                    const std::vector<MappingOverride>& overrides, std::optional<DateFormat> forcedFormat,
                    QString* error)
{
    auto findColumn = [&](const QString& name) -> int {
        for (size_t i = 0; i < profiles.size(); ++i) {
            if (profiles[i].header == name)
                return int(i);
        }
        for (size_t i = 0; i < profiles.size(); ++i) {
            if (profiles[i].header.compare(name, Qt::CaseInsensitive) == 0
                || metricKeyFromHeader(profiles[i].header) == name)
                return int(i);
        }
        return -1;
    };
    std::vector<std::optional<ColumnRole>> forced(profiles.size());
    bool explicitMetrics = false;
    for (const auto& o : overrides) {
        const int col = findColumn(o.column);
        if (col < 0) {
            QStringList names;
            for (const auto& p : profiles)
                names << p.header;
            *error = QStringLiteral("--map %1=%2: no such column (columns: %3)")
                         .arg(columnRoleName(o.role), o.column, names.join(QStringLiteral(", ")));
            return false;
        }
        forced[size_t(col)] = o.role;
        explicitMetrics = explicitMetrics || o.role == ColumnRole::Metric;
    }
    if (!overrides.empty())
        mapping = assignRoles(profiles, forced);
    // Naming metrics explicitly means "only these".
    if (explicitMetrics) {
        for (size_t i = 0; i < mapping.columns.size(); ++i) {
            if (mapping.columns[i].role == ColumnRole::Metric && !forced[i])
                mapping.columns[i].role = ColumnRole::Ignore;
        }
    }
    for (auto& c : mapping.columns) {
        if (c.role != ColumnRole::Date && c.role != ColumnRole::Created)
            continue;
        if (forcedFormat) {
            c.dateFormat = forcedFormat;
            c.dateFormatAmbiguous = false;
        }
        if (!c.dateFormat) {
            *error = QStringLiteral("column '%1' is mapped to %2 but its values are not dates in a known format "
                                    "(use --date-format iso|m/d/y|d/m/y|d.m.y|epoch-s|epoch-ms)")
                         .arg(c.header, columnRoleName(c.role));
            return false;
        }
    }
    if (mapping.indexOf(ColumnRole::Customer) < 0) {
        *error = QStringLiteral("no customer id column was found; name one with --map customer=COLUMN");
        return false;
    }
    if (mapping.indexOf(ColumnRole::Date) < 0) {
        // Without a date the file describes customers: numeric columns are attributes then.
        for (auto& c : mapping.columns) {
            if (c.role == ColumnRole::Metric)
                c.role = ColumnRole::Attribute;
        }
    }
    return true;
}

} // namespace ul
