// SPDX-License-Identifier: MIT
#include "import/ColumnProfile.h"

#include "import/ValueParsing.h"
#include "import/WrittenNumber.h"

#include <algorithm>
#include <cmath>

namespace ul {

ColumnProfiler::ColumnProfiler(const QStringList& headers, const AcceptedDates& dates)
    : m_dates(dates)
{
    m_profiles.resize(size_t(headers.size()));
    for (qsizetype i = 0; i < headers.size(); ++i)
        m_profiles[size_t(i)].header = headers[i];
}

void ColumnProfiler::add(const Record& record)
{
    ++m_rows;
    const size_t n = std::min(record.fields.size(), m_profiles.size());
    for (size_t i = 0; i < n; ++i)
        addValue(m_profiles[i], record.fields[i]);
}

void ColumnProfiler::addColumns(const Record& record, const std::vector<int>& columns)
{
    ++m_rows;
    for (int c : columns) {
        if (size_t(c) < record.fields.size())
            addValue(m_profiles[size_t(c)], record.fields[size_t(c)]);
    }
}

void ColumnProfiler::addValue(ColumnProfile& p, std::string_view raw)
{
    if (isMissing(raw)) {
        ++p.missing;
        return;
    }
    const std::string_view value = trimmed(raw);
    ++p.nonMissing;
    if (p.distinct.size() < ColumnProfile::kDistinctCap)
        p.distinct.insert(QString::fromUtf8(value.data(), qsizetype(value.size())));
    if (p.examples.size() < 5)
        p.examples << QString::fromUtf8(value.data(), qsizetype(value.size()));
    // Numbers as people write them ("$ 50.67", "1,234.50", "(12.00)", "7.7%"), read with a
    // decimal point; the same with a decimal comma below.
    std::string scratch;
    const auto pointText = normalizeWrittenNumber(value, false, scratch);
    const auto pointNumber = pointText ? parseNumber(*pointText) : std::nullopt;
    if (const auto number = pointNumber) {
        if (p.numeric == 0) {
            p.minNumber = *number;
            p.maxNumber = *number;
        }
        p.minNumber = std::min(p.minNumber, *number);
        p.maxNumber = std::max(p.maxNumber, *number);
        ++p.numeric;
        p.integral += std::floor(*number) == *number;
        p.zeroOne += value == "0" || value == "1";
        p.leadingZero += value.size() > 1 && value.front() == '0'
                         && value.find_first_not_of("0123456789") == std::string_view::npos;
        p.epochSecondsLike += *number >= 1e8 && *number < 4.2e9;
        p.epochMillisLike += *number >= 1e11 && *number < 4.2e12;
    }
    const auto commaText = normalizeWrittenNumber(value, true, scratch);
    p.commaNumeric += commaText && parseNumber(*commaText).has_value();
    const DecimalEvidence evidence = decimalEvidence(value);
    p.commaDecimals += evidence == DecimalEvidence::Comma;
    p.pointDecimals += evidence == DecimalEvidence::Point;
    p.boolText += parseBool(value, false).has_value();
    p.withDigit += std::any_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
    for (DateFormat f : kAllDateFormats)
        if (const std::optional<Day> day = parseDateAnyYear(value, f))
            p.dateParsed[size_t(f)] += m_dates.contains(*day);
}

bool ColumnProfile::ownDecimalComma(bool fileDefault) const
{
    // Each column decides by its own values: a tax rate of "7.7" beside amounts of "104,40".
    if (commaDecimals != pointDecimals && (commaDecimals == 0 || pointDecimals == 0))
        return commaDecimals > 0;
    if (commaDecimals > 0 && pointDecimals > 0)
        return commaDecimals > pointDecimals; // the minority are bad values, reported as such
    return fileDefault;
}

std::optional<DateFormat> ColumnProfile::bestDateFormat(bool allowEpoch, bool allowCompact) const
{
    std::optional<DateFormat> best;
    qint64 bestCount = 0;
    for (DateFormat f : kAllDateFormats) {
        if (!allowEpoch && (f == DateFormat::EpochSeconds || f == DateFormat::EpochMillis))
            continue;
        if (!allowCompact && f == DateFormat::CompactYmd)
            continue;
        const qint64 count = readAs(f);
        if (count > bestCount) {
            bestCount = count;
            best = f;
        }
    }
    return best;
}

} // namespace ul
