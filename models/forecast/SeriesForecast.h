// SPDX-License-Identifier: MIT
#pragma once

#include "forecast/EtsFit.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ul {

/// A forecast of one series: the fit over the history and the future with its bands. Plain
/// value, built on any thread.
struct SeriesForecast {
    QString model;       ///< "ETS(A,Ad,M)", "naive", "seasonal_naive" or "none"
    QString description; ///< the model in words
    QStringList notes;   ///< what fell back and why ("fewer than two whole seasons ...")
    std::optional<double> aicc;
    int fittedPeriods = 0;                     ///< the values the model was estimated on (the last ones)
    std::vector<std::optional<double>> fitted; ///< one-step fit per history value (none before the fit window)
    std::vector<double> mean;                  ///< h = 1..horizon
    /// The prediction bands per step; unset where the model gives none (one value of history).
    std::vector<std::optional<double>> lower80, upper80, lower95, upper95;
};

/// How forecasts are made (the defaults are what the views use).
struct ForecastOptions {
    /// Only the last this many periods are fitted (older ones weigh little in exponential
    /// smoothing and would only cost time); 0: all.
    int maxFitPeriods = 0;
    /// Values cannot be negative (usage, counts, money in): forecasts and bands stop at zero.
    bool nonNegative = false;
    int simulationPaths = 2000; ///< sample paths for the bands of the simulated models
};

/// Normal quantiles of the two bands.
inline constexpr double kZ80 = 1.2815515655446004;
inline constexpr double kZ95 = 1.959963984540054;
/// Fewer whole periods than this: no exponential smoothing, the naive forecast instead.
inline constexpr int kMinEtsPeriods = 6;

/// The model chosen for a history: an estimated ETS model or a fallback (naive, none), with the
/// notes saying why. forecastWith() forecasts from it.
struct ForecastModel {
    std::optional<EtsFit> ets; ///< unset: the naive forecast (or none without history)
    size_t fitStart = 0;       ///< the first history value the model was fitted on
    int period = 1;            ///< the season length asked for
    QStringList notes;
};

/// Chooses and estimates the model for `history` (see forecastSeries()).
ForecastModel chooseForecastModel(const std::vector<double>& history, int period, const ForecastOptions& options = {});

/// Forecasts `horizon` periods after `history` with `model`, fitted on a prefix of it or on all
/// of it: a longer history only moves the model's states on (the rolling-origin backtest
/// re-estimates now and then, not at every origin).
SeriesForecast forecastWith(const ForecastModel& model, const std::vector<double>& history, int horizon,
                            const ForecastOptions& options = {});

/// Forecasts `horizon` periods after `history` (whole periods only, oldest first) with the ETS
/// model of lowest AICc among those the history supports (`period`: season length, 1 for
/// none); fewer than kMinEtsPeriods values fall back to the naive forecast, none to no forecast.
/// Bands: closed form for additive-error models without a multiplicative season, quantiles of
/// simulated paths otherwise. Never fails; deterministic.
SeriesForecast forecastSeries(const std::vector<double>& history, int period, int horizon,
                              const ForecastOptions& options = {});

/// The naive forecast (the last value carried forward, bands from the spread of one-period
/// changes, widening with sqrt(h)); with `period` > 1 and a whole season of history the
/// seasonal-naive one (the value one season earlier, bands widening with the seasons ahead).
SeriesForecast naiveForecast(const std::vector<double>& history, int period, int horizon,
                             const ForecastOptions& options = {});

} // namespace ul
