// SPDX-License-Identifier: MIT
#pragma once

#include "forecast/SeriesForecast.h"

#include <optional>
#include <vector>

namespace ul {

/// How well forecasts made h periods ahead matched what happened.
struct StepAccuracy {
    int step = 0;
    std::optional<double> mape;  ///< mean |error| / |actual| in percent, over actuals other than 0
    std::optional<double> smape; ///< mean 200 |error| / (|actual| + |forecast|), 0 where both are 0
    /// mean |error| / the in-sample mean |y_t - y_{t-m}| of the seasonal-naive forecast at
    /// that origin (m = 1 before a whole season); unset where that scale is 0 (a flat series)
    std::optional<double> mase;
    std::optional<double> coverage80; ///< percent of the actuals inside the 80% band
    std::optional<double> coverage95;
    int folds = 0;  ///< forecasts compared
    int banded = 0; ///< of which had a band (coverage is over these)
    int held80 = 0;
    int held95 = 0;
};

/// A rolling-origin backtest: the model's procedure and the seasonal-naive forecast per step.
struct BacktestResult {
    std::vector<StepAccuracy> model;    ///< the full procedure (selection included) per step 1..horizon
    std::vector<StepAccuracy> baseline; ///< the seasonal-naive forecast on the same folds
};

/// The targets are the last `folds` values of `y`; each is forecast h steps ahead (h = 1..horizon)
/// from the origin h - 1 values before it, by the same procedure as forecastSeries() on the values
/// before that origin only (never on the target or later). The model is chosen and estimated
/// again at `folds` evenly spaced origins at most; between them the last one's states move on
/// over the values they add. Origins need kMinEtsPeriods values; a step whose targets cannot be
/// reached that way has fewer folds (0: its measures are unset).
BacktestResult rollingBacktest(const std::vector<double>& y, int period, int horizon, const ForecastOptions& options,
                               int folds = 12);

} // namespace ul
