// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"
#include "forecast/SeriesForecast.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace ul {

/// A series of periods as a view reads it: the metric's totals, or Revenue's MRR by month.
struct ForecastHistory {
    QStringList labels;
    std::vector<ReportCell> cells; ///< the value as the history view prints it (exact where it is)
    std::vector<double> values;
    /// Covered in part (by the data or the range): never fitted. Only the first and the last
    /// periods can be.
    std::vector<bool> partial;
    int season = 1;
    /// The label of the k-th period after the last one (k >= 1).
    std::function<QString(int)> labelAfter;
    /// Values cannot go below zero (sums of non-negative data): forecasts stop at zero.
    bool nonNegative() const;
};

/// The backtest's targets: the last this many whole periods.
inline constexpr int kBacktestFolds = 12;

/// `period,value,forecast,lower_80,upper_80,lower_95,upper_95,partial`: every period of the
/// history with its one-step fit, then `horizon` future periods. A partial last period is not
/// fitted: it gets the forecast of the whole period (step 1) beside its value so far, and the
/// future starts after it. Meta: model, description, notes, season, fitted_periods, aicc.
ReportTable forecastTable(const ForecastHistory& history, int horizon, int maxFitPeriods);

/// `model,step,mape,smape,mase,coverage_80,coverage_95,folds`: the rolling-origin backtest of
/// the same procedure on the whole periods (Backtest.h), rows `ets` for steps 1..horizon, then
/// `seasonal_naive` for the same steps and folds. Percent for MAPE, sMAPE and coverage.
ReportTable forecastAccuracyTable(const ForecastHistory& history, int horizon, int maxFitPeriods);

/// The rows of a forecast table, typed, for drawing (the table stays the one definition).
struct ForecastRows {
    QStringList labels;
    std::vector<std::optional<double>> value, forecast, lower80, upper80, lower95, upper95;
    std::vector<bool> partial;
    bool isEmpty() const { return labels.isEmpty(); }
};
ForecastRows forecastRowsOf(const ReportTable& table);

} // namespace ul
