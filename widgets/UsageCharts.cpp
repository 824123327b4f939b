// SPDX-License-Identifier: MIT
#include "UsageCharts.h"

#include "RankLabels.h"

#include "ChartStyle.h"
#include "PeriodLabels.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDate>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ul {

namespace {

constexpr int kMaxXLabels = 8;

void showTip(const QString& text) { QToolTip::showText(QCursor::pos(), text); }

QString valueText(double v, bool percent) { return percent ? ChartStyle::percent(v) : ChartStyle::exact(v); }

/// X axis at indices 0..n-1 with few enough labels for their length, so they never overlap.
/// `axisWidth`: the pixels the labels may take (less when a legend sits beside the plot).
QCategoryAxis* periodAxis(const QStringList& labels, int axisWidth = 260)
{
    auto* axis = new QCategoryAxis;
    const int n = int(labels.size());
    QStringList shortLabels;
    int longest = 1;
    for (const QString& l : PeriodLabels::readable(labels)) {
        shortLabels << l;
        longest = std::max(longest, int(l.size()));
    }
    // Budget for a chart a third of a 1280-pixel window wide (~260 px of axis, ~7 px per character).
    const int maxLabels = std::clamp(axisWidth / (longest * 7 + 14), 2, kMaxXLabels);
    const int step = std::max(1, int(std::ceil(double(n) / maxLabels)));
    // Qt elides a label to its category's width and to the plot's left edge: the first label sits
    // half a step in (not on the edge) and its category starts one step before it.
    const int first = step >= 2 ? step / 2 : 0;
    axis->setStartValue(double(first - step));
    for (int i = first; i < n; i += step)
        axis->append(shortLabels.at(i), i);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(-0.5, std::max(0.5, n - 0.5));
    axis->setGridLineVisible(false);
    QFont f = axis->labelsFont();
    f.setPointSizeF(8);
    axis->setLabelsFont(f);
    return axis;
}

QCategoryAxis* valueAxis(double min, double max, ChartStyle::AxisValues values)
{
    auto* axis = new QCategoryAxis;
    // Four steps: a chart row on a 720-pixel projector is ~110 px of plot, too short for six
    // category labels (Qt would shorten them to "...").
    ChartStyle::niceValueAxis(axis, std::min(0.0, min), std::max(0.0, max), 4, values);
    QFont f = axis->labelsFont();
    f.setPointSizeF(8);
    axis->setLabelsFont(f);
    return axis;
}

/// Percent, or counts when every value is whole (customers, records): no tick between two whole values.
ChartStyle::AxisValues axisValuesOf(const std::vector<UsageCharts::Series>& series, bool percent)
{
    if (percent)
        return ChartStyle::AxisValues::Percents;
    for (const auto& s : series)
        for (const auto& v : s.values)
            if (v && *v != std::floor(*v))
                return ChartStyle::AxisValues::Amounts;
    return ChartStyle::AxisValues::Counts;
}

/// A power of ten on a log axis: 0.01, 0.1, 1, 10, 1k... (never "0": a log axis has no zero).
QString decadeLabel(int power)
{
    return power < 0 ? QLocale().toString(std::pow(10.0, power), 'f', -power)
                     : ChartStyle::abbreviate(std::pow(10.0, power));
}

void minMax(const std::vector<UsageCharts::Series>& series, double* lo, double* hi)
{
    *lo = 0;
    *hi = 0;
    for (const auto& s : series)
        for (const auto& v : s.values)
            if (v) {
                *lo = std::min(*lo, *v);
                *hi = std::max(*hi, *v);
            }
}

/// The running share of ranks 1..i beside the bars of a ranking (rank 1 on top), on an axis of
/// its own along the top: where it crosses 80% is how few customers make most of the total.
void addParetoLine(QChart* chart, QAbstractAxis* ranks, const std::vector<std::optional<double>>& cumulative,
                   const QFont& font, bool dark)
{
    auto* axis = new QCategoryAxis;
    axis->setStartValue(-25); // a label needs a category before it to be drawn at 0
    for (int pct = 0; pct <= 100; pct += 25)
        axis->append(ChartStyle::percent(pct), pct);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(0, 100);
    axis->setLabelsFont(font);
    axis->setGridLineVisible(false);
    const QColor color = dark ? QColor(0xD1, 0xD5, 0xDB) : QColor(0x37, 0x41, 0x51);
    axis->setLabelsBrush(color);
    chart->addAxis(axis, Qt::AlignTop);
    auto* line = new QLineSeries;
    auto* points = new QScatterSeries;
    const int n = int(cumulative.size());
    for (int i = 0; i < n; ++i) {
        if (!cumulative[size_t(i)])
            continue;
        const double y = n - 1 - i; // bar index: rank 1 is the top bar
        line->append(std::min(100.0, *cumulative[size_t(i)]), y);
        points->append(std::min(100.0, *cumulative[size_t(i)]), y);
    }
    points->setMarkerSize(5);
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{line, points}) {
        chart->addSeries(s);
        s->attachAxis(axis);
        s->attachAxis(ranks);
    }
    line->setPen(QPen(color, 1.5));
    points->setColor(color);
    points->setBorderColor(color);
    QObject::connect(points, &QScatterSeries::hovered, points, [n](const QPointF& p, bool on) {
        if (on)
            showTip(QObject::tr("Ranks 1–%1: %2 of the total")
                        .arg(n - int(std::lround(p.y())))
                        .arg(ChartStyle::percent(p.x())));
    });
}

QChart* newChart(bool dark, bool legend)
{
    auto* chart = new QChart;
    ChartStyle::apply(chart, dark);
    chart->legend()->setVisible(legend);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

} // namespace

QStringList UsageCharts::labelsOf(const std::vector<PeriodTotal>& totals)
{
    QStringList labels;
    for (const PeriodTotal& t : totals)
        labels << t.label;
    return labels;
}

std::vector<Day> UsageCharts::startsOf(const std::vector<PeriodTotal>& totals)
{
    std::vector<Day> starts;
    for (const PeriodTotal& t : totals)
        starts.push_back(t.start);
    return starts;
}

QStringList UsageCharts::partialNotesOf(const std::vector<PeriodTotal>& totals)
{
    QStringList notes;
    for (const PeriodTotal& t : totals) {
        if (!t.partial || t.coveredTo < t.coveredFrom) {
            notes << (t.partial ? QObject::tr("partial: no data in this period") : QString());
            continue;
        }
        notes << partialNote(t.coveredFrom, t.coveredTo);
    }
    return notes;
}

QString UsageCharts::partialNote(Day coveredFrom, Day coveredTo)
{
    if (coveredTo < coveredFrom)
        return QObject::tr("partial: no data in this period");
    const QLocale locale;
    const auto dayMonth = [&](Day d) {
        const Ymd ymd = ymdFromDay(d);
        return locale.toString(QDate(ymd.year, ymd.month, ymd.day), QStringLiteral("d MMM"));
    };
    return QObject::tr("partial: %1–%2").arg(dayMonth(coveredFrom), dayMonth(coveredTo));
}

QChart* UsageCharts::periodBars(const QStringList& periods, const std::vector<Series>& series, bool dark, bool percent,
                                int colorOffset)
{
    const QStringList labels = PeriodLabels::readable(periods); // tooltips as the axis reads
    QChart* chart = newChart(dark, series.size() > 1);
    auto* bars = new QBarSeries;
    bars->setBarWidth(series.size() > 1 ? 0.8 : 0.7);
    for (const Series& s : series) {
        auto* set = new QBarSet(s.name);
        for (const auto& v : s.values)
            *set << v.value_or(0);
        bars->append(set);
    }
    chart->addSeries(bars);
    double lo = 0, hi = 0;
    minMax(series, &lo, &hi);
    QCategoryAxis* x = periodAxis(labels);
    QCategoryAxis* y = valueAxis(lo, hi, axisValuesOf(series, percent));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    const auto sets = bars->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QBarSet* set = sets.at(i);
        const QColor color = series.at(i).color.isValid() ? series.at(i).color
                                                          : ChartStyle::seriesColor(colorOffset + i);
        set->setColor(color);
        set->setBorderColor(Qt::transparent);
        // Partial periods are the same colour, lighter: "selected" is the only per-bar colour Qt Charts has.
        const QStringList notes = series.at(i).partialNotes;
        QColor light = color;
        light.setAlphaF(0.4);
        set->setSelectedColor(light);
        for (int k = 0; k < notes.size(); ++k)
            if (!notes.at(k).isEmpty())
                set->selectBar(k);
        const QString name = series.at(i).name;
        QObject::connect(set, &QBarSet::hovered, set, [set, labels, name, percent, notes](bool on, int index) {
            if (!on || index < 0 || index >= labels.size())
                return;
            QString tip = QStringLiteral("%1 — %2: %3").arg(labels.at(index), name, valueText(set->at(index), percent));
            if (index < notes.size() && !notes.at(index).isEmpty())
                tip += QStringLiteral("\n") + notes.at(index);
            showTip(tip);
        });
    }
    return chart;
}

QChart* UsageCharts::stackedPeriodBars(const QStringList& periods, const std::vector<Series>& series, bool dark)
{
    const QStringList labels = PeriodLabels::readable(periods); // tooltips as the axis reads
    QChart* chart = newChart(dark, true);
    // Up to 9 names do not fit in one line above a third of a 1280-pixel window: a column beside
    // the bars keeps every name whole.
    if (series.size() > 3)
        chart->legend()->setAlignment(Qt::AlignRight);
    auto* bars = new QStackedBarSeries;
    bars->setBarWidth(0.7);
    std::vector<double> sums(size_t(labels.size()), 0.0);
    for (const Series& s : series) {
        auto* set = new QBarSet(s.name);
        for (size_t i = 0; i < s.values.size(); ++i) {
            *set << s.values[i].value_or(0);
            if (i < sums.size())
                sums[i] += s.values[i].value_or(0);
        }
        bars->append(set);
    }
    chart->addSeries(bars);
    const double hi = sums.empty() ? 0 : *std::max_element(sums.begin(), sums.end());
    QCategoryAxis* x = periodAxis(labels, series.size() > 3 ? 200 : 330);
    QCategoryAxis* y = valueAxis(0, hi, axisValuesOf(series, false));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    const auto sets = bars->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QBarSet* set = sets.at(i);
        set->setColor(series.at(size_t(i)).color.isValid() ? series.at(size_t(i)).color : ChartStyle::seriesColor(i));
        set->setBorderColor(Qt::transparent);
        const QString name = series.at(size_t(i)).name;
        const QStringList notes = series.at(size_t(i)).partialNotes;
        QObject::connect(set, &QBarSet::hovered, set, [set, labels, name, notes, sums](bool on, int index) {
            if (!on || index < 0 || index >= labels.size())
                return;
            const double total = sums[size_t(index)];
            QString tip = QStringLiteral("%1 — %2: %3").arg(labels.at(index), name, valueText(set->at(index), false));
            if (total > 0)
                tip += QObject::tr(" (%1 of %2)")
                           .arg(ChartStyle::percent(100.0 * set->at(index) / total), valueText(total, false));
            if (index < notes.size() && !notes.at(index).isEmpty())
                tip += QStringLiteral("\n") + notes.at(index);
            showTip(tip);
        });
    }
    return chart;
}

QChart* UsageCharts::customerMovements(const std::vector<ActivityPeriod>& periods, const QStringList& partialNotes,
                                       bool dark)
{
    QStringList labels;
    for (const ActivityPeriod& p : periods)
        labels << p.label;
    struct Part {
        QString name;
        QColor color;
        qint64 ActivityPeriod::*field;
        int sign;
    };
    const std::vector<Part> parts = {
        {QObject::tr("New"), ChartStyle::upColor(dark), &ActivityPeriod::newCustomers, 1},
        {QObject::tr("Reactivated"), ChartStyle::seriesColor(3), &ActivityPeriod::reactivated, 1},
        {QObject::tr("Churned"), ChartStyle::downColor(dark), &ActivityPeriod::churned, -1},
    };
    QChart* chart = newChart(dark, true);
    auto* bars = new QStackedBarSeries;
    bars->setBarWidth(0.7);
    double lo = 0, hi = 0;
    for (const Part& part : parts) {
        auto* set = new QBarSet(part.name);
        set->setColor(part.color);
        set->setBorderColor(Qt::transparent);
        for (const ActivityPeriod& p : periods) {
            const double v = double(part.sign * (p.*part.field));
            *set << v;
        }
        QColor light = part.color;
        light.setAlphaF(0.35);
        set->setSelectedColor(light);
        for (int k = 0; k < partialNotes.size() && k < int(periods.size()); ++k)
            if (!partialNotes.at(k).isEmpty())
                set->selectBar(k);
        bars->append(set);
    }
    for (const ActivityPeriod& p : periods) {
        hi = std::max(hi, double(p.newCustomers + p.reactivated));
        lo = std::min(lo, -double(p.churned));
    }
    chart->addSeries(bars);
    QCategoryAxis* x = periodAxis(labels);
    QCategoryAxis* y = valueAxis(lo, hi, ChartStyle::AxisValues::Counts);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    const auto sets = bars->barSets();
    for (QBarSet* set : sets)
        QObject::connect(set, &QBarSet::hovered, set, [periods, partialNotes](bool on, int i) {
            if (!on || i < 0 || i >= int(periods.size()))
                return;
            const ActivityPeriod& p = periods[size_t(i)];
            QString tip = QObject::tr("%1: %2 active\nnew %3 · reactivated %4 · churned %5")
                              .arg(p.label)
                              .arg(p.active)
                              .arg(p.newCustomers)
                              .arg(p.reactivated)
                              .arg(p.churned);
            if (p.opening > 0)
                tip += QObject::tr("\n%1 already active when the data begins (not counted as new)").arg(p.opening);
            if (i < partialNotes.size() && !partialNotes.at(i).isEmpty())
                tip += QStringLiteral("\n") + partialNotes.at(i);
            showTip(tip);
        });
    return chart;
}

QChart* UsageCharts::periodArea(const QStringList& periods, const std::vector<double>& values, bool dark,
                                int colorIndex)
{
    const QStringList labels = PeriodLabels::readable(periods); // tooltips as the axis reads
    QChart* chart = newChart(dark, false);
    auto* upper = new QLineSeries;
    for (size_t i = 0; i < values.size(); ++i)
        upper->append(double(i), values[i]);
    auto* area = new QAreaSeries(upper);
    chart->addSeries(area);
    double hi = values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    QCategoryAxis* x = periodAxis(labels);
    const bool whole = std::all_of(values.begin(), values.end(), [](double v) { return v == std::floor(v); });
    QCategoryAxis* y = valueAxis(0, hi, whole ? ChartStyle::AxisValues::Counts : ChartStyle::AxisValues::Amounts);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    area->attachAxis(x);
    area->attachAxis(y);
    QColor c = ChartStyle::seriesColor(colorIndex);
    area->setPen(QPen(c, 2));
    c.setAlpha(90);
    area->setBrush(c);
    QObject::connect(area, &QAreaSeries::hovered, area, [labels, values](const QPointF& p, bool on) {
        const int i = int(std::lround(p.x()));
        if (on && i >= 0 && i < int(values.size()))
            showTip(QObject::tr("%1: %2 so far").arg(labels.at(i), ChartStyle::exact(values[size_t(i)])));
    });
    return chart;
}

QChart* UsageCharts::periodLines(const QStringList& periods, const std::vector<Series>& series, bool dark, bool percent,
                                 bool zeroBaseline, int colorOffset)
{
    const QStringList labels = PeriodLabels::readable(periods); // tooltips as the axis reads
    QChart* chart = newChart(dark, series.size() > 1);
    double lo = 0, hi = 0;
    minMax(series, &lo, &hi);
    QCategoryAxis* x = periodAxis(labels);
    QCategoryAxis* y = valueAxis(lo, hi, axisValuesOf(series, percent));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const int n = int(labels.size());
    if (zeroBaseline) {
        auto* zero = new QLineSeries;
        zero->append(-0.5, 0);
        zero->append(std::max(0.5, n - 0.5), 0);
        chart->addSeries(zero);
        zero->attachAxis(x);
        zero->attachAxis(y);
        zero->setPen(QPen(dark ? QColor(0x9C, 0xA3, 0xAF) : QColor(0x6B, 0x72, 0x80), 1, Qt::DashLine));
        chart->legend()->markers(zero).value(0)->setVisible(false);
    }
    for (size_t si = 0; si < series.size(); ++si) {
        const Series& s = series[si];
        const QColor color = s.color.isValid() ? s.color : ChartStyle::seriesColor(colorOffset + int(si));
        // Gaps (nullopt) split the line so a missing change is not drawn as zero. A partial period
        // is a hollow point reached by a dashed segment: its value is real, its drop is not.
        const auto isPartial = [&s](int i) { return i < s.partialNotes.size() && !s.partialNotes.at(i).isEmpty(); };
        auto* points = new QScatterSeries;
        points->setName(s.name);
        points->setMarkerSize(n > 60 ? 0.1 : 6);
        auto* hollow = new QScatterSeries;
        hollow->setMarkerSize(n > 60 ? 4 : 7);
        QLineSeries* line = nullptr;
        std::vector<QLineSeries*> lines;
        std::vector<QLineSeries*> dashed;
        for (int i = 0; i < int(s.values.size()); ++i) {
            if (!s.values[size_t(i)]) {
                line = nullptr;
                continue;
            }
            const double v = *s.values[size_t(i)];
            if (i > 0 && s.values[size_t(i - 1)] && (isPartial(i) || isPartial(i - 1))) {
                auto* segment = new QLineSeries;
                segment->append(i - 1, *s.values[size_t(i - 1)]);
                segment->append(i, v);
                dashed.push_back(segment);
                line = nullptr;
            }
            if (isPartial(i)) {
                hollow->append(i, v);
                continue;
            }
            if (!line) {
                line = new QLineSeries;
                lines.push_back(line);
            }
            line->append(i, v);
            points->append(i, v);
        }
        for (QLineSeries* l : lines) {
            chart->addSeries(l);
            l->attachAxis(x);
            l->attachAxis(y);
            l->setPen(QPen(color, 2));
            chart->legend()->markers(l).value(0)->setVisible(false);
        }
        for (QLineSeries* l : dashed) {
            chart->addSeries(l);
            l->attachAxis(x);
            l->attachAxis(y);
            l->setPen(QPen(color, 2, Qt::DashLine));
            chart->legend()->markers(l).value(0)->setVisible(false);
        }
        chart->addSeries(points);
        points->attachAxis(x);
        points->attachAxis(y);
        points->setColor(color);
        points->setBorderColor(color);
        chart->addSeries(hollow);
        hollow->attachAxis(x);
        hollow->attachAxis(y);
        hollow->setColor(dark ? QColor(0x11, 0x18, 0x27) : QColor(Qt::white));
        hollow->setBorderColor(color);
        hollow->setPen(QPen(color, 2));
        chart->legend()->markers(hollow).value(0)->setVisible(false);
        const QString name = s.name;
        const QStringList notes = s.partialNotes;
        auto tip = [labels, name, percent, notes](const QPointF& p, bool on) {
            const int i = int(std::lround(p.x()));
            if (!on || i < 0 || i >= labels.size())
                return;
            QString text = QStringLiteral("%1 — %2: %3").arg(labels.at(i), name, valueText(p.y(), percent));
            if (i < notes.size() && !notes.at(i).isEmpty())
                text += QStringLiteral("\n") + notes.at(i);
            showTip(text);
        };
        QObject::connect(hollow, &QScatterSeries::hovered, hollow, tip);
        QObject::connect(points, &QScatterSeries::hovered, points, tip);
        for (QLineSeries* l : lines)
            QObject::connect(l, &QLineSeries::hovered, l, [l, tip](const QPointF& p, bool on) {
                // Snap to the nearest point so the tooltip shows a real value, not an interpolation.
                const auto pts = l->points();
                for (const QPointF& q : pts)
                    if (std::lround(q.x()) == std::lround(p.x()))
                        return tip(q, on);
            });
    }
    return chart;
}

QChart* UsageCharts::changeBars(const QStringList& periods, const std::vector<std::optional<double>>& values, bool dark)
{
    const QStringList labels = PeriodLabels::readable(periods); // tooltips as the axis reads
    QChart* chart = newChart(dark, false);
    // Two stacked sets (one always zero per period) give each bar the colour of its sign.
    auto* series = new QStackedBarSeries;
    auto* up = new QBarSet(QObject::tr("Growth"));
    auto* down = new QBarSet(QObject::tr("Decline"));
    double lo = 0, hi = 0;
    for (const auto& v : values) {
        const double x = v.value_or(0);
        *up << std::max(0.0, x);
        *down << std::min(0.0, x);
        lo = std::min(lo, x);
        hi = std::max(hi, x);
    }
    series->append(up);
    series->append(down);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    QCategoryAxis* x = periodAxis(labels);
    QCategoryAxis* y = valueAxis(lo, hi, ChartStyle::AxisValues::Percents);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    up->setColor(ChartStyle::upColor(dark));
    down->setColor(ChartStyle::downColor(dark));
    up->setBorderColor(Qt::transparent);
    down->setBorderColor(Qt::transparent);
    auto tip = [labels, values](bool on, int i) {
        if (on && i >= 0 && i < labels.size())
            showTip(QStringLiteral("%1: %2").arg(
                labels.at(i), values[size_t(i)] ? ChartStyle::percent(*values[size_t(i)]) : QObject::tr("n/a")));
    };
    QObject::connect(up, &QBarSet::hovered, up, tip);
    QObject::connect(down, &QBarSet::hovered, down, tip);
    return chart;
}

QChart* UsageCharts::histogram(const std::vector<HistogramBin>& bins, bool dark)
{
    QStringList labels;
    Series counts{QObject::tr("Customers"), {}};
    for (const HistogramBin& b : bins) {
        labels << ChartStyle::abbreviate(b.start);
        counts.values.push_back(double(b.count));
    }
    // Bin starts can abbreviate to the same text: then every label is exact, never "4.8k" beside
    // "4,991.39" on one axis (one number style per chart).
    if (QSet<QString>(labels.begin(), labels.end()).size() < labels.size()) {
        for (int i = 0; i < labels.size(); ++i)
            labels[i] = ChartStyle::exact(bins[size_t(i)].start);
    }
    QChart* chart = periodBars(labels, {counts}, dark, false, 4);
    auto* bars = qobject_cast<QBarSeries*>(chart->series().value(0));
    bars->setBarWidth(0.95);
    QBarSet* set = bars->barSets().value(0);
    QObject::disconnect(set, &QBarSet::hovered, nullptr, nullptr);
    QObject::connect(set, &QBarSet::hovered, set, [bins](bool on, int i) {
        if (on && i >= 0 && i < int(bins.size()))
            showTip(QObject::tr("%1 – %2: %n customer(s)", nullptr, int(bins[size_t(i)].count))
                        .arg(ChartStyle::exact(bins[size_t(i)].start), ChartStyle::exact(bins[size_t(i)].end)));
    });
    return chart;
}

QChart* UsageCharts::topCustomers(const std::vector<RankedCustomer>& ranked, bool dark, int colorIndex,
                                  const std::function<void(const RankedCustomer&)>& onClick,
                                  const std::vector<std::optional<double>>& cumulativeSharePct, bool logScale)
{
    QChart* chart = newChart(dark, false);
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(QObject::tr("Total", "noun: sum of values"));
    QStringList categories;
    double hi = 0, lowestPositive = 0;
    for (const RankedCustomer& r : ranked)
        if (r.value > 0 && (lowestPositive == 0 || r.value < lowestPositive))
            lowestPositive = r.value;
    logScale = logScale && lowestPositive > 0;
    // On a log axis a bar is log10(value) decades above the decade below the smallest value.
    const double base = logScale ? std::floor(std::log10(lowestPositive)) : 0;
    const auto plotted = [&](double v) { return !logScale ? v : v > 0 ? std::log10(v) - base : 0.0; };
    // Horizontal bars grow upwards, so append from the last rank to put rank 1 on top.
    for (auto it = ranked.rbegin(); it != ranked.rend(); ++it) {
        *set << plotted(it->value);
        categories << QStringLiteral("%1. %2").arg(it->rank).arg(it->customer);
        hi = std::max(hi, plotted(it->value));
    }
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    QFont f = y->labelsFont();
    f.setPointSizeF(8);
    y->setGridLineVisible(false);
    auto* x = new QCategoryAxis;
    if (logScale) {
        // One label per decade: 1k, 10k, 100k...
        const int decades = std::max(1, int(std::ceil(hi)));
        x->setStartValue(-1); // a label needs a category before it to be drawn at 0
        for (int k = 0; k <= decades; ++k)
            x->append(decadeLabel(int(base) + k), k);
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        x->setRange(0, decades);
    } else {
        ChartStyle::niceValueAxis(x, 0, hi, 5);
    }
    x->setLabelsFont(f);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    if (!cumulativeSharePct.empty())
        addParetoLine(chart, y, cumulativeSharePct, f, dark);
    new RankLabels(chart, categories); // the axis would turn crowded ids into "..."
    set->setColor(ChartStyle::seriesColor(colorIndex));
    set->setBorderColor(Qt::transparent);
    const std::vector<RankedCustomer> byBar(ranked.rbegin(), ranked.rend());
    QObject::connect(set, &QBarSet::hovered, set, [byBar](bool on, int i) {
        if (!on || i < 0 || i >= int(byBar.size()))
            return;
        const RankedCustomer& r = byBar[size_t(i)];
        if (r.sharePct)
            showTip(QObject::tr("#%1 %2: %3 (%4 of total) — click to open")
                        .arg(r.rank)
                        .arg(r.customer, ChartStyle::exact(r.value), ChartStyle::percent(*r.sharePct)));
        else
            showTip(QObject::tr("#%1 %2: %3 — click to open").arg(r.rank).arg(r.customer, ChartStyle::exact(r.value)));
    });
    if (onClick)
        QObject::connect(set, &QBarSet::clicked, set, [byBar, onClick](int i) {
            if (i >= 0 && i < int(byBar.size()))
                onClick(byBar[size_t(i)]);
        });
    return chart;
}

} // namespace ul
