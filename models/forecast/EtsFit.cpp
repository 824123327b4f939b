// SPDX-License-Identifier: MIT
#include "forecast/EtsFit.h"

#include "core/LinearSolve.h"
#include "forecast/NelderMead.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ul {

namespace {

double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }
double logit(double p) { return std::log(p / (1.0 - p)); }

/// Least-squares line through (t, v[t]) for t < count: intercept at t = 0 and slope.
std::pair<double, double> lineThrough(const std::vector<double>& v, size_t count)
{
    count = std::min(count, v.size());
    if (count < 2)
        return {count ? v[0] : 0.0, 0.0};
    double st = 0, sv = 0, stt = 0, stv = 0;
    for (size_t t = 0; t < count; ++t) {
        st += double(t);
        sv += v[t];
        stt += double(t) * double(t);
        stv += double(t) * v[t];
    }
    const double n = double(count);
    const double denominator = n * stt - st * st;
    const double slope = denominator != 0 ? (n * stv - st * sv) / denominator : 0.0;
    return {(sv - slope * st) / n, slope};
}

/// The spread of a series, for the scale of the level and trend adjustments.
double spreadOf(const std::vector<double>& y)
{
    double mean = 0;
    for (double v : y)
        mean += v / double(y.size());
    double var = 0;
    for (double v : y)
        var += (v - mean) * (v - mean) / double(y.size());
    const double sd = std::sqrt(var);
    if (sd > 0)
        return sd;
    return std::abs(mean) > 0 ? std::abs(mean) : 1.0;
}

} // namespace

EtsState initialEtsStates(const EtsSpec& spec, const std::vector<double>& y)
{
    EtsState s;
    const size_t n = y.size();
    const int m = spec.period;
    std::vector<double> adjusted = y;
    if (spec.season != EtsSpec::Season::None && m > 1 && n >= size_t(2 * m)) {
        const bool mult = spec.season == EtsSpec::Season::Multiplicative;
        // Every whole season of the fit window: a few seasons leave one noisy value per position.
        const size_t len = (n / size_t(m)) * size_t(m);
        // Centred moving average over one season (2 x m for an even m).
        std::vector<double> sum(size_t(m), 0.0);
        std::vector<int> count(size_t(m), 0);
        const size_t half = size_t(m / 2);
        for (size_t t = half; t + half < len; ++t) {
            double ma = 0;
            if (m % 2 == 0) {
                ma = 0.5 * y[t - half] + 0.5 * y[t + half];
                for (size_t j = t - half + 1; j < t + half; ++j)
                    ma += y[j];
            } else {
                for (size_t j = t - half; j <= t + half; ++j)
                    ma += y[j];
            }
            ma /= double(m);
            if (mult && ma <= 0)
                continue;
            sum[t % size_t(m)] += mult ? y[t] / ma : y[t] - ma;
            ++count[t % size_t(m)];
        }
        s.season.assign(size_t(m), mult ? 1.0 : 0.0);
        double total = 0;
        for (size_t j = 0; j < size_t(m); ++j) {
            if (count[j])
                s.season[j] = sum[j] / count[j];
            total += s.season[j];
        }
        // Normalised: additive terms sum to zero, multiplicative ones average one.
        for (double& v : s.season)
            v = mult ? (total > 0 ? v * double(m) / total : 1.0) : v - total / double(m);
        if (mult)
            for (double& v : s.season)
                v = std::max(v, 1e-3);
        for (size_t t = 0; t < n; ++t)
            adjusted[t] = mult ? y[t] / s.season[t % size_t(m)] : y[t] - s.season[t % size_t(m)];
    }
    const size_t head = spec.season != EtsSpec::Season::None ? std::max<size_t>(size_t(2 * m), 10) : 10;
    const auto [intercept, slope] = lineThrough(adjusted, head);
    if (spec.trend != EtsSpec::Trend::None) {
        s.trend = slope;
        s.level = intercept - slope; // the state before the first value
    } else {
        double mean = 0;
        const size_t k = std::min<size_t>(n, std::max<size_t>(size_t(m), 5));
        for (size_t t = 0; t < k; ++t)
            mean += adjusted[t] / double(k);
        s.level = mean;
    }
    return s;
}

std::optional<EtsState> bestInitialStates(const EtsSpec& spec, const EtsParams& params, const std::vector<double>& y)
{
    if (!spec.analyticVariance() || y.empty())
        return std::nullopt;
    const bool trend = spec.trend != EtsSpec::Trend::None;
    const int m = spec.season == EtsSpec::Season::Additive ? spec.period : 0;
    // Columns: level, trend, and season j against the last one (the season sums to zero).
    std::vector<EtsState> basis;
    EtsState zero;
    zero.season.assign(size_t(std::max(m, 0)), 0.0);
    EtsState unit = zero;
    unit.level = 1;
    basis.push_back(unit);
    if (trend) {
        unit = zero;
        unit.trend = 1;
        basis.push_back(unit);
    }
    for (int j = 0; j + 1 < m; ++j) {
        unit = zero;
        unit.season[size_t(j)] = 1;
        unit.season[size_t(m - 1)] = -1;
        basis.push_back(unit);
    }
    // The recursion is linear in the data and the initial states: the errors are those from zero
    // states plus, per column, minus the forecasts the column alone makes on zero data.
    const EtsRun fromZero = runEts(spec, params, zero, y);
    const std::vector<double> none(y.size(), 0.0);
    const size_t k = basis.size(), n = y.size();
    std::vector<std::vector<double>> columns;
    for (const EtsState& b : basis)
        columns.push_back(runEts(spec, params, b, none).fitted);
    std::vector<double> ata(k * k, 0.0), atb(k, 0.0);
    for (size_t i = 0; i < k; ++i) {
        for (size_t t = 0; t < n; ++t)
            atb[i] += columns[i][t] * (y[t] - fromZero.fitted[t]);
        for (size_t j = 0; j <= i; ++j) {
            double sum = 0;
            for (size_t t = 0; t < n; ++t)
                sum += columns[i][t] * columns[j][t];
            ata[i * k + j] = ata[j * k + i] = sum;
        }
    }
    std::vector<double> x;
    if (!solveLinear(ata, atb, int(k), &x))
        return std::nullopt;
    EtsState out = zero;
    out.level = x[0];
    size_t i = 1;
    if (trend)
        out.trend = x[i++];
    for (int j = 0; j + 1 < m; ++j, ++i) {
        out.season[size_t(j)] += x[i];
        out.season[size_t(m - 1)] -= x[i];
    }
    return out;
}

std::optional<EtsFit> fitEts(const EtsSpec& spec, const std::vector<double>& y)
{
    const int n = int(y.size());
    const int k = spec.parameterCount();
    if (n - k - 1 <= 0 || n < 2)
        return std::nullopt;
    EtsState start = initialEtsStates(spec, y);
    const bool trend = spec.trend != EtsSpec::Trend::None;
    const bool season = spec.season != EtsSpec::Season::None;
    const bool damped = spec.trend == EtsSpec::Trend::Damped;
    const double scale = spreadOf(y);
    // theta: logit alpha, [logit beta/alpha], [logit gamma/(1-alpha)], [logit (phi-0.8)/0.18],
    // then (when `offsets`) level offset and [trend offset] in units of a fifth of the spread
    // (a fiftieth for the trend).
    const auto decode = [&](const std::vector<double>& th, bool offsets, EtsParams* p, EtsState* s) {
        size_t i = 0;
        p->alpha = 1e-4 + (1.0 - 2e-4) * sigmoid(th[i++]);
        if (trend)
            p->beta = p->alpha * sigmoid(th[i++]);
        if (season)
            p->gamma = (1.0 - p->alpha) * sigmoid(th[i++]);
        if (damped)
            p->phi = 0.8 + 0.18 * sigmoid(th[i++]);
        *s = start;
        if (!offsets)
            return;
        s->level = start.level + th[i++] * scale * 0.2;
        if (trend)
            s->trend = start.trend + th[i++] * scale * 0.02;
    };
    const auto thetaOf = [&](double alpha, bool offsets) {
        std::vector<double> th{logit(alpha)};
        if (trend)
            th.push_back(logit(0.1));
        if (season)
            th.push_back(logit(0.1));
        if (damped)
            th.push_back(logit(0.8));
        if (offsets) {
            th.push_back(0.0);
            if (trend)
                th.push_back(0.0);
        }
        return th;
    };
    const auto objective = [&](bool offsets) {
        return [&, offsets](const std::vector<double>& th) {
            EtsParams p;
            EtsState s;
            decode(th, offsets, &p, &s);
            return runEts(spec, p, s, y).objective;
        };
    };
    // A start from a coarse look at alpha: the simplex stays near where it begins, and a slowly
    // moving level (alpha near 0) and a nervous one are different valleys.
    std::vector<double> theta;
    double bestStart = std::numeric_limits<double>::infinity();
    for (const double alpha : {0.02, 0.1, 0.3, 0.7}) {
        std::vector<double> th = thetaOf(alpha, true);
        const double v = objective(true)(th);
        if (theta.empty() || v < bestStart) {
            bestStart = v;
            theta = std::move(th);
        }
    }
    Minimum best = nelderMead(objective(true), theta, 0.6, 100 + 40 * int(theta.size()), 1e-6);
    if (!std::isfinite(best.value))
        return std::nullopt;
    EtsFit fit;
    fit.spec = spec;
    decode(best.x, true, &fit.params, &fit.initial);
    // Linear models: the initial states that fit best for these parameters are a least-squares
    // solution; then the parameters once more for those states, and the states for those.
    if (const std::optional<EtsState> refined = bestInitialStates(spec, fit.params, y)) {
        start = *refined;
        std::vector<double> smoothing(best.x.begin(), best.x.begin() + spec.smoothingCount());
        const Minimum polished = nelderMead(objective(false), smoothing, 0.3, 40 + 20 * int(smoothing.size()), 1e-7);
        EtsParams p;
        EtsState s;
        decode(polished.x, false, &p, &s);
        if (const std::optional<EtsState> again = bestInitialStates(spec, p, y)) {
            const EtsRun candidate = runEts(spec, p, *again, y);
            if (candidate.objective <= runEts(spec, fit.params, fit.initial, y).objective) {
                fit.params = p;
                fit.initial = *again;
            }
        }
    }
    fit.run = runEts(spec, fit.params, fit.initial, y);
    if (!std::isfinite(fit.run.objective))
        return std::nullopt;
    fit.sigma2 = fit.run.sse / double(std::max(1, n - k));
    fit.aicc = fit.run.objective + 2.0 * k + 2.0 * k * (k + 1) / double(n - k - 1);
    return fit;
}

std::vector<EtsSpec> etsCandidates(const std::vector<double>& y, int period, QStringList* notes)
{
    using E = EtsSpec::Error;
    using T = EtsSpec::Trend;
    using S = EtsSpec::Season;
    const bool positive = !y.empty() && std::all_of(y.begin(), y.end(), [](double v) { return v > 0; });
    const bool seasonal = period > 1 && y.size() >= size_t(2 * period);
    if (period > 1 && !seasonal && notes)
        notes->push_back(QStringLiteral("fewer than two whole seasons (%1 periods, %2 needed): no seasonal model")
                             .arg(y.size())
                             .arg(2 * period));
    if (!positive && notes && !y.empty())
        notes->push_back(QStringLiteral("zero or negative values: additive models only"));
    std::vector<EtsSpec> out;
    for (const E e : {E::Additive, E::Multiplicative}) {
        if (e == E::Multiplicative && !positive)
            continue;
        for (const T t : {T::None, T::Additive, T::Damped}) {
            for (const S s : {S::None, S::Additive, S::Multiplicative}) {
                if (s != S::None && !seasonal)
                    continue;
                // Additive error with a multiplicative season has an unstable variance (Hyndman
                // et al. leave it out by default); a multiplicative season needs positive data.
                if (s == S::Multiplicative && (e == E::Additive || !positive))
                    continue;
                out.push_back(EtsSpec{e, t, s, s == S::None ? 1 : period});
            }
        }
    }
    return out;
}

std::optional<EtsFit> selectEts(const std::vector<double>& y, int period, QStringList* notes)
{
    std::optional<EtsFit> best;
    for (const EtsSpec& spec : etsCandidates(y, period, notes)) {
        std::optional<EtsFit> fit = fitEts(spec, y);
        if (fit && (!best || fit->aicc < best->aicc))
            best = std::move(fit);
    }
    return best;
}

} // namespace ul
