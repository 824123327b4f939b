// SPDX-License-Identifier: MIT
#include "forecast/Backtest.h"

#include <algorithm>
#include <cmath>

namespace ul {

namespace {

struct Sums {
    double ape = 0, sape = 0, ase = 0;
    int apeCount = 0, aseCount = 0;
    StepAccuracy out;

    void add(double actual, double forecast, const std::optional<double>& scale, const SeriesForecast& f, size_t h)
    {
        const double e = std::abs(actual - forecast);
        ++out.folds;
        if (actual != 0) {
            ape += 100.0 * e / std::abs(actual);
            ++apeCount;
        }
        const double denominator = std::abs(actual) + std::abs(forecast);
        sape += denominator > 0 ? 200.0 * e / denominator : 0.0;
        if (scale && *scale > 0) {
            ase += e / *scale;
            ++aseCount;
        }
        if (f.lower80[h] && f.upper80[h] && f.lower95[h] && f.upper95[h]) {
            ++out.banded;
            out.held80 += actual >= *f.lower80[h] && actual <= *f.upper80[h] ? 1 : 0;
            out.held95 += actual >= *f.lower95[h] && actual <= *f.upper95[h] ? 1 : 0;
        }
    }

    StepAccuracy result(int step)
    {
        out.step = step;
        if (apeCount)
            out.mape = ape / apeCount;
        if (out.folds)
            out.smape = sape / out.folds;
        if (aseCount)
            out.mase = ase / aseCount;
        if (out.banded) {
            out.coverage80 = 100.0 * out.held80 / out.banded;
            out.coverage95 = 100.0 * out.held95 / out.banded;
        }
        return out;
    }
};

/// The mean absolute error of the in-sample seasonal-naive forecast of the first `origin`
/// values (naive before a whole season); unset with fewer than two values.
std::optional<double> maseScale(const std::vector<double>& y, size_t origin, int period)
{
    const size_t m = period > 1 && origin > size_t(period) ? size_t(period) : 1;
    if (origin <= m)
        return std::nullopt;
    double sum = 0;
    for (size_t t = m; t < origin; ++t)
        sum += std::abs(y[t] - y[t - m]);
    return sum / double(origin - m);
}

} // namespace

BacktestResult rollingBacktest(const std::vector<double>& y, int period, int horizon, const ForecastOptions& options,
                               int folds)
{
    const int n = int(y.size());
    horizon = std::max(0, horizon);
    std::vector<Sums> modelSums(static_cast<size_t>(horizon));
    std::vector<Sums> baseline(static_cast<size_t>(horizon));
    const int firstTarget = std::max(0, n - folds);
    const int firstOrigin = std::max(kMinEtsPeriods, firstTarget - horizon + 1);
    // At most `folds` estimations: the origins in between move the last estimated model's states
    // on over the values they add (the parameters never see a value after their own origin).
    const int origins = n - firstOrigin;
    const int stride = origins > 0 ? (origins + folds - 1) / std::max(1, folds) : 1;
    std::optional<ForecastModel> model;
    for (int origin = firstOrigin; origin < n; ++origin) {
        const std::vector<double> history(y.begin(), y.begin() + origin);
        if (!model || (origin - firstOrigin) % stride == 0)
            model = chooseForecastModel(history, period, options);
        const int steps = std::min(horizon, n - origin);
        const SeriesForecast f = forecastWith(*model, history, steps, options);
        const SeriesForecast naive = naiveForecast(history, period, steps, options);
        const std::optional<double> scale = maseScale(y, size_t(origin), period);
        for (int h = 1; h <= steps; ++h) {
            const int target = origin + h - 1;
            if (target < firstTarget)
                continue;
            modelSums[size_t(h - 1)].add(y[size_t(target)], f.mean[size_t(h - 1)], scale, f, size_t(h - 1));
            baseline[size_t(h - 1)].add(y[size_t(target)], naive.mean[size_t(h - 1)], scale, naive, size_t(h - 1));
        }
    }
    BacktestResult result;
    for (int h = 1; h <= horizon; ++h) {
        result.model.push_back(modelSums[size_t(h - 1)].result(h));
        result.baseline.push_back(baseline[size_t(h - 1)].result(h));
    }
    return result;
}

} // namespace ul
