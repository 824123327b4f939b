// SPDX-License-Identifier: MIT
// The forecasting engine on series of our own with known structure: the season is found, the
// bands hold about as often as they claim on simulated futures, short and flat series fall back
// without failing, and the backtest compares with the seasonal-naive forecast on the same folds.
#include "forecast/Backtest.h"
#include "forecast/EtsFit.h"
#include "forecast/NormalDraw.h"
#include "forecast/SeriesForecast.h"

#include <QTest>

#include <cmath>

using namespace ul;

namespace {

constexpr double kPi = 3.141592653589793;

/// Monthly: level 200, +1.5 a month, a season of amplitude 20 peaking in April, noise sd 8.
double additiveTruth(int t) { return 200.0 + 1.5 * t + 20.0 * std::sin(2 * kPi * t / 12.0); }

/// Monthly, multiplicative: level 100 growing 1% a month, a season of +-30%, relative noise 5%.
double multiplicativeTruth(int t) { return 100.0 * std::pow(1.01, t) * (1.0 + 0.3 * std::sin(2 * kPi * t / 12.0)); }

std::vector<double> additiveSeries(int n, NormalDraw& noise)
{
    std::vector<double> y;
    for (int t = 0; t < n; ++t)
        y.push_back(additiveTruth(t) + 8.0 * noise.next());
    return y;
}

double correlation(const std::vector<double>& a, const std::vector<double>& b)
{
    double ma = 0, mb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        ma += a[i] / double(a.size());
        mb += b[i] / double(b.size());
    }
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

bool isSeasonal(const QString& code)
{
    return code.endsWith(QLatin1String(",A)")) || code.endsWith(QLatin1String(",M)"));
}

} // namespace

class TstForecastEts : public QObject {
    Q_OBJECT
private slots:
    // Six years of a trending seasonal series: the model chosen by AICc has a season, and its
    // forecast follows the true (noise-free) next year closely.
    void recoversTheSeason()
    {
        double worst = 1;
        for (quint64 seed = 1; seed <= 10; ++seed) {
            NormalDraw noise(seed);
            const std::vector<double> y = additiveSeries(72, noise);
            const SeriesForecast f = forecastSeries(y, 12, 12);
            QVERIFY2(isSeasonal(f.model), qPrintable(f.model));
            std::vector<double> truth;
            for (int h = 0; h < 12; ++h)
                truth.push_back(additiveTruth(72 + h));
            // The noise (sd 8) moves a year's forecast a little; the shape of a season of
            // amplitude 20 must come through (a flat or wrongly phased forecast scores below 0.5).
            QVERIFY2(correlation(f.mean, truth) > 0.9, qPrintable(QString::number(correlation(f.mean, truth))));
            worst = std::min(worst, correlation(f.mean, truth));
            // The peak month of the forecast is the true one (t % 12 == 3), give or take one.
            const auto peak = std::max_element(f.mean.begin(), f.mean.end()) - f.mean.begin();
            QVERIFY2(std::abs(int((72 + peak) % 12) - 3) <= 1, qPrintable(QString::number(peak)));
        }
        qInfo("lowest correlation with the true next year over 10 seeds: %.3f", worst);
    }

    // Tolerance stated: over 150 seeds x 12 steps (1,800 futures drawn from the true process),
    // the 80% band holds 80% +- 5 points and the 95% band 95% +- 3 points. Estimation error makes
    // any model's bands a little narrow; more than that would be a wrong variance formula.
    void additiveBandsHoldAsClaimed()
    {
        int held80 = 0, held95 = 0, total = 0;
        for (quint64 seed = 100; seed < 250; ++seed) {
            NormalDraw noise(seed);
            const std::vector<double> y = additiveSeries(60, noise);
            const SeriesForecast f = forecastSeries(y, 12, 12);
            for (int h = 0; h < 12; ++h) {
                QVERIFY(f.lower80[size_t(h)] && f.upper95[size_t(h)]);
                const double future = additiveTruth(60 + h) + 8.0 * noise.next();
                held80 += future >= *f.lower80[size_t(h)] && future <= *f.upper80[size_t(h)] ? 1 : 0;
                held95 += future >= *f.lower95[size_t(h)] && future <= *f.upper95[size_t(h)] ? 1 : 0;
                ++total;
            }
        }
        const double c80 = 100.0 * held80 / total, c95 = 100.0 * held95 / total;
        qInfo("additive: 80%% band held %.1f%%, 95%% band %.1f%% of %d futures", c80, c95, total);
        QVERIFY2(std::abs(c80 - 80.0) <= 5.0, qPrintable(QString::number(c80)));
        QVERIFY2(std::abs(c95 - 95.0) <= 3.0, qPrintable(QString::number(c95)));
    }

    // The same for a multiplicative series, whose bands come from simulated paths.
    void multiplicativeBandsHoldAsClaimed()
    {
        int held80 = 0, held95 = 0, total = 0, simulated = 0;
        for (quint64 seed = 300; seed < 400; ++seed) {
            NormalDraw noise(seed);
            std::vector<double> y;
            for (int t = 0; t < 60; ++t)
                y.push_back(multiplicativeTruth(t) * (1.0 + 0.05 * noise.next()));
            const SeriesForecast f = forecastSeries(y, 12, 12);
            simulated += f.model.startsWith(QLatin1String("ETS(M")) ? 1 : 0;
            for (int h = 0; h < 12; ++h) {
                const double future = multiplicativeTruth(60 + h) * (1.0 + 0.05 * noise.next());
                held80 += future >= *f.lower80[size_t(h)] && future <= *f.upper80[size_t(h)] ? 1 : 0;
                held95 += future >= *f.lower95[size_t(h)] && future <= *f.upper95[size_t(h)] ? 1 : 0;
                ++total;
            }
        }
        const double c80 = 100.0 * held80 / total, c95 = 100.0 * held95 / total;
        qInfo("multiplicative: 80%% band held %.1f%%, 95%% band %.1f%% of %d futures; %d of 100 chose a "
              "multiplicative error",
              c80, c95, total, simulated);
        QVERIFY(simulated >= 50);
        QVERIFY2(std::abs(c80 - 80.0) <= 6.0, qPrintable(QString::number(c80)));
        QVERIFY2(std::abs(c95 - 95.0) <= 4.0, qPrintable(QString::number(c95)));
    }

    void intervalsWidenWithTheHorizon()
    {
        NormalDraw noise(7);
        const SeriesForecast f = forecastSeries(additiveSeries(48, noise), 12, 24);
        for (size_t h = 0; h < f.mean.size(); ++h) {
            QVERIFY(*f.lower95[h] <= *f.lower80[h] && *f.lower80[h] <= f.mean[h]);
            QVERIFY(f.mean[h] <= *f.upper80[h] && *f.upper80[h] <= *f.upper95[h]);
            if (h > 0)
                QVERIFY(*f.upper80[h] - *f.lower80[h] >= *f.upper80[h - 1] - *f.lower80[h - 1] - 1e-9);
        }
    }

    void tooShortFallsBack()
    {
        // Nothing: no forecast, no failure.
        SeriesForecast f = forecastSeries({}, 12, 3);
        QCOMPARE(f.model, QStringLiteral("none"));
        QCOMPARE(f.mean.size(), size_t(3));
        QVERIFY(!f.lower80[0]);
        // One value: carried forward, no band (no spread to go by).
        f = forecastSeries({42}, 12, 2);
        QCOMPARE(f.model, QStringLiteral("naive"));
        QCOMPARE(f.mean[1], 42.0);
        QVERIFY(!f.upper95[1]);
        // Five values: the naive forecast, and the notes say why.
        f = forecastSeries({10, 12, 11, 13, 12}, 12, 4);
        QCOMPARE(f.model, QStringLiteral("naive"));
        QVERIFY(f.notes.join(QLatin1Char(' ')).contains(QLatin1String("fewer than 6 whole periods")));
        QCOMPARE(f.mean[3], 12.0);
        QVERIFY(*f.upper80[3] - *f.lower80[3] > *f.upper80[0] - *f.lower80[0]); // sqrt(h)
        // Ten months: exponential smoothing without a season (two whole seasons needed).
        NormalDraw noise(3);
        f = forecastSeries(additiveSeries(10, noise), 12, 6);
        QVERIFY2(f.model.startsWith(QLatin1String("ETS(")) && !isSeasonal(f.model), qPrintable(f.model));
        QVERIFY(f.notes.join(QLatin1Char(' ')).contains(QLatin1String("fewer than two whole seasons")));
    }

    void flatAndZeroSeriesStayNumbers()
    {
        for (const double v : {0.0, 5.0}) {
            const SeriesForecast f = forecastSeries(std::vector<double>(30, v), 12, 12, {0, true});
            // Nothing to estimate: the value is carried forward, and the notes say why.
            QCOMPARE(f.model, QStringLiteral("naive"));
            QVERIFY(f.notes.join(QLatin1Char(' ')).contains(QLatin1String("same value")));
            for (size_t h = 0; h < 12; ++h) {
                QVERIFY(std::isfinite(f.mean[h]));
                QVERIFY(std::abs(f.mean[h] - v) < 1e-6);
                QVERIFY(f.lower95[h] && std::abs(*f.lower95[h] - v) < 1e-6);
            }
        }
        // Non-negative data: forecasts and bands stop at zero.
        const SeriesForecast f = forecastSeries({9, 7, 5, 4, 2, 1, 1, 0, 0, 0}, 1, 12, {0, true});
        for (size_t h = 0; h < 12; ++h)
            QVERIFY(f.mean[h] >= 0 && *f.lower95[h] >= 0);
    }

    // Trend and season: exponential smoothing beats the seasonal-naive forecast (which repeats
    // last year and misses the growth) one step ahead, on the same 12 folds.
    void backtestAgainstSeasonalNaive()
    {
        NormalDraw noise(11);
        const std::vector<double> y = additiveSeries(60, noise);
        const BacktestResult r = rollingBacktest(y, 12, 6, {}, 12);
        QCOMPARE(r.model.size(), size_t(6));
        QCOMPARE(r.baseline.size(), size_t(6));
        for (size_t h = 0; h < 6; ++h) {
            QCOMPARE(r.model[h].folds, 12);
            QCOMPARE(r.baseline[h].folds, 12);
        }
        QVERIFY(*r.model[0].mape < *r.baseline[0].mape);
        QVERIFY(*r.model[0].mase < *r.baseline[0].mase);
        QVERIFY(*r.model[0].coverage80 >= 0 && *r.model[0].coverage80 <= 100);
        // Seven values: one origin of six values, one fold, nothing undefined printed as a number.
        const BacktestResult shortOne = rollingBacktest({1, 2, 3, 4, 5, 6, 7}, 12, 3, {}, 12);
        QCOMPARE(shortOne.model[0].folds, 1);
        QCOMPARE(shortOne.model[1].folds, 0);
        QVERIFY(!shortOne.model[1].mape);
        // A flat series has no MASE scale: unset, never inf.
        const BacktestResult flat = rollingBacktest(std::vector<double>(20, 3.0), 12, 2, {}, 12);
        QVERIFY(!flat.model[0].mase);
        QVERIFY(*flat.model[0].mape < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TstForecastEts)
#include "tst_forecast_ets.moc"
