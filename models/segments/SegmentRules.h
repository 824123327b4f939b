// SPDX-License-Identifier: MIT
#pragma once

#include "segments/Rfm.h"

#include <QString>

#include <vector>

namespace ul {

/// A named box on the three scores, each range inclusive within 1..5. A table of rules is
/// evaluated top to bottom and the first box containing a customer's (r, f, m) names its
/// segment; several rows may share a name to describe a non-box shape.
struct SegmentRule {
    QString name;
    int rMin = 1;
    int rMax = 5;
    int fMin = 1;
    int fMax = 5;
    int mMin = 1;
    int mMax = 5;

    bool matches(int r, int f, int m) const
    {
        return r >= rMin && r <= rMax && f >= fMin && f <= fMax && m >= mMin && m <= mMax;
    }
    bool operator==(const SegmentRule&) const = default;
};

/// "Others": the segment of scores that no rule matches.
QString fallbackSegmentName();

/// The default table, in evaluation order (R, F, M ranges):
///
///   Champions         4-5  4-5  4-5   recent, frequent, high value
///   Loyal             3-5  3-5  3-5   regular, good value
///   High-earning new  4-5  1-2  4-5   recent, few active days, high value
///   Potential         3-5  1-5  1-5   recent enough, not (yet) regular or valuable
///   Can't lose them   1-2  4-5  4-5   the best customers, gone quiet (churned best)
///   At risk           1-2  3-5  3-5   good customers, gone quiet
///   Hibernating       2    1-5  1-5   quiet, low value
///   Lost              1    1-5  1-5   longest inactive, low value
///
/// It covers all 125 score triples, so "Others" only appears with edited tables.
std::vector<SegmentRule> defaultSegmentRules();

/// Name of the first matching rule, or fallbackSegmentName().
QString segmentFor(const std::vector<SegmentRule>& rules, int r, int f, int m);

/// segmentFor() of every record, in record order.
std::vector<QString> assignSegments(const std::vector<RfmRecord>& records, const std::vector<SegmentRule>& rules);

/// Checks an edited table: non-empty names and 1 <= min <= max <= 5 on every range.
/// On failure sets a translated message naming the rule ("rule 3: ...").
bool validateSegmentRules(const std::vector<SegmentRule>& rules, QString* error);

/// Distinct rule names in table order (the row order of the segment summary).
QStringList segmentNames(const std::vector<SegmentRule>& rules);

} // namespace ul
