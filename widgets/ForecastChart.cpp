// SPDX-License-Identifier: MIT
#include "ForecastChart.h"

#include "ChartStyle.h"
#include "UsageCharts.h"
#include "core/StandardColumns.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ul {

namespace {

/// The number of a table cell, or none.
std::optional<double> numberAt(const ReportTable& t, size_t row, const char* column)
{
    return t.number(row, QLatin1String(column));
}

QString periodsAhead(Granularity g, int n)
{
    switch (g) {
    case Granularity::Day: return ForecastChart::tr("%n day(s) ahead", nullptr, n);
    case Granularity::Week: return ForecastChart::tr("%n week(s) ahead", nullptr, n);
    case Granularity::Quarter: return ForecastChart::tr("%n quarter(s) ahead", nullptr, n);
    case Granularity::Year: return ForecastChart::tr("%n year(s) ahead", nullptr, n);
    case Granularity::Month: break;
    }
    return ForecastChart::tr("%n month(s) ahead", nullptr, n);
}

} // namespace

QChart* ForecastChart::build(const ForecastRows& rows, const QString& name, bool dark, bool lines)
{
    const int n = int(rows.labels.size());
    // The history: values where there are some (the future has none).
    UsageCharts::Series history{name, rows.value, {}};
    for (int i = 0; i < n; ++i)
        history.partialNotes << (rows.partial[size_t(i)] ? tr("partial: the value so far") : QString());
    int lastWhole = -1; // the last row with a value that is not partial: where the forecast starts
    int firstBand = n;
    for (int i = 0; i < n; ++i) {
        if (rows.value[size_t(i)] && !rows.partial[size_t(i)])
            lastWhole = i;
        if (rows.lower80[size_t(i)] && firstBand == n)
            firstBand = i;
    }
    QChart* chart = lines || n > 60 ? UsageCharts::periodLines(rows.labels, {history}, dark, false, false)
                                    : UsageCharts::periodBars(rows.labels, {history}, dark);
    const QList<QAbstractAxis*> horizontal = chart->axes(Qt::Horizontal);
    const QList<QAbstractAxis*> vertical = chart->axes(Qt::Vertical);
    auto* y = vertical.isEmpty() ? nullptr : qobject_cast<QCategoryAxis*>(vertical.first());
    if (horizontal.isEmpty() || !y || firstBand == n)
        return chart;
    // The value axis must hold the bands too.
    double lo = 0, hi = 0;
    for (size_t i = 0; i < size_t(n); ++i)
        for (const auto* column : {&rows.value, &rows.lower95, &rows.upper95, &rows.forecast})
            if ((*column)[i] && (column != &rows.forecast || int(i) >= firstBand)) {
                lo = std::min(lo, *(*column)[i]);
                hi = std::max(hi, *(*column)[i]);
            }
    ChartStyle::niceValueAxis(y, lo, hi, 5);

    const QColor color = ChartStyle::seriesColor(0);
    const auto attach = [&](QAbstractSeries* s) {
        chart->addSeries(s);
        s->attachAxis(horizontal.first());
        s->attachAxis(y);
    };
    // Bands: the 95% one lighter under the 80% one. A band starts at the last whole value so it
    // grows out of the history instead of floating beside it.
    const auto band = [&](const std::vector<std::optional<double>>& lower,
                          const std::vector<std::optional<double>>& upper, double alpha, const QString& label) {
        auto* top = new QLineSeries;
        auto* bottom = new QLineSeries;
        if (lastWhole >= 0 && lastWhole < firstBand) {
            top->append(lastWhole, *rows.value[size_t(lastWhole)]);
            bottom->append(lastWhole, *rows.value[size_t(lastWhole)]);
        }
        for (int i = firstBand; i < n; ++i)
            if (lower[size_t(i)] && upper[size_t(i)]) {
                top->append(i, *upper[size_t(i)]);
                bottom->append(i, *lower[size_t(i)]);
            }
        auto* area = new QAreaSeries(top, bottom);
        area->setName(label);
        QColor fill = color;
        fill.setAlphaF(alpha);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        attach(area);
    };
    band(rows.lower95, rows.upper95, dark ? 0.18 : 0.14, tr("95% band"));
    band(rows.lower80, rows.upper80, dark ? 0.32 : 0.26, tr("80% band"));

    auto* line = new QLineSeries;
    auto* points = new QScatterSeries;
    line->setName(tr("Forecast"));
    if (lastWhole >= 0 && lastWhole < firstBand)
        line->append(lastWhole, *rows.value[size_t(lastWhole)]);
    for (int i = firstBand; i < n; ++i)
        if (rows.forecast[size_t(i)]) {
            line->append(i, *rows.forecast[size_t(i)]);
            points->append(i, *rows.forecast[size_t(i)]);
        }
    attach(line);
    attach(points);
    line->setPen(QPen(dark ? color.lighter(130) : color.darker(130), 2, Qt::DashLine));
    points->setMarkerSize(n > 60 ? 0.1 : 5); // as UsageCharts: dots only where periods have room
    points->setColor(line->pen().color());
    points->setBorderColor(line->pen().color());
    chart->legend()->markers(points).value(0)->setVisible(false);
    chart->legend()->setVisible(true);
    const ForecastRows copy = rows;
    QObject::connect(points, &QScatterSeries::hovered, points, [copy](const QPointF& p, bool on) {
        const size_t i = size_t(std::lround(p.x()));
        if (!on || i >= copy.forecast.size() || !copy.forecast[i])
            return;
        QString tip = tr("%1 — forecast %2").arg(copy.labels.value(qsizetype(i)), ChartStyle::exact(*copy.forecast[i]));
        if (copy.lower80[i] && copy.upper80[i])
            tip += tr("\n80%: %1 – %2").arg(ChartStyle::exact(*copy.lower80[i]), ChartStyle::exact(*copy.upper80[i]));
        if (copy.lower95[i] && copy.upper95[i])
            tip += tr("\n95%: %1 – %2").arg(ChartStyle::exact(*copy.lower95[i]), ChartStyle::exact(*copy.upper95[i]));
        if (copy.value[i])
            tip += tr("\nso far: %1").arg(ChartStyle::exact(*copy.value[i]));
        QToolTip::showText(QCursor::pos(), tip);
    });
    return chart;
}

QString ForecastChart::caption(const ReportTable& forecast, const ReportTable* accuracy, Granularity g)
{
    const QString model = forecast.metaText(QStringLiteral("model"));
    if (model.isEmpty())
        return {};
    QStringList parts;
    if (model == QLatin1String("none"))
        parts << tr("No forecast: no whole period to learn from");
    else if (model == QLatin1String("naive"))
        parts << tr("Naive forecast (the last value carried forward): fewer than 6 whole periods");
    else
        parts << tr("%1 chosen by AICc").arg(model);
    if (forecast.metaText(QStringLiteral("notes")).contains(QLatin1String("two whole seasons")))
        parts << tr("no season: fewer than two whole seasons");
    if (accuracy) {
        // Step 1 of each model: the rows "ets" and "seasonal_naive" with step 1.
        std::optional<size_t> ets, naive;
        for (size_t r = 0; r < accuracy->rows.size(); ++r) {
            if (accuracy->text(r, cols::step) != QLatin1String("1"))
                continue;
            (accuracy->text(r, cols::model) == QLatin1String("ets") ? ets : naive) = r;
        }
        const int folds = ets ? accuracy->text(*ets, cols::folds).toInt() : 0;
        if (folds == 0) {
            parts << tr("no backtest yet: it needs more than 6 whole periods");
        } else {
            const auto mape = numberAt(*accuracy, *ets, "mape");
            const auto naiveMape = naive ? numberAt(*accuracy, *naive, "mape") : std::nullopt;
            const auto coverage = numberAt(*accuracy, *ets, "coverage_80");
            QString text = tr("last %n backtest(s), %1:", nullptr, folds).arg(periodsAhead(g, 1));
            if (mape)
                text += QLatin1Char(' ')
                        + tr("MAPE %1 (seasonal naive %2)")
                              .arg(ChartStyle::percent(*mape),
                                   naiveMape ? ChartStyle::percent(*naiveMape) : QStringLiteral("–"));
            if (coverage)
                text += tr(", 80% band held %1 of %2").arg(std::lround(*coverage * folds / 100.0)).arg(folds);
            parts << text;
        }
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace ul
