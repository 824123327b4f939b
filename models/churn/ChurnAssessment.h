// SPDX-License-Identifier: MIT
#pragma once

#include "churn/ChurnAccuracy.h"
#include "core/Day.h"
#include "store/FactStore.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ul {

/// One customer's churn risk as of a day.
struct ChurnScore {
    quint32 customer = 0;
    double risk = 0;        ///< estimated probability of no activity in the next `within` days
    double valueAtRisk = 0; ///< usage over the last 30 days
    QString reason;         ///< the two strongest signals in words
};

struct ChurnQuestion {
    Day asOf = 0;
    int within = 60;
    QString metricName;   ///< for the reasons ("logins −62% ...")
    bool scores = true;   ///< score every customer active in the 90 days up to asOf
    bool accuracy = true; ///< backtest on the last whole `within` window before asOf
};

struct ChurnAssessment {
    std::vector<ChurnScore> scores; ///< highest risk first (then value at risk, then customer)
    ChurnAccuracy accuracy;         ///< scored as of asOf - within, compared with what followed
    QString model;                  ///< what scored: the regression and its training, or the fallback
    QString accuracyModel;          ///< the same for the backtest's model
    QStringList notes;
};

/// Trains on the workspace's own history and scores as of `question.asOf`, reading nothing after
/// it. Examples: the customers active in the 90 days up to reference days T = asOf - k*within
/// (k = 1..K), labelled churned when they had no activity in (T, T + within], so every label is
/// known by asOf. Features (ChurnFeatures.h) see only days up to T. A ridge logistic regression
/// is fitted on them; with fewer than 30 examples or 5 of either outcome the risk is each
/// customer's chance of no active day in `within` days at its activity rate of the last 90
/// days (and the notes say so). The accuracy repeats all of it one window earlier: trained with
/// reference days up to asOf - 2*within, scored as of asOf - within, compared with (asOf - within,
/// asOf]. Runs on the thread owning `store`.
bool assessChurn(FactStore& store, qint64 metricId, const ChurnQuestion& question, ChurnAssessment* out,
                 QString* error);

/// Training windows K for a `within`: about 240 days of labels, 2 to 8 windows.
int churnTrainingWindows(int within);

} // namespace ul
