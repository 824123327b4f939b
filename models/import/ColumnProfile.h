// SPDX-License-Identifier: MIT
#pragma once

#include "import/DateParsing.h"
#include "import/RecordReader.h"

#include <QSet>
#include <QString>

#include <algorithm>
#include <array>
#include <vector>

namespace ul {

/// What the values of one column look like: the evidence for role detection.
struct ColumnProfile {
    QString header;
    qint64 nonMissing = 0;
    qint64 missing = 0;
    qint64 numeric = 0;       ///< values that are numbers as people write them, with a decimal point
    qint64 integral = 0;      ///< ... and are whole numbers
    qint64 commaNumeric = 0;  ///< ... with a decimal comma (WrittenNumber.h)
    qint64 commaDecimals = 0; ///< values like "1,5", "1.234,5 €": evidence for decimal commas
    qint64 pointDecimals = 0; ///< values like "1.5", "1,234.50": evidence against them
    qint64 boolText = 0;      ///< TRUE/FALSE in any case
    qint64 withDigit = 0;     ///< values holding at least one digit (a date in an unknown form does)
    qint64 leadingZero = 0;   ///< whole numbers written with leading zeros ("007"): codes, not measures
    qint64 zeroOne = 0;       ///< exactly "0" or "1"
    double minNumber = 0;
    double maxNumber = 0;
    std::array<qint64, kDateFormatCount> dateParsed{}; ///< per DateFormat (kAllDateFormats order)
    /// Numbers of a timestamp's size (1e8..4.2e9 seconds, 1e11..4.2e12 ms: 1973..2103). Small
    /// numbers are epochs too, but a column of them is not an epoch column.
    qint64 epochSecondsLike = 0;
    qint64 epochMillisLike = 0;
    QSet<QString> distinct; ///< capped at kDistinctCap values
    QStringList examples;   ///< a few non-missing values, for the wizard

    static constexpr int kDistinctCap = 10000; ///< the sample size: one row per customer is visible

    /// The column's decimal mark by its own values (comma when they say so), else the file's.
    bool ownDecimalComma(bool fileDefault) const;
    /// Values that are numbers in the file's style.
    qint64 numbers(bool decimalComma) const { return decimalComma ? commaNumeric : numeric; }
    bool allNumeric(bool decimalComma = false) const { return nonMissing > 0 && numbers(decimalComma) == nonMissing; }
    /// More than half of the values are numbers: a column of amounts with bad values in it.
    bool mostlyNumbers(bool decimalComma) const { return nonMissing > 0 && numbers(decimalComma) * 2 > nonMissing; }
    /// The date form that reads the most values (ties: the earlier in kAllDateFormats), with
    /// `allowEpoch` and `allowCompact` deciding whether plain numbers may be dates.
    std::optional<DateFormat> bestDateFormat(bool allowEpoch, bool allowCompact) const;
    bool allBoolean() const { return nonMissing > 0 && boolText == nonMissing; }
    qint64 parsedAs(DateFormat f) const { return dateParsed[size_t(f)]; }
    /// Values that are evidence for `f`: parsed, and for epochs of a timestamp's size.
    qint64 readAs(DateFormat f) const
    {
        if (f == DateFormat::EpochSeconds)
            return std::min(parsedAs(f), epochSecondsLike);
        if (f == DateFormat::EpochMillis)
            return std::min(parsedAs(f), epochMillisLike);
        return parsedAs(f);
    }
    bool allParseAs(DateFormat f) const { return nonMissing > 0 && parsedAs(f) == nonMissing; }
    /// At least 90% of the values: a few bad values must not change a column's role, they
    /// must be reported as bad rows instead.
    bool mostlyParseAs(DateFormat f) const { return nonMissing > 0 && parsedAs(f) * 10 >= nonMissing * 9; }
    bool mostlyNumeric() const { return nonMissing > 0 && numeric * 10 >= nonMissing * 9; }
    /// Both day/month orders read every value (all parts <= 12): more rows are needed.
    bool slashOrderAmbiguous() const
    {
        return allParseAs(DateFormat::MonthDayYear) && allParseAs(DateFormat::DayMonthYear);
    }
    double distinctRatio() const { return nonMissing ? double(distinct.size()) / double(nonMissing) : 0.0; }
};

/// Accumulates ColumnProfiles row by row (the sample, or a whole file when undecided).
class ColumnProfiler {
public:
    /// `dates`: the days a date column may hold (--date-range); a wider range lets detection
    /// find a column of historical or far-future dates.
    explicit ColumnProfiler(const QStringList& headers, const AcceptedDates& dates = AcceptedDates::standard());
    void add(const Record& record);
    /// Feeds only the given columns (a second pass that settles undecided columns).
    void addColumns(const Record& record, const std::vector<int>& columns);
    const std::vector<ColumnProfile>& profiles() const { return m_profiles; }
    qint64 rows() const { return m_rows; }

private:
    void addValue(ColumnProfile& p, std::string_view value);
    std::vector<ColumnProfile> m_profiles;
    AcceptedDates m_dates;
    qint64 m_rows = 0;
};

} // namespace ul
