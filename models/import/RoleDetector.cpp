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
    // "ts", "event_ts", "created_at": short forms common in event logs.
    static const QRegularExpression shortForm(QStringLiteral("(^|[^a-z])(ts|at)$"));
    return nameHas(n, {"date", "time", "day", "month", "usage", "paid", "created", "signup", "period", "epoch",
                       "timestamp", "when"})
           || shortForm.match(n).hasMatch();
}

bool looksLikeCreatedName(const QString& n)
{
    return nameHas(n, {"created", "signup", "sign_up", "registered", "joined", "creation"});
}

/// Names of per-row identifiers and codes: numbers that are not measures.
bool looksLikeIdentifierName(const QString& n)
{
    static const QRegularExpression suffix(QStringLiteral("(^|[^a-z])(id|no|nr|num|number|code|key|ref|sku)$|"
                                                          "[a-z](id|no|nr|code|key)$"));
    return nameHas(n, {"invoice", "order", "transaction", "receipt", "sku", "stock", "zip", "postal", "phone", "ean",
                       "isbn", "barcode"})
           || suffix.match(n).hasMatch();
}

/// Names of measures: a numeric column named so stays a metric even when many values are bad.
/// English and the window's other languages (German, French, Spanish, Portuguese).
bool looksLikeMeasureName(const QString& n)
{
    if (nameHas(n, {"amount", "price",    "qty",   "quantity", "count", "total", "revenue",  "minutes",  "seconds",
                    "hours",  "duration", "bytes", "gb",       "mb",    "usage", "sessions", "logins",   "views",
                    "sum",    "value",    "cost",  "spend",    "mrr",   "units", "volume",   "bandwidth"}))
        return true;
    if (nameHas(n, {"betrag",  "umsatz",  "kosten",  "preis",   "summe",      "menge",    "anzahl",
                    "minuten", "stunden", "gesamt",  "montant", "prix",       "cout",     "quantite",
                    "chiffre", "importe", "precio",  "costo",   "coste",      "cantidad", "ingresos",
                    "minutos", "valor",   "receita", "custo",   "quantidade", "preco",    "faturamento"}))
        return true;
    static const QStringList accented = {QString::fromUtf8("coût"), QString::fromUtf8("quantité"),
                                         QString::fromUtf8("preço"), QString::fromUtf8("erlös")};
    for (const QString& w : accented)
        if (n.contains(w))
            return true;
    return false;
}

/// A header whose words name an amount of something ("Amount (EUR)", "Betrag", "GB used"): its
/// values are numbers however they are written. Whole words only, so "account" and "country" are
/// not counts.
bool namesAMeasure(const QString& header)
{
    static const QStringList words = {
        QStringLiteral("amount"),      QStringLiteral("amounts"),     QStringLiteral("price"),
        QStringLiteral("qty"),         QStringLiteral("quantity"),    QStringLiteral("count"),
        QStringLiteral("total"),       QStringLiteral("subtotal"),    QStringLiteral("revenue"),
        QStringLiteral("minutes"),     QStringLiteral("seconds"),     QStringLiteral("hours"),
        QStringLiteral("duration"),    QStringLiteral("bytes"),       QStringLiteral("gb"),
        QStringLiteral("mb"),          QStringLiteral("kb"),          QStringLiteral("tb"),
        QStringLiteral("cost"),        QStringLiteral("costs"),       QStringLiteral("spend"),
        QStringLiteral("mrr"),         QStringLiteral("units"),       QStringLiteral("volume"),
        QStringLiteral("bandwidth"),   QStringLiteral("betrag"),      QStringLiteral("umsatz"),
        QStringLiteral("kosten"),      QStringLiteral("preis"),       QStringLiteral("summe"),
        QStringLiteral("menge"),       QStringLiteral("anzahl"),      QStringLiteral("minuten"),
        QStringLiteral("montant"),     QStringLiteral("prix"),        QStringLiteral("importe"),
        QStringLiteral("precio"),      QStringLiteral("costo"),       QStringLiteral("cantidad"),
        QStringLiteral("ingresos"),    QStringLiteral("minutos"),     QStringLiteral("valor"),
        QStringLiteral("receita"),     QStringLiteral("custo"),       QStringLiteral("quantidade"),
        QStringLiteral("preco"),       QStringLiteral("faturamento"), QString::fromUtf8("coût"),
        QString::fromUtf8("quantité"), QString::fromUtf8("preço"),    QString::fromUtf8("erlös")};
    const QStringList parts = metricKeyFromHeader(header).split(QLatin1Char('_'), Qt::SkipEmptyParts);
    if (parts.contains(QLatin1String("id")))
        return false;
    for (const QString& part : parts)
        if (words.contains(part))
            return true;
    return false;
}

/// Values that are e-mail addresses: a contact of the customer, not the billing system's id.
bool looksLikeEmails(const ColumnProfile& p)
{
    qint64 at = 0;
    for (const QString& e : p.examples)
        at += e.contains(QLatin1Char('@'));
    return !p.examples.isEmpty() && at * 2 > p.examples.size();
}

double fillRatio(const ColumnProfile& p)
{
    return double(p.nonMissing) / double(std::max<qint64>(1, p.missing + p.nonMissing));
}

int customerNameScore(const QString& n)
{
    int score = 0;
    // An account is the customer; its users are only the customer when nothing names an account.
    if (nameHas(n,
                {"customer", "cust", "client", "account", "tenant", "org", "company", "subscriber", "kunde", "klant"}))
        score += 3;
    else if (nameHas(n, {"user"}))
        score += 2;
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

/// The date form of a column, and whether the column is a date column at all: most of its
/// values read in that form, or its name is a date's and some value reads.
struct DateEvidence {
    std::optional<DateFormat> format;
    bool dateColumn = false;
    bool ambiguous = false; ///< day/month order not decided by any value (m/d/y assumed)
};

DateEvidence dateEvidence(const ColumnProfile& p, bool forced, bool decimalComma)
{
    DateEvidence e;
    if (p.nonMissing == 0)
        return e;
    const QString lower = p.header.toLower();
    const bool timeName = forced || looksLikeTimeName(lower);
    // Plain numbers are dates only in columns named so (epochs), or when every one is a
    // yyyymmdd date between 1900 and 2100.
    const bool allCompact = p.allParseAs(DateFormat::CompactYmd);
    e.format = p.bestDateFormat(timeName, timeName || allCompact);
    if (!e.format)
        return e;
    if (*e.format == DateFormat::MonthDayYear || *e.format == DateFormat::DayMonthYear) {
        const qint64 mdy = p.parsedAs(DateFormat::MonthDayYear);
        const qint64 dmy = p.parsedAs(DateFormat::DayMonthYear);
        e.ambiguous = mdy == dmy;
        e.format = mdy >= dmy ? DateFormat::MonthDayYear : DateFormat::DayMonthYear;
    }
    const qint64 read = p.readAs(*e.format);
    const bool numbersAreMeasures = p.mostlyNumbers(decimalComma) && !timeName && !allCompact;
    e.dateColumn = !numbersAreMeasures && (read * 2 > p.nonMissing || (timeName && read > 0));
    return e;
}

/// How a column's values look, for the message that lists them.
QString describeValues(const ColumnProfile& p, bool decimalComma)
{
    if (p.nonMissing == 0)
        return QStringLiteral("no values");
    QStringList examples;
    for (const QString& e : p.examples.mid(0, 2))
        examples << QStringLiteral("`%1`").arg(e.left(40));
    QString what;
    const DateEvidence d = dateEvidence(p, true, decimalComma);
    if (d.format && p.parsedAs(*d.format) == p.nonMissing)
        what = QStringLiteral("dates (%1)").arg(dateFormatName(*d.format));
    else if (p.allNumeric(decimalComma))
        what = QStringLiteral("numbers");
    else if (looksLikeTimeName(p.header.toLower()))
        what = QStringLiteral("not a known date form; use --date-format %1").arg(dateFormatNames());
    else
        what = QStringLiteral("text");
    return QStringLiteral("%1 value(s) like %2, %3").arg(p.nonMissing).arg(examples.join(QStringLiteral(", ")), what);
}

bool decideDecimalComma(const std::vector<ColumnProfile>& profiles, const SourceFormat& source)
{
    if (source.kind != SourceKind::Csv || (!source.delimiter.whitespace && source.delimiter.character == ','))
        return false; // an unquoted decimal comma cannot be in a comma-separated file
    // Only numeric columns vote: a text column's stray "1.20E+05" (a spreadsheet-mangled id among
    // company names) says nothing about how the amounts are written.
    qint64 commas = 0, points = 0;
    for (const ColumnProfile& p : profiles) {
        if (p.mostlyNumbers(true))
            commas += p.commaDecimals;
        if (p.mostlyNumbers(false))
            points += p.pointDecimals;
    }
    return commas > 0 && points == 0;
}

/// Role detection honouring roles the user forced (`forced[i]` set). Single roles (customer,
/// date, created) forced onto a column are not detected elsewhere.
ImportMapping assignRoles(const std::vector<ColumnProfile>& profiles, const SourceFormat& source,
                          std::optional<bool> forcedComma, const std::vector<std::optional<ColumnRole>>& forced)
{
    ImportMapping mapping;
    mapping.source = source;
    mapping.decimalComma = forcedComma.value_or(decideDecimalComma(profiles, source));
    mapping.decimalCommaDetected = !forcedComma;
    const size_t n = profiles.size();
    mapping.columns.resize(n);
    std::vector<DateEvidence> dates(n);
    // Each column reads numbers with its own decimal mark unless the user forced one for all.
    std::vector<char> commas(n);
    for (size_t i = 0; i < n; ++i) {
        const auto& p = profiles[i];
        commas[i] = forcedComma.value_or(p.ownDecimalComma(mapping.decimalComma));
        mapping.columns[i].header = p.header;
        mapping.columns[i].key = metricKeyFromHeader(p.header);
        mapping.columns[i].decimalComma = commas[i] != 0;
        const bool forcedDate = forced[i] == ColumnRole::Date || forced[i] == ColumnRole::Created;
        dates[i] = dateEvidence(p, forcedDate, commas[i]);
        if (forcedDate)
            dates[i].dateColumn = true;
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
        if (forced[i] || p.nonMissing == 0 || dates[i].dateColumn || p.allBoolean())
            continue;
        const bool fractional = p.allNumeric() && p.integral < p.nonMissing;
        if (fractional)
            continue;
        const int nameScore = customerNameScore(p.header.toLower());
        if (p.allNumeric() && nameScore == 0 && p.leadingZero == 0)
            continue; // plain integers without an id-like name are measures (zero-padded ones are codes)
        // One value repeated on every row is rarely an id; a file of one row says nothing either way.
        const double variety = p.distinct.size() >= 2 || p.nonMissing < 2 || nameScore > 0 ? 1.0 : -5.0;
        // A column filled on every row beats one with gaps, and an id beats an e-mail address
        // (`Customer` beats `Customer Email`): rows without a customer cannot be imported.
        const double gaps = 4.0 * (1.0 - fillRatio(p));
        const double contact = looksLikeEmails(p) ? 1.0 : 0.0;
        double score = nameScore + variety + p.distinctRatio() - gaps - contact;
        if (score > bestCustomer) {
            bestCustomer = score;
            customer = int(i);
        }
    }

    // Without a header there are no names to go by: the first column of whole numbers is the
    // customer id, as in most column-laid-out exports.
    if (customer < 0 && !source.hasHeader) {
        for (size_t i = 0; i < n; ++i) {
            const auto& p = profiles[i];
            if (!forced[i] && !dates[i].dateColumn && p.allNumeric() && p.integral == p.nonMissing
                && p.distinct.size() >= 2) {
                customer = int(i);
                mapping.notes << QStringLiteral("customer: '%1', the first column of whole numbers (no header to go "
                                                "by; choose another with --map customer=COLUMN)")
                                     .arg(p.header);
                break;
            }
        }
    }

    // Date and created: the best-named date columns.
    int date = forcedIndex(ColumnRole::Date);
    int created = forcedIndex(ColumnRole::Created);
    double bestDate = date >= 0 ? 1e9 : -1e9;
    double bestCreated = created >= 0 ? 1e9 : -1e9;
    QStringList dateColumns;
    // Among several date columns the one filled on (nearly) every row is the row's date: a
    // `Paid At` empty on every unpaid invoice would leave those rows without a day.
    double bestFill = 0;
    for (size_t i = 0; i < n; ++i)
        if (dates[i].dateColumn && int(i) != customer && !forced[i]
            && !looksLikeCreatedName(profiles[i].header.toLower()))
            bestFill = std::max(bestFill, fillRatio(profiles[i]));
    for (size_t i = 0; i < n; ++i) {
        if (!dates[i].dateColumn || int(i) == customer || forced[i])
            continue;
        const auto& p = profiles[i];
        const QString lower = p.header.toLower();
        dateColumns << p.header;
        const double missingRatio = 1.0 - fillRatio(p);
        const double unread = 1.0 - double(p.readAs(*dates[i].format)) / double(std::max<qint64>(1, p.nonMissing));
        const double sparse = fillRatio(p) < bestFill - 0.02 ? 20.0 : 0.0;
        const double score = dateNameScore(lower) - 3.0 * missingRatio - 3.0 * unread - sparse;
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
    if (date >= 0 && bestDate < 1e9 && dateColumns.size() > 1)
        mapping.notes << QStringLiteral("date: '%1' of the date columns %2 (choose another with --map date=COLUMN)")
                             .arg(profiles[size_t(date)].header, dateColumns.join(QStringLiteral(", ")));

    const bool hasDate = date >= 0;
    QStringList measuresAsText;
    for (size_t i = 0; i < n; ++i) {
        auto& c = mapping.columns[i];
        const auto& p = profiles[i];
        const QString lower = p.header.toLower();
        const bool comma = commas[i];
        if (forced[i] && *forced[i] != ColumnRole::Customer && *forced[i] != ColumnRole::Date
            && *forced[i] != ColumnRole::Created) {
            c.role = *forced[i];
        } else if (int(i) == customer) {
            c.role = ColumnRole::Customer;
        } else if (int(i) == date || int(i) == created) {
            c.role = int(i) == date ? ColumnRole::Date : ColumnRole::Created;
            c.dateFormat = dates[i].format;
            c.dateFormatAmbiguous = dates[i].ambiguous;
        } else if (dates[i].dateColumn) {
            c.role = ColumnRole::Ignore; // other per-row dates are not customer attributes
        } else if (p.allBoolean()) {
            c.role = ColumnRole::Attribute;
        } else if (hasDate && ((looksLikeIdentifierName(lower) && !looksLikeMeasureName(lower)) || p.leadingZero > 0)) {
            c.role = ColumnRole::Ignore; // invoice numbers, stock codes: not to be summed
        } else if (hasDate
                   && (p.mostlyNumbers(comma) || p.nonMissing == 0
                       || (looksLikeMeasureName(lower) && p.numbers(comma) > 0)
                       // a measure's values with digits are numbers, the others located bad values
                       || (namesAMeasure(p.header) && p.withDigit * 2 > p.nonMissing)
                       // decimal commas under a forced decimal point: still numbers, read wrong
                       || (!comma && p.commaDecimals > 0 && p.mostlyNumbers(true)))) {
            const bool flagName = lower.startsWith(QLatin1String("is_")) || lower.startsWith(QLatin1String("has_"));
            c.role = flagName && p.zeroOne == p.nonMissing ? ColumnRole::Attribute : ColumnRole::Metric;
        } else {
            c.role = ColumnRole::Attribute;
            if (hasDate && namesAMeasure(p.header) && p.nonMissing > 0)
                measuresAsText << QStringLiteral("'%1' (%2 of %3 values are not numbers)")
                                      .arg(p.header)
                                      .arg(p.nonMissing - p.numbers(comma))
                                      .arg(p.nonMissing);
        }
    }
    // Never silently: a column named like a measure that is kept as text says so.
    if (!measuresAsText.isEmpty())
        mapping.notes << QStringLiteral("named like measures but kept as text: %1; --map metric=COLUMN reads one as "
                                        "numbers and lists its bad values")
                             .arg(measuresAsText.join(QStringLiteral(", ")));
    return mapping;
}

/// Metric keys are unique in a file: a second column with the same key gets "_2", and so on.
void makeKeysDistinct(ImportMapping& mapping)
{
    const QString records = QLatin1String(kRecordsMetricKey);
    QSet<QString> used = {records}; // a set: linear in the number of columns
    for (auto& c : mapping.columns) {
        if (c.role != ColumnRole::Metric)
            continue;
        const QString base = c.key;
        QString key = base;
        for (int k = 2; used.contains(key); ++k)
            key = QStringLiteral("%1_%2").arg(base).arg(k);
        if (key != base && base == records) {
            mapping.notes << QStringLiteral("'%1' would take the key of the built-in row count (records): it is %2")
                                 .arg(c.header, key);
            c.key = key;
        } else if (key != base) {
            const auto first = std::find_if(
                mapping.columns.begin(), mapping.columns.end(),
                [&](const ColumnMapping& o) { return o.role == ColumnRole::Metric && o.key == base; });
            mapping.notes << QStringLiteral("'%1' and '%2' give the same key: the second is %3")
                                 .arg(first != mapping.columns.end() ? first->header : base, c.header, key);
            c.key = key;
        }
        used << key;
    }
}

/// Text and boolean attributes of a dated file with few, repeating values become dimensions (kept
/// per row as well): region, plan, internal. Ids, names and free text have many values and stay
/// per customer only. At most kMaxAutoDimensions, in file order; --map dimension=COL forces more.
void chooseDimensions(ImportMapping& mapping, const std::vector<ColumnProfile>& profiles,
                      const std::vector<std::optional<ColumnRole>>& forced)
{
    if (mapping.indexOf(ColumnRole::Date) < 0)
        return;
    QStringList chosen;
    for (size_t i = 0; i < mapping.columns.size(); ++i) {
        ColumnMapping& c = mapping.columns[i];
        const ColumnProfile& p = profiles[i];
        if (c.role != ColumnRole::Attribute || forced[i] || chosen.size() >= kMaxAutoDimensions)
            continue;
        const qsizetype values = p.distinct.size();
        const bool repeats = p.allBoolean() || values * 2 <= p.nonMissing;
        if (p.nonMissing == 0 || values > kMaxAutoDimensionValues || !repeats
            || looksLikeIdentifierName(p.header.toLower()))
            continue;
        c.role = ColumnRole::Dimension;
        chosen << c.header;
    }
    if (!chosen.isEmpty())
        mapping.notes << QStringLiteral("kept per row, to filter and break down by: %1 (others with --map "
                                        "dimension=COLUMN, none with --map attribute=COLUMN)")
                             .arg(chosen.join(QStringLiteral(", ")));
}

/// The roles a recognised billing export fixes before detection: the billing system's customer
/// id (never the e-mail), the invoice date, currency and status kept per row (to filter by), the
/// ids ignored, tax rates kept per customer and balances ignored (neither adds up). Detection
/// decides the rest; --map still wins.
std::vector<std::optional<ColumnRole>> billingRoles(const BillingFormat& format, const QStringList& headers)
{
    const size_t columns = size_t(headers.size());
    std::vector<std::optional<ColumnRole>> forced(columns);
    const BillingColumns& c = format.columns;
    const auto set = [&](int column, ColumnRole role) {
        if (column >= 0 && size_t(column) < columns)
            forced[size_t(column)] = role;
    };
    set(c.customer, ColumnRole::Customer);
    set(c.issued, ColumnRole::Date);
    set(c.currency, ColumnRole::Dimension);
    set(c.status, ColumnRole::Dimension);
    set(c.invoice, ColumnRole::Ignore);
    set(c.subscription, ColumnRole::Ignore);
    set(c.serviceStart, ColumnRole::Ignore);
    set(c.serviceEnd, ColumnRole::Ignore);
    // Not sums: a tax rate is the customer's (latest), a balance is a snapshot, not revenue.
    for (size_t i = 0; i < columns; ++i) {
        if (forced[i])
            continue;
        const QString key = metricKeyFromHeader(headers[qsizetype(i)]);
        if (key.contains(QLatin1String("percent")) || key.endsWith(QLatin1String("_pct")))
            forced[i] = ColumnRole::Attribute;
        else if (key.endsWith(QLatin1String("balance")))
            forced[i] = ColumnRole::Ignore;
    }
    return forced;
}

/// The user's --map on top of `base`: a single role (customer, date, created) given to a column
/// leaves every other column that had it.
void overlay(std::vector<std::optional<ColumnRole>>& base, int column, ColumnRole role)
{
    if (role == ColumnRole::Customer || role == ColumnRole::Date || role == ColumnRole::Created)
        for (auto& r : base)
            if (r == role)
                r.reset();
    base[size_t(column)] = role;
}

/// Records the export's format in the mapping, gives its service-period columns their date
/// form, and says what the money rules will read.
void finishBilling(ImportMapping& mapping, const std::vector<ColumnProfile>& profiles, const BillingFormat& format)
{
    mapping.billing = format;
    const BillingColumns& c = format.columns;
    std::optional<DateFormat> issuedFormat = c.issued >= 0 ? mapping.columns[size_t(c.issued)].dateFormat
                                                           : std::optional<DateFormat>();
    for (int column : {c.issued, c.serviceStart, c.serviceEnd}) {
        if (column < 0)
            continue;
        ColumnMapping& m = mapping.columns[size_t(column)];
        if (!m.dateFormat)
            m.dateFormat = profiles[size_t(column)].bestDateFormat(true, true);
        if (!m.dateFormat)
            m.dateFormat = issuedFormat.value_or(DateFormat::Iso);
    }
    QStringList kept;
    for (const ColumnMapping& m : mapping.columns)
        if (m.role == ColumnRole::Dimension)
            kept << m.header;
    if (!kept.isEmpty())
        mapping.notes << QStringLiteral("kept per row, to filter and break down by: %1 (others with --map "
                                        "dimension=COLUMN)")
                             .arg(kept.join(QStringLiteral(", ")));
}

} // namespace

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

ImportMapping detectRoles(const std::vector<ColumnProfile>& profiles, const SourceFormat& source,
                          std::optional<bool> decimalComma)
{
    const std::vector<std::optional<ColumnRole>> none(profiles.size());
    QStringList headers;
    for (const ColumnProfile& p : profiles)
        headers << p.header;
    // A billing system's export is known by its columns: its roles are fixed before detection.
    if (const std::optional<BillingFormat> billing = recogniseBillingExport(headers)) {
        const auto forced = billingRoles(*billing, headers);
        ImportMapping mapping = assignRoles(profiles, source, decimalComma, forced);
        makeKeysDistinct(mapping);
        finishBilling(mapping, profiles, *billing);
        return mapping;
    }
    ImportMapping mapping = assignRoles(profiles, source, decimalComma, none);
    makeKeysDistinct(mapping);
    chooseDimensions(mapping, profiles, none);
    return mapping;
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
    const std::optional<BillingFormat> billing = mapping.billing;
    QStringList headers;
    for (const ColumnProfile& p : profiles)
        headers << p.header;
    std::vector<std::optional<ColumnRole>> forced = billing ? billingRoles(*billing, headers)
                                                            : std::vector<std::optional<ColumnRole>>(profiles.size());
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
        overlay(forced, col, o.role);
        explicitMetrics = explicitMetrics || o.role == ColumnRole::Metric;
    }
    if (!overrides.empty()) {
        const std::optional<bool> comma = mapping.decimalCommaDetected ? std::nullopt
                                                                       : std::optional<bool>(mapping.decimalComma);
        mapping = assignRoles(profiles, mapping.source, comma, forced);
        makeKeysDistinct(mapping);
        if (billing)
            finishBilling(mapping, profiles, *billing);
        else
            chooseDimensions(mapping, profiles, forced);
    }
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
                                    "(use --date-format %3)")
                         .arg(c.header, columnRoleName(c.role), dateFormatNames());
            return false;
        }
    }
    const auto columnList = [&] {
        QStringList lines;
        for (const ColumnProfile& p : profiles)
            lines << QStringLiteral("%1: %2").arg(p.header, describeValues(p, p.ownDecimalComma(mapping.decimalComma)));
        return lines.join(QStringLiteral("; "));
    };
    const int customer = mapping.indexOf(ColumnRole::Customer);
    if (customer < 0) {
        *error = QStringLiteral("no customer id column was found (%1); name one with --map customer=COLUMN")
                     .arg(columnList());
        return false;
    }
    if (mapping.indexOf(ColumnRole::Date) < 0) {
        // Without a date the file may describe customers, one row each; anything else would
        // import nothing usable.
        const ColumnProfile& ids = profiles[size_t(customer)];
        bool dateLike = false;
        for (const ColumnProfile& p : profiles)
            dateLike = dateLike
                       || (looksLikeTimeName(p.header.toLower()) && !looksLikeCreatedName(p.header.toLower())
                           && p.withDigit * 2 > p.nonMissing && !p.allNumeric(p.ownDecimalComma(mapping.decimalComma)));
        const bool onePerCustomer = qint64(ids.distinct.size()) == ids.nonMissing;
        if (dateLike || !onePerCustomer) {
            *error = QStringLiteral("no date column found (%1); name one with --map date=COLUMN%2")
                         .arg(columnList(), onePerCustomer
                                                ? QString()
                                                : QStringLiteral(" (a file of customer attributes has one row per "
                                                                 "customer; this one repeats customers)"));
            return false;
        }
        for (auto& c : mapping.columns) {
            if (c.role == ColumnRole::Metric || c.role == ColumnRole::Distinct || c.role == ColumnRole::Dimension)
                c.role = ColumnRole::Attribute;
        }
        mapping.notes << QStringLiteral("no date column: the file describes customers (one row each)");
    }
    return true;
}

} // namespace ul
