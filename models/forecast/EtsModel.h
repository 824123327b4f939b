// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <vector>

namespace ul {

/// One member of the exponential-smoothing (ETS) state-space family of Hyndman et al.,
/// "Forecasting with Exponential Smoothing" (2008): the error, trend and season components.
struct EtsSpec {
    enum class Error { Additive, Multiplicative };
    enum class Trend { None, Additive, Damped };
    enum class Season { None, Additive, Multiplicative };
    Error error = Error::Additive;
    Trend trend = Trend::None;
    Season season = Season::None;
    int period = 1; ///< season length (12 months, 52 weeks, 7 days); 1 without a season

    /// "ETS(A,Ad,M)": error, trend (N, A, Ad), season (N, A, M).
    QString code() const;
    /// "multiplicative error, damped trend, multiplicative season of 12".
    QString description() const;
    /// Smoothing parameters estimated: alpha, beta, gamma, phi as the components need them.
    int smoothingCount() const;
    /// Free parameters for the information criterion: smoothing parameters, initial level,
    /// trend and season (m - 1: the season sums to zero, or averages one), and the variance.
    int parameterCount() const;
    /// The class whose forecast variance has a closed form (Hyndman et al. 2008, ch. 6, class 1):
    /// additive error with no or an additive season. The others are simulated.
    bool analyticVariance() const { return error == Error::Additive && season != Season::Multiplicative; }
    bool operator==(const EtsSpec&) const = default;
};

/// Smoothing parameters (unused ones ignored).
struct EtsParams {
    double alpha = 0.5;
    double beta = 0.05;
    double gamma = 0.05;
    double phi = 0.98;
};

/// The states of a model at one time: level, trend and the last `period` seasonal terms.
struct EtsState {
    double level = 0;
    double trend = 0;
    std::vector<double> season; ///< season[t % period] is the term for time t
};

/// The model run over a series: one-step fits, errors and the likelihood term to minimise.
struct EtsRun {
    std::vector<double> fitted; ///< one-step-ahead forecast of each value
    double sse = 0;             ///< sum of squared errors (relative errors for multiplicative error)
    double objective = 0;       ///< -2 log-likelihood up to a constant; +inf when the model breaks down
    EtsState last;              ///< states after the last value (the forecast origin)
    int length = 0;             ///< values run over
};

/// Runs `spec` with `params` from the initial states over `y`. A multiplicative model whose
/// one-step forecast reaches zero or below breaks down (+inf objective).
EtsRun runEts(const EtsSpec& spec, const EtsParams& params, const EtsState& initial, const std::vector<double>& y);

/// The point forecasts h = 1..horizon from the states after `length` values: the recursion
/// with zero errors (for multiplicative models the usual approximation of the mean).
std::vector<double> etsPointForecast(const EtsSpec& spec, const EtsParams& params, const EtsState& origin, int length,
                                     int horizon);

/// The h-step forecast variances of an additive-error model without a multiplicative season
/// (analyticVariance()): sigma2 * (1 + sum_{j<h} c_j^2), c_j = alpha + beta*j (beta*phi_j when
/// damped) + gamma when j is a multiple of the period.
std::vector<double> etsAnalyticVariance(const EtsSpec& spec, const EtsParams& params, double sigma2, int horizon);

/// Sample paths from the origin with normal errors of variance `sigma2` (relative errors for a
/// multiplicative error), for the quantiles of the other models. paths[p][h].
std::vector<std::vector<double>> etsSimulate(const EtsSpec& spec, const EtsParams& params, const EtsState& origin,
                                             int length, double sigma2, int horizon, int paths, quint64 seed);

} // namespace ul
