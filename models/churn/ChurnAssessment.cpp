// SPDX-License-Identifier: MIT
#include "churn/ChurnAssessment.h"

#include "churn/ChurnFeatures.h"
#include "churn/ChurnReasons.h"
#include "churn/LogisticRegression.h"

#include <algorithm>
#include <cmath>

namespace ul {

namespace {

/// The ridge penalty on standardised weights: small against thousands of examples, a real
/// pull towards zero for a few dozen.
constexpr double kLambda = 1.0;
/// Examples beyond this are sampled (evenly, by a hash): more add nothing but time.
constexpr size_t kMaxExamples = 200000;
constexpr int kMinExamples = 30;
constexpr int kMinPerOutcome = 5;

/// What scores: a fitted regression, or the activity-rate fallback.
struct Scorer {
    std::optional<LogisticModel> model;
    int within = 60;
    QString description;
    QStringList notes;

    double risk(const ChurnFacts& f) const
    {
        if (model) {
            const ChurnVector x = churnFeatures(f);
            return model->probability(x.data());
        }
        // At the rate of its active days in the last 90, the chance of none in `within` days.
        const double rate = std::clamp(f.active90 / double(kActiveDays), 0.0, 1.0);
        return std::pow(1.0 - rate, double(within));
    }

    std::vector<double> push(const ChurnFacts& f) const
    {
        if (model) {
            const ChurnVector x = churnFeatures(f);
            return model->contributions(x.data());
        }
        // The fallback reads the activity rate: say how active, and how recently.
        std::vector<double> p(kChurnFeatureCount, 0.0);
        p[ActiveShare30] = 2;
        p[DaysSince] = 1;
        return p;
    }
};

quint64 mix(quint64 v)
{
    v ^= v >> 33;
    v *= 0xff51afd7ed558ccdull;
    v ^= v >> 33;
    v *= 0xc4ceb9fe1a85ec53ull;
    return v ^ (v >> 33);
}

/// Trains on the references `first..last` (indices into the collector).
Scorer train(const ChurnFeatureCollector& collector, size_t first, size_t last, int within)
{
    Scorer s;
    s.within = within;
    std::vector<ChurnFacts> examples;
    int windows = 0;
    for (size_t r = first; r <= last && r < collector.references().size(); ++r) {
        std::vector<ChurnFacts> facts = collector.facts(r);
        windows += facts.empty() ? 0 : 1;
        examples.insert(examples.end(), facts.begin(), facts.end());
    }
    if (examples.size() > kMaxExamples) {
        // An even sample by a hash of customer and day: the same data gives the same model.
        const quint64 keep = quint64(double(~0ull) * (double(kMaxExamples) / double(examples.size())));
        std::erase_if(examples, [&](const ChurnFacts& f) {
            return mix((quint64(f.customer) << 32) ^ quint64(quint32(f.reference))) > keep;
        });
    }
    int churned = 0;
    for (const ChurnFacts& f : examples)
        churned += f.activeAfter ? 0 : 1;
    const int stayed = int(examples.size()) - churned;
    if (int(examples.size()) < kMinExamples || churned < kMinPerOutcome || stayed < kMinPerOutcome) {
        s.description = QStringLiteral("activity rate: (1 - active days of the last 90 / 90)^%1").arg(within);
        s.notes << QStringLiteral("too little history to learn from (%1 examples, %2 churned; %3 and %4 of each "
                                  "outcome needed): risk from each customer's activity rate alone")
                       .arg(examples.size())
                       .arg(churned)
                       .arg(kMinExamples)
                       .arg(kMinPerOutcome);
        return s;
    }
    std::vector<double> x;
    std::vector<char> y;
    x.reserve(examples.size() * kChurnFeatureCount);
    y.reserve(examples.size());
    for (const ChurnFacts& f : examples) {
        const ChurnVector v = churnFeatures(f);
        x.insert(x.end(), v.begin(), v.end());
        y.push_back(f.activeAfter ? 0 : 1);
    }
    s.model = fitLogistic(x, y, kChurnFeatureCount, kLambda);
    s.description = QStringLiteral("ridge logistic regression on %1 examples from %2 windows of %3 days (%4 churned)")
                        .arg(examples.size())
                        .arg(windows)
                        .arg(within)
                        .arg(churned);
    return s;
}

double rounded(double risk) { return std::round(risk * 10000.0) / 10000.0; }

} // namespace

int churnTrainingWindows(int within) { return std::clamp((240 + within - 1) / std::max(1, within), 2, 8); }

bool assessChurn(FactStore& store, qint64 metricId, const ChurnQuestion& q, ChurnAssessment* out, QString* error)
{
    *out = {};
    const int w = q.within;
    const int windows = churnTrainingWindows(w);
    // References asOf - k*within for k = 0 (scored) .. windows + 1 (the backtest's oldest).
    std::vector<Day> references;
    for (int k = 0; k <= windows + 1; ++k)
        references.push_back(q.asOf - k * w);
    ChurnFeatureCollector collector(references, w);
    const std::optional<Precision> p = store.precision(metricId, error);
    if (!p)
        return false;
    // Nothing after asOf is read: neither the features nor the labels may see it.
    const DateRange read{collector.firstDayNeeded(), q.asOf};
    if (!store.dayCells(
            metricId, read, std::nullopt,
            [&](const DayCell& c) { collector.add(c.customer, c.day, rawToDouble(*p, c.value)); }, error))
        return false;

    if (q.scores) {
        const Scorer scorer = train(collector, 1, size_t(windows), w);
        out->model = scorer.description;
        out->notes = scorer.notes;
        for (const ChurnFacts& f : collector.facts(0))
            out->scores.push_back(
                {f.customer, rounded(scorer.risk(f)), f.valueLast30, churnReason(f, scorer.push(f), q.metricName)});
        std::stable_sort(out->scores.begin(), out->scores.end(), [](const ChurnScore& a, const ChurnScore& b) {
            if (a.risk != b.risk)
                return a.risk > b.risk;
            if (a.valueAtRisk != b.valueAtRisk)
                return a.valueAtRisk > b.valueAtRisk;
            return a.customer < b.customer;
        });
    }
    if (q.accuracy) {
        const Scorer scorer = train(collector, 2, size_t(windows) + 1, w);
        out->accuracyModel = scorer.description;
        if (!q.scores)
            out->notes = scorer.notes;
        std::vector<double> risk;
        std::vector<char> churned;
        for (const ChurnFacts& f : collector.facts(1)) {
            risk.push_back(scorer.risk(f));
            churned.push_back(f.activeAfter ? 0 : 1);
        }
        out->accuracy = churnAccuracy(risk, churned);
    }
    return true;
}

} // namespace ul
