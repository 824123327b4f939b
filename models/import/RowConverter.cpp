// SPDX-License-Identifier: MIT
#include "import/RowConverter.h"

#include "import/ValueParsing.h"

namespace ul {

RowConverter::RowConverter(const ImportMapping& mapping)
    : m_mapping(mapping)
    , m_customer(mapping.indexOf(ColumnRole::Customer))
    , m_date(mapping.indexOf(ColumnRole::Date))
    , m_created(mapping.indexOf(ColumnRole::Created))
    , m_metricColumns(mapping.indexesOf(ColumnRole::Metric))
    , m_attributeColumns(mapping.indexesOf(ColumnRole::Attribute))
{
    if (m_date >= 0 && mapping.columns[size_t(m_date)].dateFormat)
        m_dateCache = std::make_unique<DateCache>(*mapping.columns[size_t(m_date)].dateFormat);
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
    row.day.reset();
    row.created.reset();

    const std::string_view customer = trimmed(record.fields[size_t(m_customer)]);
    if (isMissing(customer))
        return fail(m_customer, QStringLiteral("missing customer id"));
    row.customer = customer;

    if (m_date >= 0) {
        const std::string_view text = record.fields[size_t(m_date)];
        if (isMissing(text))
            return fail(m_date, QStringLiteral("missing date"));
        const DateFormat format = *m_mapping.columns[size_t(m_date)].dateFormat;
        row.day = m_dateCache ? m_dateCache->parse(text) : parseDate(text, format);
        if (!row.day)
            return fail(m_date, QStringLiteral("not a date in the %1 format").arg(dateFormatName(format)));
    }
    if (m_created >= 0) {
        const std::string_view text = record.fields[size_t(m_created)];
        if (!isMissing(text)) {
            const DateFormat format = *m_mapping.columns[size_t(m_created)].dateFormat;
            row.created = parseDate(text, format);
            if (!row.created)
                return fail(m_created, QStringLiteral("not a date in the %1 format").arg(dateFormatName(format)));
        }
    }
    for (size_t slot = 0; slot < m_metricColumns.size(); ++slot) {
        const int col = m_metricColumns[slot];
        const std::string_view text = record.fields[size_t(col)];
        if (isMissing(text))
            continue;
        const auto value = parseMetricValue(text);
        if (!value)
            return fail(col, QStringLiteral("not a number"));
        row.metrics.emplace_back(int(slot), *value);
    }
    for (size_t slot = 0; slot < m_attributeColumns.size(); ++slot) {
        const int col = m_attributeColumns[slot];
        const std::string_view text = trimmed(record.fields[size_t(col)]);
        if (isMissing(text))
            continue;
        // Booleans are stored one way so filters and tables agree.
        if (const auto b = parseBool(text, false))
            row.attributes.emplace_back(int(slot), *b ? std::string_view("true") : std::string_view("false"));
        else
            row.attributes.emplace_back(int(slot), text);
    }
    return true;
}

} // namespace ul
