// SPDX-License-Identifier: MIT
#include "segments/SegmentRules.h"

#include <QCoreApplication>

namespace ul {

QString fallbackSegmentName() { return QStringLiteral("Others"); }

std::vector<SegmentRule> defaultSegmentRules()
{
    // Order matters (first match wins): the narrow boxes come before the broad ones that
    // contain them, e.g. Champions inside Loyal, Can't lose them inside At risk.
    return {
        {QStringLiteral("Champions"), 4, 5, 4, 5, 4, 5},        {QStringLiteral("Loyal"), 3, 5, 3, 5, 3, 5},
        {QStringLiteral("High-earning new"), 4, 5, 1, 2, 4, 5}, {QStringLiteral("Potential"), 3, 5, 1, 5, 1, 5},
        {QStringLiteral("Can't lose them"), 1, 2, 4, 5, 4, 5},  {QStringLiteral("At risk"), 1, 2, 3, 5, 3, 5},
        {QStringLiteral("Hibernating"), 2, 2, 1, 5, 1, 5},      {QStringLiteral("Lost"), 1, 1, 1, 5, 1, 5},
    };
}

QString segmentFor(const std::vector<SegmentRule>& rules, int r, int f, int m)
{
    for (const SegmentRule& rule : rules) {
        if (rule.matches(r, f, m))
            return rule.name;
    }
    return fallbackSegmentName();
}

std::vector<QString> assignSegments(const std::vector<RfmRecord>& records, const std::vector<SegmentRule>& rules)
{
    // Only 125 score triples exist: resolve each once so large inputs share the QString data.
    QString byScore[5][5][5];
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            for (int m = 1; m <= 5; ++m)
                byScore[r - 1][f - 1][m - 1] = segmentFor(rules, r, f, m);

    std::vector<QString> out;
    out.reserve(records.size());
    for (const RfmRecord& rec : records) {
        const bool scored = rec.r >= 1 && rec.r <= 5 && rec.f >= 1 && rec.f <= 5 && rec.m >= 1 && rec.m <= 5;
        out.push_back(scored ? byScore[rec.r - 1][rec.f - 1][rec.m - 1] : segmentFor(rules, rec.r, rec.f, rec.m));
    }
    return out;
}

bool validateSegmentRules(const std::vector<SegmentRule>& rules, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    auto rangeOk = [](int lo, int hi) { return lo >= 1 && hi <= 5 && lo <= hi; };
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const SegmentRule& rule = rules[i];
        const int number = int(i) + 1;
        if (rule.name.trimmed().isEmpty())
            return fail(QCoreApplication::translate("SegmentRules", "rule %1: the segment name is empty").arg(number));
        const struct {
            const char* score;
            int lo;
            int hi;
        } ranges[] = {{"R", rule.rMin, rule.rMax}, {"F", rule.fMin, rule.fMax}, {"M", rule.mMin, rule.mMax}};
        for (const auto& range : ranges) {
            if (!rangeOk(range.lo, range.hi))
                return fail(QCoreApplication::translate("SegmentRules", "rule %1 (%2): the %3 range %4-%5 is invalid "
                                                                        "(1 <= min <= max <= 5)")
                                .arg(number)
                                .arg(rule.name, QLatin1String(range.score))
                                .arg(range.lo)
                                .arg(range.hi));
        }
    }
    return true;
}

QStringList segmentNames(const std::vector<SegmentRule>& rules)
{
    QStringList names;
    for (const SegmentRule& rule : rules) {
        if (!names.contains(rule.name))
            names << rule.name;
    }
    return names;
}

} // namespace ul
