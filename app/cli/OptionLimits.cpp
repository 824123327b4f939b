// SPDX-License-Identifier: MIT
#include "cli/OptionLimits.h"

#include <cmath>

namespace ul {

const std::vector<OptionLimit>& optionLimits()
{
    // Upper ends bound the work: a histogram of 1,000 bins, ten years of health periods, a
    // k-means of 50 clusters; past them the answer is no better, only slower.
    static const std::vector<OptionLimit> limits{
        {"usagelens export", "top", 1, 1000, true, nullptr, "export"},
        {"usagelens snapshot", "top", 1, 100, true, nullptr, "snapshot"},
        {"*", "top", 0, 100000, true, nullptr, "pivot"}, // 0: every row (the pivot only)
        {"*", "bins", 1, 1000, true, nullptr, "histogram"},
        {"*", "new-within", 1, 3660, true, nullptr, "top-new"},
        {"*", "periods", 1, 120, true, nullptr, "health"},
        {"*", "threshold-pct", 0.01, 1000, false, nullptr, "health"},
        {"*", "billing-months", 1, 36, true, nullptr, "mrr"},
        {"*", "spend", 0, 1e12, false, nullptr, "unit-economics"},
        {"*", "margin-pct", 0, 100, false, nullptr, "unit-economics"},
        {"*", "k", 2, 50, true, "auto", "cluster-summary"},
        {"*", "eps", 1e-6, 1e6, false, nullptr, "cluster-summary"},
        {"*", "min-points", 1, 100000, true, nullptr, "cluster-summary"},
        {"*", "query-timeout", 1, 86400, true, nullptr, "import"},
        // The forecast's horizon is further bound by the granularity (60 months, 104 weeks...):
        // RequestOptions says which; this is the widest, at days.
        {"*", "horizon", 1, 366, true, nullptr, "forecast"},
        {"*", "within", 7, 365, true, nullptr, "churn-risk"},
        {"*", "min-total", -1e15, 1e15, false, nullptr, "distribution"},
        {"*", "max-total", -1e15, 1e15, false, nullptr, "distribution"},
        {"*", "id", 1, 9007199254740991.0, true, nullptr, "note"},
    };
    return limits;
}

const OptionLimit* findOptionLimit(const QString& command, const QString& option)
{
    for (const OptionLimit& l : optionLimits())
        if (option == QLatin1String(l.option)
            && (command == QLatin1String(l.command) || QLatin1String(l.command) == QLatin1String("*")))
            return &l;
    return nullptr;
}

namespace {

QString number(double v) { return QString::number(v, 'g', 16); }

QString rangeText(const OptionLimit& l)
{
    const QString range = QStringLiteral("%1 %2 to %3")
                              .arg(l.wholeNumber ? QStringLiteral("a whole number from")
                                                 : QStringLiteral("a number from"),
                                   number(l.min), number(l.max));
    return l.word ? QStringLiteral("%1, or %2").arg(range, QLatin1String(l.word)) : range;
}

} // namespace

bool checkOptionLimits(const QString& command, const QCommandLineParser& parser, QString* error)
{
    for (const QString& name : parser.optionNames()) {
        const OptionLimit* l = findOptionLimit(command, name);
        if (!l)
            continue;
        const QStringList values = parser.values(name);
        for (const QString& raw : values) {
            const QString text = raw.trimmed();
            if (l->word && text == QLatin1String(l->word))
                continue;
            bool ok = false;
            double value = 0;
            if (l->wholeNumber) {
                const qlonglong whole = text.toLongLong(&ok);
                value = double(whole);
            } else {
                value = text.toDouble(&ok);
            }
            // toDouble() takes "nan" and "inf": neither is a size.
            if (!ok || !std::isfinite(value) || value < l->min || value > l->max) {
                *error = QStringLiteral("--%1 takes %2, got '%3'").arg(name, rangeText(*l), raw);
                return false;
            }
        }
    }
    return true;
}

} // namespace ul
