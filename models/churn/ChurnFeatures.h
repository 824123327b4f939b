// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"

#include <QtGlobal>

#include <array>
#include <vector>

namespace ul {

/// Days of activity and usage a customer had up to a reference day T (nothing after T is in
/// them), and whether it was active in the `within` days after T (the label, when known).
struct ChurnFacts {
    quint32 customer = 0;
    Day reference = 0;
    double recent = 0;             ///< usage per day over the last 28 days (T-27..T)
    double earlier = 0;            ///< usage per day over the 56 days before those (T-83..T-28)
    double level = 0;              ///< usage per day over the last 84 days
    std::array<double, 8> weeks{}; ///< usage per week, oldest first; the last ends on T
    int active7 = 0;               ///< days with activity among the last 7
    int active30 = 0;              ///< ... the last 30
    int active90 = 0;              ///< ... the last 90 (at least 1: the customer is in the population)
    int daysSince = 0;             ///< T minus the last day with activity
    int longestGap = 0;            ///< most days without activity between two active days in the last 90
    int tenure = 0;                ///< T minus the first day with activity, counted at most kTenureCap back
    double valueLast30 = 0;        ///< usage over the last 30 days (value at risk)
    bool activeAfter = false;      ///< active in (T, T + within]: known only when T + within <= as-of
    double workspaceChange = 0;    ///< the change() of all customers' usage over the same windows
};

/// How far back a customer's first activity is looked for: tenure is capped there.
inline constexpr int kTenureCap = 180;
/// A customer is scored (and an example) when active in the 90 days up to the reference day.
inline constexpr int kActiveDays = 90;

/// The features the model weighs, from the facts (kChurnFeatureCount of them).
enum ChurnFeature {
    RecentChange,   ///< (recent - earlier) / (|recent| + |earlier|), in [-1, 1]
    RelativeChange, ///< the same minus the workspace's: a change every customer shares (a season) is no signal
    WeeklySlope,    ///< least-squares slope of the 8 weekly sums over their mean, in [-1, 1]
    ActiveShare30,  ///< active days / 30
    ActiveShare7,   ///< active days / 7
    EarlierShare,   ///< active days among days 31..90 back / 60
    DaysSince,      ///< log(1 + days since the last activity)
    LongestGap,     ///< log(1 + longest gap in the last 90 days)
    Tenure,         ///< log(1 + tenure in days, capped)
    UsageLevel,     ///< asinh(usage per day over 12 weeks): larger customers churn less often
    kChurnFeatureCount
};

using ChurnVector = std::array<double, kChurnFeatureCount>;

/// The symmetric relative change (a - b) / (|a| + |b|), 0 when both are 0.
double symmetricChange(double recent, double earlier);
ChurnVector churnFeatures(const ChurnFacts& facts);

/// Collects the facts of every customer at several reference days in one pass over day cells
/// (store order: by month, then customer and day; a customer's days come in order). Memory is
/// per customer and reference day, not per cell. One thread.
class ChurnFeatureCollector {
public:
    /// `references`: the days T; `within`: the label window after each.
    ChurnFeatureCollector(std::vector<Day> references, int within);
    /// The first day a pass must include (kTenureCap days before the earliest reference).
    Day firstDayNeeded() const;
    void add(quint32 customer, Day day, double value);
    /// The population of reference `index` (active in its last 90 days), by customer.
    std::vector<ChurnFacts> facts(size_t index) const;
    const std::vector<Day>& references() const { return m_references; }

private:
    struct Accumulator {
        double recent = 0, earlier = 0, last30 = 0;
        std::array<float, 8> weeks{}; ///< weeks[0] ends on T (only their shape counts)
        quint16 active7 = 0, active30 = 0, active90 = 0;
        Day first = 0, last = 0, previous = 0;
        int longestGap = 0;
        bool seen = false, seenRecent = false, after = false;
    };
    struct Reference {
        Day day = 0;
        std::vector<qint32> slot; ///< by customer id: index into accumulators, -1 when none
        std::vector<Accumulator> accumulators;
        std::vector<quint32> customers; ///< per accumulator
    };

    std::vector<Day> m_references;
    std::vector<Reference> m_refs;
    int m_within = 60;
};

} // namespace ul
