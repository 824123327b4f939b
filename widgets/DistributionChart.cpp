// SPDX-License-Identifier: MIT
#include "DistributionChart.h"

#include "ChartStyle.h"

#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace ul {

namespace {

std::optional<double> stat(const ReportTable& t, const char* name)
{
    for (size_t i = 0; i < t.rows.size(); ++i) {
        if (t.text(i, QStringLiteral("stat")) == QLatin1String(name))
            return t.number(i, QStringLiteral("value"));
    }
    return std::nullopt;
}

} // namespace

QChart* distributionBoxPlot(const ReportTable& distribution, bool dark)
{
    auto* chart = new QChart;
    ChartStyle::apply(chart, dark);
    chart->legend()->hide();
    const auto q1 = stat(distribution, "p25"), median = stat(distribution, "p50"), q3 = stat(distribution, "p75");
    const auto low = stat(distribution, "min"), high = stat(distribution, "max"), iqr = stat(distribution, "iqr");
    if (!q1 || !median || !q3 || !low || !high || !iqr)
        return chart;
    // Whiskers end at the fences (or the extremes when those lie within).
    const double lowerWhisker = std::max(*low, *q1 - 1.5 * *iqr);
    const double upperWhisker = std::min(*high, *q3 + 1.5 * *iqr);
    auto* series = new QBoxPlotSeries;
    auto* box = new QBoxSet(lowerWhisker, *q1, *median, *q3, upperWhisker,
                            distribution.metaText(QStringLiteral("of")) == QLatin1String("periods")
                                ? QObject::tr("Periods")
                                : QObject::tr("Customers"));
    box->setBrush(ChartStyle::seriesColor(0));
    series->append(box);
    chart->addSeries(series);
    chart->createDefaultAxes();
    if (auto* axis = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0))) {
        const double pad = (upperWhisker - lowerWhisker) * 0.05;
        // Totals are rarely negative: no axis below zero unless the data goes there.
        axis->setRange(lowerWhisker >= 0 ? std::max(0.0, lowerWhisker - pad) : lowerWhisker - pad, upperWhisker + pad);
        axis->setLabelFormat(upperWhisker - lowerWhisker >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    }
    ChartStyle::apply(chart, dark); // again: the axes exist now
    return chart;
}

QString distributionCaption(const ReportTable& distribution)
{
    const auto count = stat(distribution, "count");
    if (!count || *count == 0)
        return QObject::tr("No customers in this selection");
    const auto text = [&](const char* name) {
        const auto v = stat(distribution, name);
        return v ? ChartStyle::abbreviate(*v) : QObject::tr("n/a");
    };
    return QObject::tr("%1 customers · mean %2 · std %3 · median %4 · p90 %5 · p99 %6 · outliers: %7 low, %8 high")
        .arg(ChartStyle::exact(*count), text("mean"), text("std"), text("p50"), text("p90"), text("p99"),
             ChartStyle::exact(stat(distribution, "outliers_low").value_or(0)),
             ChartStyle::exact(stat(distribution, "outliers_high").value_or(0)));
}

} // namespace ul
