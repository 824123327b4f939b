// SPDX-License-Identifier: MIT
#include "report/ForecastTables.h"

#include "core/StandardColumns.h"
#include "forecast/Backtest.h"

#include <algorithm>
#include <cmath>

namespace ul {

namespace {

ReportCell optionalCell(const std::optional<double>& v) { return v ? ReportCell(*v) : ReportCell(); }

/// Forecasts carry about six significant digits of the series' size: more would be noise.
struct Rounding {
    double factor = 1;

    explicit Rounding(const std::vector<double>& values)
    {
        double magnitude = 0;
        for (double v : values)
            magnitude = std::max(magnitude, std::abs(v));
        const int decimals = magnitude > 0 ? std::clamp(5 - int(std::floor(std::log10(magnitude))), 0, 12) : 2;
        factor = std::pow(10.0, decimals);
    }
    double operator()(double v) const { return std::round(v * factor) / factor; }
    ReportCell operator()(const std::optional<double>& v) const { return v ? ReportCell((*this)(*v)) : ReportCell(); }
};

/// Accuracy measures to four decimals.
ReportCell measure(const std::optional<double>& v)
{
    return v ? ReportCell(std::round(*v * 10000.0) / 10000.0) : ReportCell();
}

ReportCell flag(bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); }

/// The whole periods between the partial ones at either end: [first, last).
std::pair<size_t, size_t> wholeSpan(const ForecastHistory& h)
{
    size_t first = 0, last = h.values.size();
    while (first < last && h.partial[first])
        ++first;
    while (last > first && h.partial[last - 1])
        --last;
    return {first, last};
}

ForecastOptions optionsFor(const ForecastHistory& history, int maxFitPeriods)
{
    ForecastOptions options;
    options.maxFitPeriods = maxFitPeriods;
    options.nonNegative = history.nonNegative();
    return options;
}

} // namespace

bool ForecastHistory::nonNegative() const
{
    return std::all_of(values.begin(), values.end(), [](double v) { return v >= 0; });
}

ReportTable forecastTable(const ForecastHistory& history, int horizon, int maxFitPeriods)
{
    ReportTable t;
    t.columns = {cols::period,  cols::value,   cols::forecast, cols::lower80,
                 cols::upper80, cols::lower95, cols::upper95,  cols::partial};
    const auto [first, last] = wholeSpan(history);
    const std::vector<double> y(history.values.begin() + qsizetype(first), history.values.begin() + qsizetype(last));
    const size_t trailing = history.values.size() - last;
    const int steps = horizon + int(trailing);
    const SeriesForecast f = forecastSeries(y, history.season, steps, optionsFor(history, maxFitPeriods));
    const Rounding rounded(history.values);
    const bool any = f.model != QLatin1String("none"); // without history there is nothing to print
    const auto band = [&](size_t h) -> std::vector<ReportCell> {
        if (!any)
            return std::vector<ReportCell>(5);
        return {rounded(f.mean[h]), rounded(f.lower80[h]), rounded(f.upper80[h]), rounded(f.lower95[h]),
                rounded(f.upper95[h])};
    };
    for (size_t i = 0; i < history.values.size(); ++i) {
        std::vector<ReportCell> row{history.labels.value(qsizetype(i)), history.cells[i]};
        if (i < first) {
            row.insert(row.end(), 5, ReportCell());
        } else if (i < last) {
            row.push_back(rounded(f.fitted[i - first]));
            row.insert(row.end(), 4, ReportCell());
        } else {
            const std::vector<ReportCell> b = band(i - last);
            row.insert(row.end(), b.begin(), b.end());
        }
        row.push_back(flag(history.partial[i]));
        t.addRow(std::move(row));
    }
    for (int k = 1; k <= horizon; ++k) {
        std::vector<ReportCell> row{history.labelAfter ? history.labelAfter(k) : QString(), ReportCell()};
        const std::vector<ReportCell> b = band(trailing + size_t(k - 1));
        row.insert(row.end(), b.begin(), b.end());
        row.push_back(flag(false));
        t.addRow(std::move(row));
    }
    t.setMeta(QStringLiteral("model"), f.model);
    t.setMeta(QStringLiteral("description"), f.description);
    t.setMeta(QStringLiteral("notes"), f.notes.join(QStringLiteral("; ")));
    if (f.aicc)
        t.setMeta(QStringLiteral("selection"), QStringLiteral("lowest AICc over the exponential-smoothing family"));
    t.setMeta(QStringLiteral("season"), double(history.season));
    t.setMeta(QStringLiteral("whole_periods"), double(y.size()));
    t.setMeta(QStringLiteral("fitted_periods"), double(f.fittedPeriods));
    t.setMeta(QStringLiteral("horizon"), double(horizon));
    t.setMeta(QStringLiteral("aicc"), optionalCell(f.aicc));
    return t;
}

ReportTable forecastAccuracyTable(const ForecastHistory& history, int horizon, int maxFitPeriods)
{
    ReportTable t;
    t.columns = {cols::model, cols::step,       cols::mape,       cols::smape,
                 cols::mase,  cols::coverage80, cols::coverage95, cols::folds};
    const auto [first, last] = wholeSpan(history);
    const std::vector<double> y(history.values.begin() + qsizetype(first), history.values.begin() + qsizetype(last));
    const BacktestResult r = rollingBacktest(y, history.season, horizon, optionsFor(history, maxFitPeriods),
                                             kBacktestFolds);
    for (const auto& [name, steps] :
         {std::pair{QStringLiteral("ets"), &r.model}, std::pair{QStringLiteral("seasonal_naive"), &r.baseline}}) {
        for (const StepAccuracy& s : *steps)
            t.addRow({name, double(s.step), measure(s.mape), measure(s.smape), measure(s.mase), measure(s.coverage80),
                      measure(s.coverage95), double(s.folds)});
    }
    t.setMeta(QStringLiteral("targets"), QStringLiteral("the last %1 whole periods").arg(kBacktestFolds));
    t.setMeta(QStringLiteral("season"), double(history.season));
    t.setMeta(QStringLiteral("whole_periods"), double(y.size()));
    return t;
}

ForecastRows forecastRowsOf(const ReportTable& table)
{
    ForecastRows r;
    r.labels = table.texts(cols::period);
    r.value = table.numbers(cols::value);
    r.forecast = table.numbers(cols::forecast);
    r.lower80 = table.numbers(cols::lower80);
    r.upper80 = table.numbers(cols::upper80);
    r.lower95 = table.numbers(cols::lower95);
    r.upper95 = table.numbers(cols::upper95);
    for (const QString& p : table.texts(cols::partial))
        r.partial.push_back(p == QLatin1String("true"));
    return r;
}

} // namespace ul
