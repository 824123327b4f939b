// SPDX-License-Identifier: MIT
#include "churn/ChurnReasons.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace ul {

namespace {

/// "−62%" / "+5%": a real minus sign, as a person would write it.
QString signedPercent(double pct)
{
    const long rounded = std::lround(pct);
    if (rounded == 0)
        return QStringLiteral("±0%");
    return (rounded < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + QString::number(std::labs(rounded))
           + QLatin1Char('%');
}

/// A usage amount with at most three significant digits below 100, whole above.
QString amount(double v)
{
    if (std::abs(v) >= 100)
        return QLocale::c().toString(double(std::llround(v)), 'f', 0);
    return QLocale::c().toString(v, 'g', 3);
}

QString days(int n) { return n == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(n); }

/// The relative change of `now` against `before` in percent; unset when `before` is 0.
std::optional<double> percentChange(double now, double before)
{
    if (before == 0)
        return std::nullopt;
    return (now - before) / std::abs(before) * 100.0;
}

} // namespace

QString describeChurnSignal(ChurnFeature feature, const ChurnFacts& f, const QString& metric)
{
    switch (feature) {
    case RecentChange:
    case RelativeChange: {
        const std::optional<double> change = percentChange(f.recent, f.earlier);
        if (!change)
            return f.recent == 0 ? QStringLiteral("no %1 in 12 weeks").arg(metric)
                                 : QStringLiteral("%1 only in the last 4 weeks").arg(metric);
        if (f.recent == 0)
            return QStringLiteral("no %1 in the last 4 weeks (%2 a day in the 8 before)")
                .arg(metric, amount(f.earlier));
        if (feature == RecentChange)
            return QStringLiteral("%1 %2 over the last 4 weeks vs the 8 before").arg(metric, signedPercent(*change));
        // The workspace's own change over the same weeks, from its symmetric form c: (1+c)/(1-c) - 1.
        const double c = std::clamp(f.workspaceChange, -0.999, 0.999);
        return QStringLiteral("%1 %2 over 4 weeks while all customers went %3")
            .arg(metric, signedPercent(*change), signedPercent(((1 + c) / (1 - c) - 1) * 100.0));
    }
    case WeeklySlope: {
        double mean = 0;
        for (double w : f.weeks)
            mean += std::abs(w) / double(f.weeks.size());
        const ChurnVector x = churnFeatures(f);
        const double perWeek = x[WeeklySlope] * 100.0;
        if (mean == 0 || std::lround(perWeek) == 0)
            return QStringLiteral("%1 flat over 8 weeks").arg(metric);
        return QStringLiteral("%1 %2 %3% a week over 8 weeks")
            .arg(metric, perWeek < 0 ? QStringLiteral("falling") : QStringLiteral("rising"))
            .arg(std::labs(std::lround(perWeek)));
    }
    case ActiveShare30: return QStringLiteral("active days %1 of last 30").arg(f.active30);
    case ActiveShare7: return QStringLiteral("active days %1 of last 7").arg(f.active7);
    case EarlierShare:
        return QStringLiteral("active days %1 of the 60 before the last 30").arg(f.active90 - f.active30);
    case DaysSince:
        return f.daysSince == 0 ? QStringLiteral("active on the last day")
                                : QStringLiteral("no activity for %1").arg(days(f.daysSince));
    case LongestGap:
        return f.longestGap == 0 ? QStringLiteral("no gap in the last 90 days")
                                 : QStringLiteral("a gap of %1 in the last 90 days").arg(days(f.longestGap));
    case Tenure:
        return f.tenure >= kTenureCap - 1 ? QStringLiteral("customer for %1+ days").arg(kTenureCap)
                                          : QStringLiteral("customer for %1").arg(days(f.tenure + 1));
    case UsageLevel: return QStringLiteral("%1 %2 a day over 12 weeks").arg(metric, amount(f.level));
    case kChurnFeatureCount: break;
    }
    return QString();
}

QString churnReason(const ChurnFacts& facts, const std::vector<double>& push, const QString& metric)
{
    std::vector<int> order(push.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return push[size_t(a)] > push[size_t(b)]; });
    QStringList parts;
    bool changeSaid = false;
    for (int f : order) {
        // The two change signals describe the same weeks: one of them is enough.
        const bool isChange = f == RecentChange || f == RelativeChange;
        if (isChange && changeSaid)
            continue;
        changeSaid = changeSaid || isChange;
        parts << describeChurnSignal(ChurnFeature(f), facts, metric);
        if (parts.size() == 2)
            break;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace ul
