// SPDX-License-Identifier: MIT
#pragma once

#include "import/DateParsing.h"
#include "import/RecordReader.h"

#include <QSet>
#include <QString>

#include <array>
#include <vector>

namespace ul {

/// What the values of one column look like: the evidence for role detection.
struct ColumnProfile {
    QString header;
    qint64 nonMissing = 0;
    qint64 missing = 0;
    qint64 numeric = 0;  ///< values that parse as numbers
    qint64 integral = 0; ///< ... and are whole numbers
    qint64 boolText = 0; ///< TRUE/FALSE in any case
    qint64 zeroOne = 0;  ///< exactly "0" or "1"
    double minNumber = 0;
    double maxNumber = 0;
    std::array<qint64, 6> dateParsed{}; ///< per DateFormat (kAllDateFormats order)
    QSet<QString> distinct;             ///< capped at kDistinctCap values
    QStringList examples;               ///< a few non-missing values, for the wizard

    static constexpr int kDistinctCap = 5000;

    bool allNumeric() const { return nonMissing > 0 && numeric == nonMissing; }
    bool allBoolean() const { return nonMissing > 0 && boolText == nonMissing; }
    qint64 parsedAs(DateFormat f) const { return dateParsed[size_t(f)]; }
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
    explicit ColumnProfiler(const QStringList& headers);
    void add(const Record& record);
    /// Feeds only the given columns (a second pass that settles undecided columns).
    void addColumns(const Record& record, const std::vector<int>& columns);
    const std::vector<ColumnProfile>& profiles() const { return m_profiles; }
    qint64 rows() const { return m_rows; }

private:
    void addValue(ColumnProfile& p, std::string_view value);
    std::vector<ColumnProfile> m_profiles;
    qint64 m_rows = 0;
};

} // namespace ul
