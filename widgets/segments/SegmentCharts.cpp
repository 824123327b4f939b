// SPDX-License-Identifier: MIT
#include "SegmentCharts.h"

#include "ChartStyle.h"
#include "RankLabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ul {

namespace {

QChart* newChart(bool dark, bool legend)
{
    auto* chart = new QChart;
    ChartStyle::apply(chart, dark);
    // The value axes below use printf label formats; this renders them in the UI locale (0,50).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->setVisible(legend);
    chart->legend()->setAlignment(Qt::AlignTop);
    QFont f = chart->legend()->font();
    f.setPointSizeF(8);
    chart->legend()->setFont(f);
    return chart;
}

template <typename Axis> Axis* smallFont(Axis* axis)
{
    QFont f = axis->labelsFont();
    f.setPointSizeF(8);
    axis->setLabelsFont(f);
    QFont t = axis->titleFont();
    t.setPointSizeF(8);
    t.setBold(false);
    axis->setTitleFont(t);
    return axis;
}

void showTip(const QString& text) { QToolTip::showText(QCursor::pos(), text); }

/// Y axis for log10(1 + v): ticks at 0 and powers of ten, labelled with the raw value.
QCategoryAxis* log1pAxis(double maxValue)
{
    auto* axis = smallFont(new QCategoryAxis);
    // At most four powers: Qt Charts turns a label taller than the space to the next tick into
    // "...", which on a slide (a quarter of 720 px) or with billions (Livepeer) hid every tick.
    const int decades = std::max(1, int(std::ceil(std::log10(1 + std::max(0.0, maxValue)))));
    const int step = (decades + 3) / 4;
    const int top = step * ((decades + step - 1) / step);
    // The bottom is log10(1 + 0): customers with nothing. A log axis has no "0" a reader trusts,
    // so it stays unlabelled (a blank category, which the labels above it need to be drawn).
    axis->append(QStringLiteral(" "), 0);
    // 1 would sit right on top of 0 (log10(2) = 0.3): start the powers at 10.
    for (int p = step; p <= top; p += step) {
        const double v = std::pow(10.0, p);
        axis->append(ChartStyle::abbreviate(v), std::log10(1 + v));
    }
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(0, std::log10(1 + std::pow(10.0, top)) + 0.05);
    return axis;
}

} // namespace

QChart* SegmentCharts::shareBars(const std::vector<GroupStatsModel::Row>& rows, bool dark)
{
    QChart* chart = newChart(dark, true);
    auto* series = new QHorizontalBarSeries;
    auto* customers = new QBarSet(QObject::tr("% of customers"));
    auto* value = new QBarSet(QObject::tr("% of value"));
    QStringList categories;
    double hi = 0;
    // Horizontal bars grow upwards: append from the end so the first group is on top.
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        *customers << it->stats.customersPct;
        *value << it->stats.valuePct;
        categories << it->label;
        hi = std::max({hi, it->stats.customersPct, it->stats.valuePct});
    }
    customers->setColor(ChartStyle::seriesColor(4));
    value->setColor(ChartStyle::seriesColor(1));
    for (QBarSet* set : {customers, value})
        set->setBorderColor(Qt::transparent);
    series->append(customers);
    series->append(value);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* y = smallFont(new QBarCategoryAxis);
    // Nine names, two bars each, in a third of a 720-pixel projector's height: at 8 pt each name
    // is taller than its bars and Qt shortens it to "..."; the legend's size is enough.
    QFont names = y->labelsFont();
    names.setPointSizeF(7);
    y->setLabelsFont(names);
    y->append(categories);
    y->setGridLineVisible(false);
    auto* x = smallFont(new QCategoryAxis);
    ChartStyle::niceValueAxis(x, 0, std::max(1.0, hi), 4, ChartStyle::AxisValues::Percents);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    // On a slide, drawn beside the bars by us: the axis turns a name into "..." once its two bars
    // are less tall than the text (every name at 1280x720). The window keeps the axis, whose
    // margin leaves the title and legend their width.
    new RankLabels(chart, categories, true);
    const std::vector<GroupStatsModel::Row> byBar(rows.rbegin(), rows.rend());
    auto tip = [byBar](bool on, int i) {
        if (on && i >= 0 && i < int(byBar.size()))
            showTip(QObject::tr("%1: %2 customers (%3), value %4 (%5)")
                        .arg(byBar[size_t(i)].label, ChartStyle::exact(double(byBar[size_t(i)].stats.customers)),
                             ChartStyle::percent(byBar[size_t(i)].stats.customersPct),
                             ChartStyle::exact(byBar[size_t(i)].stats.value),
                             ChartStyle::percent(byBar[size_t(i)].stats.valuePct)));
    };
    QObject::connect(customers, &QBarSet::hovered, customers, tip);
    QObject::connect(value, &QBarSet::hovered, value, tip);
    return chart;
}

QChart* SegmentCharts::customerScatter(const std::vector<ScatterGroup>& groups, const QString& frequencyTitle,
                                       bool dark, const std::function<void(const QString&)>& onClick)
{
    // Colours match the swatches of the segment and cluster tables; the legend names them too
    // (a chart copied into a slide or a PDF has no table beside it).
    QChart* chart = newChart(dark, true);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(7);
    chart->legend()->setFont(legendFont);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeCircle);
    // More than three names do not fit one row above a third of a 1280-pixel window: a column
    // beside the plot keeps them whole.
    if (groups.size() > 3)
        chart->legend()->setAlignment(Qt::AlignRight);
    auto* x = smallFont(new QLogValueAxis);
    x->setBase(10);
    // "%.0f" printed 0.5 as "0", a value no log axis has.
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(frequencyTitle);
    x->setMinorTickCount(-1);
    double maxF = 1, maxM = 0;
    for (const ScatterGroup& g : groups)
        for (const QPointF& p : g.points) {
            maxF = std::max(maxF, p.x());
            maxM = std::max(maxM, p.y());
        }
    QCategoryAxis* y = log1pAxis(maxM);
    y->setTitleText(QObject::tr("Value (log scale)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const ScatterGroup& g : groups) {
        if (g.points.empty())
            continue;
        auto* series = new QScatterSeries;
        series->setName(g.name);
        series->setMarkerSize(g.points.size() > 2000 ? 5 : 7);
        series->setColor(g.color);
        series->setBorderColor(Qt::transparent);
        QList<QPointF> plotted;
        plotted.reserve(qsizetype(g.points.size()));
        for (const QPointF& p : g.points)
            plotted << QPointF(std::max(1.0, p.x()), std::log10(1 + std::max(0.0, p.y())));
        series->replace(plotted);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        // Points of one series are looked up by position: hover and click only pass the point.
        const std::vector<QPointF> raw = g.points;
        const QStringList ids = g.customers;
        const QString name = g.name;
        auto find = [plotted](const QPointF& p) {
            int best = -1;
            double bestD = 0;
            for (int i = 0; i < plotted.size(); ++i) {
                const double d = std::abs(plotted[i].x() - p.x()) / std::max(1.0, p.x())
                                 + std::abs(plotted[i].y() - p.y());
                if (best < 0 || d < bestD) {
                    best = i;
                    bestD = d;
                }
            }
            return best;
        };
        QObject::connect(series, &QScatterSeries::hovered, series, [find, raw, ids, name](const QPointF& p, bool on) {
            const int i = on ? find(p) : -1;
            if (i >= 0)
                showTip(QObject::tr("%1 (%2)\nfrequency %3, value %4 — click to open")
                            .arg(ids.at(i), name, ChartStyle::exact(raw[size_t(i)].x()),
                                 ChartStyle::exact(raw[size_t(i)].y())));
        });
        if (onClick)
            QObject::connect(series, &QScatterSeries::clicked, series, [find, ids, onClick](const QPointF& p) {
                const int i = find(p);
                if (i >= 0)
                    onClick(ids.at(i));
            });
    }
    x->setRange(0.8, std::max(10.0, maxF * 1.3));
    return chart;
}

QChart* SegmentCharts::elbow(const std::vector<KScore>& scores, int chosenK, bool dark)
{
    QChart* chart = newChart(dark, true);
    auto* inertia = new QLineSeries;
    inertia->setName(QObject::tr("Inertia"));
    auto* silhouette = new QLineSeries;
    silhouette->setName(QObject::tr("Silhouette"));
    inertia->setPointsVisible(true);
    silhouette->setPointsVisible(true);
    double hiI = 0, loS = 0, hiS = 0.1;
    int loK = 2, hiK = 3;
    for (const KScore& s : scores) {
        inertia->append(s.k, s.inertia);
        hiI = std::max(hiI, s.inertia);
        if (!std::isnan(s.silhouette)) {
            silhouette->append(s.k, s.silhouette);
            loS = std::min(loS, s.silhouette);
            hiS = std::max(hiS, s.silhouette);
        }
        loK = std::min(loK, s.k);
        hiK = std::max(hiK, s.k);
    }
    inertia->setColor(ChartStyle::seriesColor(0));
    silhouette->setColor(ChartStyle::seriesColor(1));
    chart->addSeries(inertia);
    chart->addSeries(silhouette);
    auto* x = smallFont(new QValueAxis);
    x->setRange(loK - 0.3, hiK + 0.3);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(loK);
    x->setTickInterval(1);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(QObject::tr("k (clusters)"));
    auto* yI = smallFont(new QCategoryAxis);
    ChartStyle::niceValueAxis(yI, 0, std::max(1.0, hiI), 4);
    yI->setTitleText(QObject::tr("Inertia"));
    auto* yS = smallFont(new QValueAxis);
    yS->setRange(std::floor(loS * 10) / 10, std::min(1.0, std::ceil(hiS * 10) / 10 + 0.1));
    yS->setLabelFormat(QStringLiteral("%.1f"));
    yS->setTickCount(5);
    yS->setTitleText(QObject::tr("Silhouette"));
    yS->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(yI, Qt::AlignLeft);
    chart->addAxis(yS, Qt::AlignRight);
    inertia->attachAxis(x);
    inertia->attachAxis(yI);
    silhouette->attachAxis(x);
    silhouette->attachAxis(yS);
    const auto chosen = std::find_if(scores.begin(), scores.end(),
                                     [chosenK](const KScore& s) { return s.k == chosenK; });
    if (chosen != scores.end() && !std::isnan(chosen->silhouette)) {
        auto* mark = new QScatterSeries;
        mark->setName(QObject::tr("k = %1").arg(chosenK));
        mark->setMarkerSize(13);
        mark->setColor(Qt::transparent);
        mark->setBorderColor(ChartStyle::seriesColor(5));
        mark->setPen(QPen(ChartStyle::seriesColor(5), 2));
        mark->append(chosen->k, chosen->silhouette);
        chart->addSeries(mark);
        mark->attachAxis(x);
        mark->attachAxis(yS);
    }
    auto tip = [scores](const QPointF& p, bool on) {
        for (const KScore& s : scores)
            if (on && s.k == qRound(p.x()))
                showTip(QObject::tr("k = %1: inertia %2, silhouette %3")
                            .arg(s.k)
                            .arg(ChartStyle::exact(s.inertia), QLocale().toString(s.silhouette, 'f', 3)));
    };
    QObject::connect(inertia, &QLineSeries::hovered, inertia, tip);
    QObject::connect(silhouette, &QLineSeries::hovered, silhouette, tip);
    return chart;
}

QChart* SegmentCharts::kDistance(const std::vector<double>& curve, int k, double eps, bool dark)
{
    QChart* chart = newChart(dark, true);
    // The legend carries the unit (the axis title has no room for it): one size down keeps both
    // entries whole in a third of a 1280-pixel window.
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(7);
    chart->legend()->setFont(legendFont);
    auto* line = new QLineSeries;
    line->setName(QObject::tr("Distance to neighbour %1 (std. units)").arg(k));
    const int n = int(curve.size());
    // A few hundred points draw the same curve as 100,000.
    const int step = std::max(1, n / 600);
    for (int i = 0; i < n; i += step)
        line->append(i + 1, curve[size_t(i)]);
    if (n > 0)
        line->append(n, curve.back());
    line->setColor(ChartStyle::seriesColor(0));
    chart->addSeries(line);
    auto* epsLine = new QLineSeries;
    epsLine->setName(QObject::tr("eps = %1").arg(QLocale().toString(eps, 'g', 3)));
    epsLine->append(1, eps);
    epsLine->append(std::max(2, n), eps);
    epsLine->setPen(QPen(ChartStyle::seriesColor(5), 1.5, Qt::DashLine));
    chart->addSeries(epsLine);
    // The first few points are far outliers; clipping them keeps the knee readable.
    const double tail = n > 0 ? curve[size_t(std::min(n - 1, n / 100))] : 1.0;
    const double hi = std::max({eps * 1.5, tail * 1.2, 0.1});
    auto* x = smallFont(new QCategoryAxis);
    ChartStyle::niceValueAxis(x, 0, std::max(2, n), 4);
    x->setTitleText(QObject::tr("Customers, by distance (descending)"));
    auto* y = smallFont(new QValueAxis);
    y->setRange(0, hi);
    y->setTickCount(5);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.2f"));
    // The unit is in the legend: a longer title than the plot is tall comes out as "Distance (std...".
    y->setTitleText(QObject::tr("Distance"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {line, epsLine}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QObject::connect(line, &QLineSeries::hovered, line, [](const QPointF& p, bool on) {
        if (on)
            showTip(QObject::tr("rank %1: %2").arg(qRound(p.x())).arg(QLocale().toString(p.y(), 'f', 3)));
    });
    return chart;
}

} // namespace ul
