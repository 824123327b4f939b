// SPDX-License-Identifier: MIT
#include "forecast/SeriesForecast.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace ul {

namespace {

/// Linear interpolation between order statistics (the usual "type 7" sample quantile).
double quantile(std::vector<double>& sorted, double q)
{
    const double pos = q * double(sorted.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(sorted.size() - 1, lo + 1);
    return sorted[lo] + (pos - double(lo)) * (sorted[hi] - sorted[lo]);
}

void setBands(SeriesForecast* f, size_t h, double lo80, double hi80, double lo95, double hi95)
{
    f->lower80[h] = lo80;
    f->upper80[h] = hi80;
    f->lower95[h] = lo95;
    f->upper95[h] = hi95;
}

void resizeBands(SeriesForecast* f, int horizon)
{
    for (auto* v : {&f->lower80, &f->upper80, &f->lower95, &f->upper95})
        v->assign(size_t(std::max(0, horizon)), std::nullopt);
}

/// Everything printed must be a number: a value that overflowed is dropped, never "inf". With
/// `nonNegative`, forecasts and bands stop at zero.
void sanitize(SeriesForecast* f, bool nonNegative)
{
    const auto fix = [nonNegative](std::optional<double>& v) {
        if (v && !std::isfinite(*v))
            v.reset();
        else if (v && nonNegative)
            v = std::max(0.0, *v);
    };
    for (auto& v : f->fitted)
        fix(v);
    for (double& v : f->mean) {
        if (!std::isfinite(v))
            v = 0; // only a broken-down model gets here; its bands are dropped below
        else if (nonNegative)
            v = std::max(0.0, v);
    }
    for (size_t h = 0; h < f->mean.size(); ++h) {
        for (auto* band : {&f->lower80, &f->upper80, &f->lower95, &f->upper95})
            fix((*band)[h]);
        // A band is whole or not at all.
        if (!f->lower80[h] || !f->upper80[h] || !f->lower95[h] || !f->upper95[h])
            for (auto* band : {&f->lower80, &f->upper80, &f->lower95, &f->upper95})
                (*band)[h].reset();
    }
}

} // namespace

SeriesForecast naiveForecast(const std::vector<double>& y, int period, int horizon, const ForecastOptions& options)
{
    SeriesForecast f;
    const size_t n = y.size();
    const int m = period > 1 && n > size_t(period) ? period : 1;
    f.model = m > 1 ? QStringLiteral("seasonal_naive") : QStringLiteral("naive");
    f.description = m > 1 ? QStringLiteral("the value one season (%1 periods) earlier").arg(m)
                          : QStringLiteral("the last value carried forward");
    f.fittedPeriods = int(n);
    f.fitted.assign(n, std::nullopt);
    f.mean.assign(size_t(std::max(0, horizon)), 0.0);
    resizeBands(&f, horizon);
    if (n == 0) {
        f.model = QStringLiteral("none");
        f.description = QStringLiteral("no forecast");
        f.notes << QStringLiteral("no whole period to learn from");
        return f;
    }
    // Residuals of the in-sample (seasonal) naive fit: their spread is the one-step error.
    double sum2 = 0;
    int residuals = 0;
    for (size_t t = size_t(m); t < n; ++t) {
        f.fitted[t] = y[t - size_t(m)];
        const double e = y[t] - y[t - size_t(m)];
        sum2 += e * e;
        ++residuals;
    }
    const double sigma = residuals ? std::sqrt(sum2 / residuals) : 0.0;
    for (int h = 1; h <= horizon; ++h) {
        const int seasonsAhead = (h - 1) / m + 1; // m = 1: h
        f.mean[size_t(h - 1)] = y[n - size_t(m) + size_t((h - 1) % m)];
        if (!residuals)
            continue; // one value: no spread to go by
        const double sd = sigma * std::sqrt(double(seasonsAhead));
        const double mu = f.mean[size_t(h - 1)];
        setBands(&f, size_t(h - 1), mu - kZ80 * sd, mu + kZ80 * sd, mu - kZ95 * sd, mu + kZ95 * sd);
    }
    sanitize(&f, options.nonNegative);
    return f;
}

ForecastModel chooseForecastModel(const std::vector<double>& history, int period, const ForecastOptions& options)
{
    ForecastModel model;
    model.period = period;
    if (history.size() < size_t(kMinEtsPeriods)) {
        if (!history.empty())
            model.notes << QStringLiteral("fewer than %1 whole periods (%2): the last value carried forward")
                               .arg(kMinEtsPeriods)
                               .arg(history.size());
        return model;
    }
    // Fit on the last maxFitPeriods values only.
    model.fitStart = options.maxFitPeriods > 0 && history.size() > size_t(options.maxFitPeriods)
                         ? history.size() - size_t(options.maxFitPeriods)
                         : 0;
    const std::vector<double> y(history.begin() + qsizetype(model.fitStart), history.end());
    // A constant series (all zero, say) has nothing to estimate: its value goes on, exactly,
    // without fitting every model to it first.
    if (std::adjacent_find(y.begin(), y.end(), std::not_equal_to<>()) == y.end()) {
        model.notes << QStringLiteral("every whole period has the same value: it is carried forward");
        return model;
    }
    model.ets = selectEts(y, period, &model.notes);
    if (!model.ets)
        model.notes << QStringLiteral(
            "no exponential-smoothing model could be estimated: the last value carried forward");
    return model;
}

SeriesForecast forecastWith(const ForecastModel& model, const std::vector<double>& history, int horizon,
                            const ForecastOptions& options)
{
    horizon = std::max(0, horizon);
    if (!model.ets || history.size() <= model.fitStart) {
        SeriesForecast f = naiveForecast(history, 1, horizon, options);
        f.notes = model.notes + f.notes;
        return f;
    }
    const EtsFit& fit = *model.ets;
    const std::vector<double> y(history.begin() + qsizetype(model.fitStart), history.end());
    const EtsRun run = runEts(fit.spec, fit.params, fit.initial, y);
    SeriesForecast f;
    f.model = fit.spec.code();
    f.description = fit.spec.description();
    f.notes = model.notes;
    f.aicc = fit.aicc;
    f.fittedPeriods = fit.run.length;
    f.fitted.assign(history.size(), std::nullopt);
    const int n = int(y.size());
    const bool broken = !std::isfinite(run.objective); // a later value the model cannot follow
    for (size_t t = 0; t < y.size() && !broken; ++t)
        f.fitted[model.fitStart + t] = run.fitted[t];
    if (broken) {
        SeriesForecast naive = naiveForecast(history, 1, horizon, options);
        naive.notes = model.notes
                      + QStringList{QStringLiteral("%1 broke down on the later values: the last value "
                                                   "carried forward")
                                        .arg(fit.spec.code())};
        return naive;
    }
    f.mean = etsPointForecast(fit.spec, fit.params, run.last, n, horizon);
    resizeBands(&f, horizon);
    // The state-space variance takes the parameters and states as known; they are estimated from
    // the same values. A least-squares fit of k parameters to n values misses a new value by
    // sigma2 * (1 + k/n) on average (the mean leverage), so the bands use that: without it an
    // 80% band of a 5-year monthly series holds about 75% of the time.
    const double sigma2 = fit.sigma2 * (1.0 + double(fit.spec.parameterCount()) / double(std::max(1, fit.run.length)));
    if (fit.spec.analyticVariance()) {
        const std::vector<double> var = etsAnalyticVariance(fit.spec, fit.params, sigma2, horizon);
        for (int h = 0; h < horizon; ++h) {
            const double sd = std::sqrt(std::max(0.0, var[size_t(h)]));
            const double mu = f.mean[size_t(h)];
            setBands(&f, size_t(h), mu - kZ80 * sd, mu + kZ80 * sd, mu - kZ95 * sd, mu + kZ95 * sd);
        }
    } else if (horizon > 0) {
        // The seed depends on the series only, so the same data gives the same bands.
        quint64 seed = 0x5EEDull ^ (quint64(n) << 32) ^ quint64(horizon);
        for (double v : y)
            seed = seed * 0x100000001B3ull ^ quint64(std::llround(std::clamp(v, -1e15, 1e15) * 1000.0));
        const std::vector<std::vector<double>> paths = etsSimulate(fit.spec, fit.params, run.last, n, sigma2, horizon,
                                                                   options.simulationPaths, seed);
        std::vector<double> values;
        for (int h = 0; h < horizon; ++h) {
            values.clear();
            for (const auto& path : paths)
                if (std::isfinite(path[size_t(h)]))
                    values.push_back(path[size_t(h)]);
            if (values.size() < paths.size() / 2 || values.empty())
                continue; // the paths broke down: no band rather than a made-up one
            std::sort(values.begin(), values.end());
            setBands(&f, size_t(h), quantile(values, 0.10), quantile(values, 0.90), quantile(values, 0.025),
                     quantile(values, 0.975));
        }
    }
    sanitize(&f, options.nonNegative);
    return f;
}

SeriesForecast forecastSeries(const std::vector<double>& history, int period, int horizon,
                              const ForecastOptions& options)
{
    return forecastWith(chooseForecastModel(history, period, options), history, horizon, options);
}

} // namespace ul
