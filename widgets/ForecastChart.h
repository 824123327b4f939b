// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"
#include "report/ForecastTables.h"

#include <QCoreApplication>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace ul {

/// Draws a forecast view (report/ForecastTables.h) and says what it is. GUI thread only.
class ForecastChart {
    Q_DECLARE_TR_FUNCTIONS(ForecastChart)
public:
    /// The history as bars (as lines with `lines`, or past 60 periods), partial periods lighter,
    /// then the 95% and 80% bands as areas and the forecast as a dashed line that starts at the
    /// last whole period. x = row index, as UsageCharts draws periods.
    static QChart* build(const ForecastRows& rows, const QString& name, bool dark, bool lines = false);
    /// "ETS(A,N,N) chosen by AICc · last 12 backtests, 1 month ahead: MAPE 4.1% (seasonal naive
    /// 9.8%), 80% band held 10 of 12", with a fallback's reason when there is one. `accuracy` may
    /// be null (no backtest shown).
    static QString caption(const ReportTable& forecast, const ReportTable* accuracy, Granularity g);
};

} // namespace ul
