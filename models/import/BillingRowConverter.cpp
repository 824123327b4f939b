// SPDX-License-Identifier: MIT
#include "import/BillingRowConverter.h"

#include "import/ValueParsing.h"
#include "import/WrittenNumber.h"

#include <cmath>

namespace ul {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

int digitsAt(std::string_view s, size_t at, size_t count)
{
    int v = 0;
    for (size_t i = at; i < at + count; ++i)
        v = v * 10 + (s[i] - '0');
    return v;
}

} // namespace

int secondOfDay(std::string_view timestamp)
{
    // The first "H:MM" or "HH:MM[:SS]" after a space or a 'T'.
    for (size_t i = 0; i + 4 <= timestamp.size(); ++i) {
        if (timestamp[i] != ' ' && timestamp[i] != 'T')
            continue;
        const std::string_view t = timestamp.substr(i + 1);
        const size_t colon = t.find(':');
        if (colon == 0 || colon > 2 || colon == std::string_view::npos || t.size() < colon + 3)
            continue;
        bool digits = true;
        for (size_t k = 0; k < colon; ++k)
            digits = digits && isDigit(t[k]);
        if (!digits || !isDigit(t[colon + 1]) || !isDigit(t[colon + 2]))
            continue;
        int second = digitsAt(t, 0, colon) * 3600 + digitsAt(t, colon + 1, 2) * 60;
        if (t.size() >= colon + 6 && t[colon + 3] == ':' && isDigit(t[colon + 4]) && isDigit(t[colon + 5]))
            second += digitsAt(t, colon + 4, 2);
        return second;
    }
    return 0;
}

BillingRowConverter::BillingRowConverter(const ImportMapping& mapping)
    : m_mapping(mapping)
    , m_format(*mapping.billing)
{}

bool BillingRowConverter::money(const Record& record, int column, qint64* micros, RecordProblem& problem) const
{
    *micros = 0;
    if (column < 0 || size_t(column) >= record.fields.size() || isMissing(record.fields[size_t(column)]))
        return true;
    const std::string_view text = record.fields[size_t(column)];
    const bool comma = m_mapping.commaAt(column);
    const auto normal = normalizeWrittenNumber(text, comma, m_scratch);
    const auto value = normal ? parseMetricValue(*normal) : std::nullopt;
    if (!value) {
        problem.line = record.line;
        problem.column = column + 1;
        problem.text = shortenedForMessage(text);
        problem.message = comma ? QStringLiteral("not a number (decimal comma)") : QStringLiteral("not a number");
        return false;
    }
    *micros = value->exact ? value->micros : qint64(std::llround(value->real * 1e6));
    return true;
}

bool BillingRowConverter::date(const Record& record, int column, std::optional<Day>* day, RecordProblem& problem) const
{
    day->reset();
    if (column < 0 || size_t(column) >= record.fields.size() || isMissing(record.fields[size_t(column)]))
        return true;
    const std::string_view text = record.fields[size_t(column)];
    // A mapping made by hand may not give the period's columns a form: ISO, as the exports write it.
    const std::optional<DateFormat> format = size_t(column) < m_mapping.columns.size()
                                                 ? m_mapping.columns[size_t(column)].dateFormat.value_or(
                                                     DateFormat::Iso)
                                                 : DateFormat::Iso;
    *day = format ? parseDateAnyYear(text, *format) : std::nullopt;
    if (*day && m_mapping.dateRange.contains(**day))
        return true;
    problem.line = record.line;
    problem.column = column + 1;
    problem.text = shortenedForMessage(text);
    problem.message = format ? QStringLiteral("not a date in the %1 format").arg(dateFormatName(*format))
                             : QStringLiteral("not a date");
    return false;
}

bool BillingRowConverter::convert(const Record& record, BillingFields& out, RecordProblem& problem) const
{
    const BillingColumns& c = m_format.columns;
    const auto field = [&](int column) {
        return column >= 0 && size_t(column) < record.fields.size() ? trimmed(record.fields[size_t(column)])
                                                                    : std::string_view();
    };
    out = BillingFields();
    out.invoice = field(c.invoice);
    out.subscription = isMissing(field(c.subscription)) ? std::string_view() : field(c.subscription);
    out.status = field(c.status);
    out.currency = field(c.currency);
    bool writtenOff = false;
    if (c.writtenOff >= 0) {
        const std::string_view flag = field(c.writtenOff);
        if (const auto b = parseBool(flag, true)) {
            writtenOff = *b;
        } else if (!isMissing(flag)) {
            qint64 amount = 0;
            if (!money(record, c.writtenOff, &amount, problem))
                return false;
            writtenOff = amount > 0;
        }
    }
    std::optional<Day> issued;
    if (!date(record, c.issued, &issued, problem))
        return false;
    if (!issued) {
        problem.line = record.line;
        problem.column = c.issued + 1;
        problem.text.clear();
        problem.message = QStringLiteral("missing date");
        return false;
    }
    out.issued = *issued;
    out.issuedSecond = secondOfDay(field(c.issued));
    const InvoiceKind byStatus = classifyInvoice(m_format.system, out.status, writtenOff, true, true);
    // Only what the rules count must be readable; a draft's half-filled period is not a bad row.
    if (byStatus == InvoiceKind::Counted) {
        if (!date(record, c.serviceStart, &out.serviceStart, problem)
            || !date(record, c.serviceEnd, &out.serviceEnd, problem))
            return false;
    } else {
        RecordProblem ignored;
        if (!date(record, c.serviceStart, &out.serviceStart, ignored))
            out.serviceStart.reset();
        if (!date(record, c.serviceEnd, &out.serviceEnd, ignored))
            out.serviceEnd.reset();
    }
    const bool period = out.serviceStart && out.serviceEnd && *out.serviceEnd >= *out.serviceStart;
    out.kind = classifyInvoice(m_format.system, out.status, writtenOff, !out.subscription.empty(), period);

    // Amount = subtotal - discounts; never tax, balances or what was paid.
    qint64 subtotal = 0, discount = 0, total = 0, tax = 0;
    RecordProblem moneyProblem;
    const bool counted = out.kind == InvoiceKind::Counted;
    RecordProblem& where = counted ? problem : moneyProblem;
    bool ok = true;
    if (c.subtotal >= 0) {
        ok = money(record, c.subtotal, &subtotal, where) && money(record, c.discount, &discount, where);
        out.amountMicros = subtotal - (discount < 0 ? -discount : discount);
    } else {
        ok = money(record, c.total, &total, where) && money(record, c.tax, &tax, where);
        out.amountMicros = total - tax;
    }
    return ok || !counted;
}

} // namespace ul
