// SPDX-License-Identifier: MIT
#pragma once

#include "forecast/EtsModel.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace ul {

/// One ETS model estimated on a series.
struct EtsFit {
    EtsSpec spec;
    EtsParams params;
    EtsState initial;
    EtsRun run;
    double sigma2 = 0; ///< error variance: SSE / (n - parameters)
    double aicc = 0;
};

/// Heuristic initial states: for a season, a classical decomposition of every whole season;
/// level and trend from a straight line through the first values (seasonally adjusted). The
/// estimation refines them (fitEts()).
EtsState initialEtsStates(const EtsSpec& spec, const std::vector<double>& y);

/// For the linear models (additive error, no multiplicative season) the initial states that
/// minimise the squared errors for `params` (least squares; the season sums to zero).
std::optional<EtsState> bestInitialStates(const EtsSpec& spec, const EtsParams& params, const std::vector<double>& y);

/// Estimates the smoothing parameters and the initial states of `spec` by maximum likelihood:
/// level and trend with the parameters, the season from the decomposition, and for the linear
/// models all states by least squares in a second round (Nelder–Mead on the usual region 0 < beta < alpha < 1, 0 <
/// gamma < 1 - alpha, 0.8 <= phi <= 0.98). Nullopt when the series is too short for the parameters (AICc needs n > k +
/// 1) or the model breaks down on it.
std::optional<EtsFit> fitEts(const EtsSpec& spec, const std::vector<double>& y);

/// The candidates for a series: additive error with no or additive season; multiplicative
/// error with any season, only for strictly positive data; seasonal ones only with two whole
/// seasons. `notes` says what was left out and why.
std::vector<EtsSpec> etsCandidates(const std::vector<double>& y, int period, QStringList* notes);

/// Fits every candidate and keeps the one with the lowest AICc; nullopt when none fits.
std::optional<EtsFit> selectEts(const std::vector<double>& y, int period, QStringList* notes);

} // namespace ul
