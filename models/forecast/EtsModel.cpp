// SPDX-License-Identifier: MIT
#include "forecast/EtsModel.h"

#include "forecast/NormalDraw.h"

#include <cmath>
#include <limits>

namespace ul {

namespace {

QString letter(EtsSpec::Trend t)
{
    switch (t) {
    case EtsSpec::Trend::None: return QStringLiteral("N");
    case EtsSpec::Trend::Additive: return QStringLiteral("A");
    case EtsSpec::Trend::Damped: return QStringLiteral("Ad");
    }
    return {};
}

QString letter(EtsSpec::Season s)
{
    switch (s) {
    case EtsSpec::Season::None: return QStringLiteral("N");
    case EtsSpec::Season::Additive: return QStringLiteral("A");
    case EtsSpec::Season::Multiplicative: return QStringLiteral("M");
    }
    return {};
}

/// One step of the recursion: the forecast of time t from the states, then (with the observed
/// value, or the forecast plus a drawn error) the updated states. Written in the error-
/// correction form, where the additive- and multiplicative-error models share their states.
struct Stepper {
    const EtsSpec& spec;
    const EtsParams& p;

    double trendTerm(const EtsState& s) const
    {
        switch (spec.trend) {
        case EtsSpec::Trend::None: return 0;
        case EtsSpec::Trend::Additive: return s.trend;
        case EtsSpec::Trend::Damped: return p.phi * s.trend;
        }
        return 0;
    }

    double forecast(const EtsState& s, int t) const
    {
        const double base = s.level + trendTerm(s);
        switch (spec.season) {
        case EtsSpec::Season::None: return base;
        case EtsSpec::Season::Additive: return base + s.season[size_t(t % spec.period)];
        case EtsSpec::Season::Multiplicative: return base * s.season[size_t(t % spec.period)];
        }
        return base;
    }

    /// Updates the states with the error e = y - forecast at time t.
    void update(EtsState& s, int t, double e) const
    {
        const double damped = trendTerm(s);
        const double base = s.level + damped;
        if (spec.season == EtsSpec::Season::Multiplicative) {
            double& season = s.season[size_t(t % spec.period)];
            const double oldSeason = season;
            s.level = base + p.alpha * e / oldSeason;
            s.trend = damped + p.beta * e / oldSeason;
            season = oldSeason + p.gamma * e / base;
            return;
        }
        s.level = base + p.alpha * e;
        s.trend = damped + p.beta * e;
        if (spec.season == EtsSpec::Season::Additive)
            s.season[size_t(t % spec.period)] += p.gamma * e;
    }
};

} // namespace

QString EtsSpec::code() const
{
    return QStringLiteral("ETS(%1,%2,%3)")
        .arg(error == Error::Additive ? QStringLiteral("A") : QStringLiteral("M"), letter(trend), letter(season));
}

QString EtsSpec::description() const
{
    const QString e = error == Error::Additive ? QStringLiteral("additive error")
                                               : QStringLiteral("multiplicative error");
    const QString t = trend == Trend::None       ? QStringLiteral("no trend")
                      : trend == Trend::Additive ? QStringLiteral("additive trend")
                                                 : QStringLiteral("damped trend");
    const QString s = season == Season::None       ? QStringLiteral("no season")
                      : season == Season::Additive ? QStringLiteral("additive season of %1").arg(period)
                                                   : QStringLiteral("multiplicative season of %1").arg(period);
    return QStringLiteral("%1, %2, %3").arg(e, t, s);
}

int EtsSpec::smoothingCount() const
{
    return 1 + (trend != Trend::None ? 1 : 0) + (season != Season::None ? 1 : 0) + (trend == Trend::Damped ? 1 : 0);
}

int EtsSpec::parameterCount() const
{
    return smoothingCount() + 1 + (trend != Trend::None ? 1 : 0) + (season != Season::None ? period - 1 : 0) + 1;
}

EtsRun runEts(const EtsSpec& spec, const EtsParams& params, const EtsState& initial, const std::vector<double>& y)
{
    // The estimation runs this thousands of times: one flat loop, no modulo, no log per value.
    EtsRun run;
    run.length = int(y.size());
    run.fitted.resize(y.size());
    const bool multiplicative = spec.error == EtsSpec::Error::Multiplicative;
    const bool seasonA = spec.season == EtsSpec::Season::Additive;
    const bool seasonM = spec.season == EtsSpec::Season::Multiplicative;
    const bool needsPositive = multiplicative || seasonM;
    const bool hasTrend = spec.trend != EtsSpec::Trend::None;
    const double phi = spec.trend == EtsSpec::Trend::Damped ? params.phi : 1.0;
    const double alpha = params.alpha, beta = params.beta, gamma = params.gamma;
    double level = initial.level, trend = hasTrend ? initial.trend : 0.0;
    std::vector<double> season = initial.season;
    const size_t m = seasonA || seasonM ? season.size() : 0;
    size_t j = 0;
    double logSum = 0, product = 1; // sum of log|mu|, kept as a product renormalised now and then
    constexpr double inf = std::numeric_limits<double>::infinity();
    for (size_t t = 0; t < y.size(); ++t) {
        const double damped = phi * trend;
        const double base = level + damped;
        const double mu = seasonA ? base + season[j] : seasonM ? base * season[j] : base;
        if (!std::isfinite(mu) || (needsPositive && mu <= 0)) {
            run.objective = inf;
            return run;
        }
        run.fitted[t] = mu;
        const double e = y[t] - mu;
        if (multiplicative) {
            const double relative = e / mu;
            run.sse += relative * relative;
            product *= mu;
            if (product > 1e150 || product < 1e-150) {
                logSum += std::log(product);
                product = 1;
            }
        } else {
            run.sse += e * e;
        }
        if (seasonM) {
            const double s = season[j];
            level = base + alpha * e / s;
            if (hasTrend)
                trend = damped + beta * e / s;
            season[j] = s + gamma * e / base;
        } else {
            level = base + alpha * e;
            if (hasTrend)
                trend = damped + beta * e;
            if (seasonA)
                season[j] += gamma * e;
        }
        if (m && ++j == m)
            j = 0;
    }
    logSum += std::log(product);
    run.last.level = level;
    run.last.trend = trend;
    run.last.season = std::move(season);
    const double n = double(y.size());
    // A perfect fit (a flat series) would make log(0): a floor far below any real error keeps the
    // comparison finite and lets the parameter count decide between equally perfect models. It is
    // scaled so that additive and multiplicative errors meet the same floor (mu ~ the data).
    double scale = 0;
    for (double v : y)
        scale += std::abs(v) / n;
    const double relativeFloor = n * 1e-20;
    const double floor = multiplicative ? relativeFloor : relativeFloor * std::max(scale * scale, 1e-300);
    run.objective = n * std::log(std::max(run.sse, floor)) + 2.0 * logSum;
    if (!std::isfinite(run.objective))
        run.objective = inf;
    return run;
}

std::vector<double> etsPointForecast(const EtsSpec& spec, const EtsParams& params, const EtsState& origin, int length,
                                     int horizon)
{
    const Stepper step{spec, params};
    EtsState s = origin;
    std::vector<double> out;
    out.reserve(size_t(std::max(0, horizon)));
    for (int h = 0; h < horizon; ++h) {
        const int t = length + h;
        out.push_back(step.forecast(s, t));
        step.update(s, t, 0.0);
    }
    return out;
}

std::vector<double> etsAnalyticVariance(const EtsSpec& spec, const EtsParams& params, double sigma2, int horizon)
{
    std::vector<double> out;
    out.reserve(size_t(std::max(0, horizon)));
    double sum = 0;    // sum of c_j^2 for j < h
    double phiSum = 0; // phi + phi^2 + ... + phi^j
    double phiPow = 1;
    for (int h = 1; h <= horizon; ++h) {
        out.push_back(sigma2 * (1.0 + sum));
        const int j = h; // c_j for the next horizon
        double c = params.alpha;
        if (spec.trend == EtsSpec::Trend::Additive)
            c += params.beta * j;
        if (spec.trend == EtsSpec::Trend::Damped) {
            phiPow *= params.phi;
            phiSum += phiPow;
            c += params.beta * phiSum;
        }
        if (spec.season == EtsSpec::Season::Additive && spec.period > 1 && j % spec.period == 0)
            c += params.gamma;
        sum += c * c;
    }
    return out;
}

std::vector<std::vector<double>> etsSimulate(const EtsSpec& spec, const EtsParams& params, const EtsState& origin,
                                             int length, double sigma2, int horizon, int paths, quint64 seed)
{
    const Stepper step{spec, params};
    NormalDraw draw(seed);
    const double sigma = std::sqrt(std::max(0.0, sigma2));
    const bool multiplicative = spec.error == EtsSpec::Error::Multiplicative;
    std::vector<std::vector<double>> out(static_cast<size_t>(paths), std::vector<double>(static_cast<size_t>(horizon)));
    for (int p = 0; p < paths; ++p) {
        EtsState s = origin;
        for (int h = 0; h < horizon; ++h) {
            const int t = length + h;
            const double mu = step.forecast(s, t);
            const double eps = sigma * draw.next();
            const double y = multiplicative ? mu * (1.0 + eps) : mu + eps;
            out[size_t(p)][size_t(h)] = y;
            step.update(s, t, y - mu);
        }
    }
    return out;
}

} // namespace ul
