// SPDX-License-Identifier: MIT
#include "RevenueCharts.h"

#include "ChartStyle.h"
#include "RankLabels.h"
#include "UsageCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>

#include <algorithm>

namespace ul {

namespace {

QString money(Micros m, const QString& currency)
{
    return QStringLiteral("%1 %2").arg(ChartStyle::exact(fromMicros(m)), currency);
}

} // namespace

QChart* RevenueCharts::movements(const QStringList& labels, const std::vector<MrrMovement>& movements,
                                 const QString& currency, bool dark, const QStringList& partialNotes)
{
    UsageCharts::Series net{QObject::tr("Net change"), {}, partialNotes};
    double lo = 0, hi = 0;
    for (const MrrMovement& m : movements) {
        net.values.push_back(fromMicros(m.ending - m.starting - m.opening));
        hi = std::max(hi, fromMicros(m.newMrr + m.expansion + m.reactivation));
        lo = std::min(lo, -fromMicros(m.contraction + m.churned));
    }
    // The period chart brings the shared month axis, zero baseline and net-change tooltips.
    QChart* chart = UsageCharts::periodLines(labels, {net}, dark, false, true, 5);
    const QList<QAbstractSeries*> lines = chart->series();
    auto* x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
    auto* y = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
    ChartStyle::niceValueAxis(y, lo, hi, 5);

    auto* bars = new QStackedBarSeries;
    struct Part {
        QString name;
        QColor color;
        Micros MrrMovement::*field;
        double sign;
    };
    const Part parts[] = {
        {QObject::tr("New"), ChartStyle::upColor(dark), &MrrMovement::newMrr, 1},
        {QObject::tr("Expansion"), ChartStyle::seriesColor(0), &MrrMovement::expansion, 1},
        {QObject::tr("Reactivation"), ChartStyle::seriesColor(3), &MrrMovement::reactivation, 1},
        {QObject::tr("Contraction"), ChartStyle::seriesColor(1), &MrrMovement::contraction, -1},
        {QObject::tr("Churned"), ChartStyle::downColor(dark), &MrrMovement::churned, -1},
    };
    for (const Part& p : parts) {
        auto* set = new QBarSet(p.name);
        for (const MrrMovement& m : movements)
            *set << p.sign * fromMicros(m.*(p.field));
        set->setColor(p.color);
        set->setBorderColor(Qt::transparent);
        // A partial month is drawn lighter: its churn may only be invoices not paid yet.
        QColor light = p.color;
        light.setAlphaF(0.35);
        set->setSelectedColor(light);
        for (int k = 0; k < partialNotes.size(); ++k)
            if (!partialNotes.at(k).isEmpty())
                set->selectBar(k);
        bars->append(set);
        QObject::connect(set, &QBarSet::hovered, set, [labels, movements, currency, partialNotes](bool on, int i) {
            if (!on || i < 0 || i >= int(movements.size()))
                return;
            const MrrMovement& m = movements[size_t(i)];
            QString tip = QObject::tr("%1\nStarting MRR: %2\nNew: +%3\nExpansion: +%4\nReactivation: +%5\n"
                                      "Contraction: −%6\nChurned: −%7\nEnding MRR: %8")
                              .arg(labels.at(i), money(m.starting, currency), money(m.newMrr, currency),
                                   money(m.expansion, currency), money(m.reactivation, currency),
                                   money(m.contraction, currency), money(m.churned, currency),
                                   money(m.ending, currency));
            if (m.opening > 0)
                tip += QObject::tr("\nOpening MRR: %1 (paying when the data begins; not counted as new)")
                           .arg(money(m.opening, currency));
            if (i < partialNotes.size() && !partialNotes.at(i).isEmpty())
                tip += QStringLiteral("\n") + partialNotes.at(i);
            QToolTip::showText(QCursor::pos(), tip);
        });
    }
    bars->setBarWidth(0.75);
    chart->addSeries(bars);
    bars->attachAxis(x);
    bars->attachAxis(y);
    const QColor netColor = dark ? QColor(0xE5, 0xE7, 0xEB) : QColor(0x1F, 0x29, 0x37);
    // Series are painted in the order they were added: put the baseline and net line back on top.
    for (QAbstractSeries* s : lines) {
        chart->removeSeries(s);
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        const bool isNetPoints = qobject_cast<QScatterSeries*>(s) != nullptr && !s->name().isEmpty();
        // A neutral net line reads over every bar colour (the palette's would clash with one).
        if (auto* scatter = qobject_cast<QScatterSeries*>(s)) {
            if (isNetPoints)
                scatter->setColor(netColor);
            scatter->setBorderColor(netColor);
            scatter->setPen(QPen(netColor, 2));
        } else if (auto* line = qobject_cast<QLineSeries*>(s)) {
            // The zero baseline starts half a period before the first month; net lines on a month.
            const bool isBaseline = !line->points().isEmpty() && line->points().first().x() < 0;
            if (!isBaseline)
                line->setPen(QPen(netColor, 2, line->pen().style())); // dashed into a partial month
        }
        for (QLegendMarker* marker : chart->legend()->markers(s))
            marker->setVisible(isNetPoints);
    }
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

QChart* RevenueCharts::profileRatios(const CoreProfile& profile, bool dark)
{
    QStringList categories;
    auto* set = new QBarSet(QObject::tr("Median ratio"));
    std::vector<ProfileRow> shown; // copies: the chart may outlive the data it came from
    double hi = 1;
    // Horizontal bars grow upwards: append in reverse so the table's first row is on top.
    for (auto it = profile.rows.rbegin(); it != profile.rows.rend(); ++it) {
        if (!it->medianRatio)
            continue;
        categories << it->attribute;
        *set << *it->medianRatio;
        shown.push_back(*it);
        hi = std::max(hi, *it->medianRatio);
    }
    if (shown.empty()) {
        delete set;
        return nullptr;
    }
    auto* chart = new QChart;
    ChartStyle::apply(chart, dark);
    chart->legend()->setVisible(false);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    yAxis->setGridLineVisible(false);
    QFont f = yAxis->labelsFont();
    f.setPointSizeF(8);
    yAxis->setLabelsFont(f);
    auto* xAxis = new QCategoryAxis;
    ChartStyle::niceValueAxis(xAxis, 0, hi, 4);
    xAxis->setLabelsFont(f);
    xAxis->setTitleText(QObject::tr("median ratio (×)"));
    xAxis->setTitleFont(f);
    chart->addAxis(yAxis, Qt::AlignLeft);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
    new RankLabels(chart, categories); // attribute names stay whole where the axis would cut them
    set->setColor(ChartStyle::seriesColor(3));
    set->setBorderColor(Qt::transparent);
    QObject::connect(set, &QBarSet::hovered, set, [shown](bool on, int i) {
        if (!on || i < 0 || i >= int(shown.size()))
            return;
        const ProfileRow& r = shown[size_t(i)];
        const QLocale locale;
        QToolTip::showText(QCursor::pos(), QObject::tr("%1: top 10% median %2, rest median %3 (%4×)")
                                               .arg(r.attribute, ChartStyle::exact(r.top.median.value_or(0)),
                                                    ChartStyle::exact(r.rest.median.value_or(0)),
                                                    locale.toString(r.medianRatio.value_or(0), 'f', 2)));
    });
    return chart;
}

} // namespace ul
