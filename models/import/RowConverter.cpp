// SPDX-License-Identifier: MIT
#include "import/RowConverter.h"

#include <QRegularExpression>

#include "import/CustomerIdCheck.h"
#include "import/ValueParsing.h"
#include "import/WrittenNumber.h"

namespace ul {

namespace {

QString notADateMessage(std::string_view text, DateFormat format, const AcceptedDates& range)
{
    // A date the calendar holds but the range does not, or a year it cannot hold (0001).
    static const QRegularExpression year(QStringLiteral("(?<![0-9])([0-9]{4})(?![0-9])"));
    const auto match = year.match(QString::fromUtf8(text.data(), qsizetype(text.size())));
    const bool epoch = format == DateFormat::EpochSeconds || format == DateFormat::EpochMillis;
    const bool farYear = !epoch && match.hasMatch()
                         && (match.captured(1).toInt() < ymdFromDay(range.first).year
                             || match.captured(1).toInt() > ymdFromDay(range.last).year);
    if (farYear || parseDateAnyYear(text, format))
        return QStringLiteral("a date outside %1").arg(range.describe());
    return QStringLiteral("not a date in the %1 format").arg(dateFormatName(format));
}

} // namespace

std::vector<int> attributeColumnsOf(const ImportMapping& mapping)
{
    std::vector<int> out;
    for (size_t i = 0; i < mapping.columns.size(); ++i)
        if (mapping.columns[i].role == ColumnRole::Attribute || mapping.columns[i].role == ColumnRole::Dimension)
            out.push_back(int(i));
    return out;
}

RowConverter::RowConverter(const ImportMapping& mapping)
    : m_mapping(mapping)
    , m_customer(mapping.indexOf(ColumnRole::Customer))
    , m_date(mapping.indexOf(ColumnRole::Date))
    , m_created(mapping.indexOf(ColumnRole::Created))
    , m_metricColumns(mapping.indexesOf(ColumnRole::Metric))
    , m_attributeColumns(attributeColumnsOf(mapping))
    , m_distinctColumns(mapping.indexesOf(ColumnRole::Distinct))
    , m_commas(mapping.commaByColumn())
{
    m_lenient.assign(m_metricColumns.size(), 0);
    if (mapping.billing) {
        m_billing = std::make_unique<BillingRowConverter>(mapping);
        const BillingColumns& b = mapping.billing->columns;
        for (size_t slot = 0; slot < m_metricColumns.size(); ++slot) {
            const int col = m_metricColumns[slot];
            m_lenient[slot] = col != b.subtotal && col != b.discount && col != b.total && col != b.tax;
        }
    }
    if (m_date >= 0 && mapping.columns[size_t(m_date)].dateFormat)
        m_dateCache = std::make_unique<DateCache>(*mapping.columns[size_t(m_date)].dateFormat);
    QStringList headers;
    for (const ColumnMapping& c : mapping.columns)
        headers << c.header;
    for (const ComputedMetric& c : mapping.computed) {
        QString ignored; // compileComputedMetrics() reported errors before any row
        if (m_computed.emplace_back().compile(c, headers, &ignored) == false)
            m_computed.pop_back();
    }
}

RowConverter::~RowConverter() = default;

bool RowConverter::convert(const Record& record, ConvertedRow& row, RecordProblem& problem) const
{
    auto fail = [&](int column, const QString& message) {
        problem.line = record.line;
        problem.column = column + 1;
        problem.text = shortenedForMessage(record.fields[size_t(column)]);
        problem.message = message;
        return false;
    };
    row.metrics.clear();
    row.attributes.clear();
    row.distincts.clear();
    row.divisionsByZero = 0;
    row.day.reset();
    row.created.reset();
    row.billing.reset();
    row.noCustomer = false;
    row.unreadMetrics = 0;

    const std::string_view customer = trimmed(record.fields[size_t(m_customer)]);
    if (isMissing(customer)) {
        row.customer = {};
        row.noCustomer = true;
        return true;
    }
    if (customer.size() > kMaxCustomerIdBytes)
        return fail(m_customer, QStringLiteral("a customer id longer than %1 bytes").arg(kMaxCustomerIdBytes));
    if (customer.find('\0') != std::string_view::npos)
        return fail(m_customer, QStringLiteral("a NUL character in the customer id"));
    row.customer = customer;

    if (m_date >= 0) {
        const std::string_view text = record.fields[size_t(m_date)];
        if (isMissing(text))
            return fail(m_date, QStringLiteral("missing date"));
        const DateFormat format = *m_mapping.columns[size_t(m_date)].dateFormat;
        row.day = m_dateCache ? m_dateCache->parse(text) : parseDateAnyYear(text, format);
        if (!row.day || !m_mapping.dateRange.contains(*row.day))
            return fail(m_date, notADateMessage(text, format, m_mapping.dateRange));
    }
    if (m_created >= 0) {
        const std::string_view text = record.fields[size_t(m_created)];
        if (!isMissing(text)) {
            const DateFormat format = *m_mapping.columns[size_t(m_created)].dateFormat;
            row.created = parseDateAnyYear(text, format);
            if (!row.created || !m_mapping.dateRange.contains(*row.created))
                return fail(m_created, notADateMessage(text, format, m_mapping.dateRange));
        }
    }
    for (size_t slot = 0; slot < m_metricColumns.size(); ++slot) {
        const int col = m_metricColumns[slot];
        const std::string_view text = record.fields[size_t(col)];
        if (isMissing(text))
            continue;
        // Numbers as people write them ("$ 50.67", "1.234,50 €"), each column with its own mark.
        const bool comma = m_commas[size_t(col)];
        const auto normal = normalizeWrittenNumber(text, comma, m_scratch);
        const std::optional<MetricValue> value = normal ? parseMetricValue(*normal) : std::nullopt;
        if (!value && m_lenient[slot]) {
            row.unreadMetrics |= quint64(1) << std::min<size_t>(slot, 63);
            continue;
        }
        if (!value)
            return fail(col, comma ? QStringLiteral("not a number (decimal comma)") : QStringLiteral("not a number"));
        row.metrics.emplace_back(int(slot), *value);
    }
    for (size_t i = 0; i < m_computed.size(); ++i) {
        MetricValue value;
        int bad = -1;
        switch (m_computed[i].evaluate(record.fields, m_commas, &value, &bad)) {
        case ComputedMetricProgram::Outcome::Value:
            row.metrics.emplace_back(int(m_metricColumns.size() + i), value);
            break;
        case ComputedMetricProgram::Outcome::Missing: break;
        case ComputedMetricProgram::Outcome::DivisionByZero: ++row.divisionsByZero; break;
        case ComputedMetricProgram::Outcome::NotANumber:
            return fail(bad >= 0 ? bad : m_computed[i].columns().front(),
                        bad >= 0 ? QStringLiteral("not a number (used by --compute %1)").arg(m_mapping.computed[i].name)
                                 : QStringLiteral("--compute %1 overflows").arg(m_mapping.computed[i].name));
        }
    }
    for (size_t slot = 0; slot < m_attributeColumns.size(); ++slot) {
        const int col = m_attributeColumns[slot];
        const std::string_view text = trimmed(record.fields[size_t(col)]);
        if (isMissing(text))
            continue;
        if (text.size() > kMaxCustomerIdBytes && m_mapping.columns[size_t(col)].role == ColumnRole::Dimension)
            return fail(col, QStringLiteral("a value longer than %1 bytes in a column kept per row (map it with "
                                            "--map attribute=COLUMN)")
                                 .arg(kMaxCustomerIdBytes));
        // Booleans are stored one way so filters and tables agree.
        if (const auto b = parseBool(text, false))
            row.attributes.emplace_back(int(slot), *b ? std::string_view("true") : std::string_view("false"));
        else
            row.attributes.emplace_back(int(slot), text);
    }
    // Values counted as distinct are compared as written (trimmed): "Ann" and "ann" are two users.
    for (size_t slot = 0; slot < m_distinctColumns.size(); ++slot) {
        const int col = m_distinctColumns[slot];
        const std::string_view text = trimmed(record.fields[size_t(col)]);
        if (text.size() > kMaxCustomerIdBytes)
            return fail(col,
                        QStringLiteral("a value longer than %1 bytes to count as distinct").arg(kMaxCustomerIdBytes));
        if (!isMissing(text))
            row.distincts.emplace_back(int(slot), text);
    }
    if (m_billing) {
        BillingFields fields;
        if (!m_billing->convert(record, fields, problem))
            return false;
        row.billing = fields;
    }
    return true;
}

} // namespace ul
