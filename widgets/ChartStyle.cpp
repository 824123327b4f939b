// SPDX-License-Identifier: MIT
#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QDate>
#include <QLegend>
#include <QLocale>
#include <QPalette>
#include <QStyleFactory>

#include <cmath>

namespace ul {

QColor ChartStyle::seriesColor(int index)
{
    // Okabe-Ito inspired: distinguishable for colour-blind readers and on projectors.
    static const QColor colors[] = {QColor(0x3B, 0x82, 0xC4), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                    QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00)};
    return colors[index % 6];
}

QColor ChartStyle::upColor(bool dark) { return dark ? QColor(0x4A, 0xDE, 0x80) : QColor(0x16, 0xA3, 0x4A); }
QColor ChartStyle::downColor(bool dark) { return dark ? QColor(0xF8, 0x71, 0x71) : QColor(0xDC, 0x26, 0x26); }
QColor ChartStyle::noteColor(bool dark) { return dark ? QColor(0xC4, 0xB5, 0xFD) : QColor(0x6D, 0x28, 0xD9); }

QString ChartStyle::abbreviate(double value)
{
    const QLocale locale;
    struct Unit {
        double scale;
        const char* suffix;
    };
    // Short scale, as business readers say it: k, M, B (billion), T. "G" is for bytes.
    static const Unit units[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}};
    const auto scaled = [&](double v, const char* suffix) {
        // One decimal below 100 keeps labels short yet distinct (1.2k, 12.5k, 125k).
        QString text = locale.toString(v, 'f', std::fabs(v) < 100 ? 1 : 0);
        const QString zero = locale.toString(0.0, 'f', 1).right(2);
        if (text.endsWith(zero))
            text.chop(2);
        return text + QLatin1String(suffix);
    };
    const double a = std::fabs(value);
    for (size_t u = 0; u < std::size(units); ++u) {
        if (a < units[u].scale)
            continue;
        // 999,960 would round to "1000k": it reads as "1M".
        const double v = value / units[u].scale;
        if (u > 0 && std::round(std::fabs(v)) >= 1000)
            return scaled(value / units[u - 1].scale, units[u - 1].suffix);
        return scaled(v, units[u].suffix);
    }
    if (a == 0)
        return QStringLiteral("0");
    if (std::round(a) >= 1000) // 999.7 -> "1k", not "1,000"
        return scaled(value / 1e3, "k");
    if (a < 10 && std::fabs(value - std::round(value)) > 1e-9)
        return locale.toString(value, 'f', a < 1 ? 2 : 1);
    return locale.toString(value, 'f', 0);
}

QString ChartStyle::exact(double value)
{
    const QLocale locale;
    if (std::fabs(value - std::round(value)) < 1e-9)
        return locale.toString(value, 'f', 0);
    return locale.toString(value, 'f', 2);
}

QString ChartStyle::dateFormat()
{
    // Short formats often have two-digit years (dd.MM.yy, M/d/yy); ranges span decades of exports.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString ChartStyle::date(Day day)
{
    const Ymd ymd = ymdFromDay(day);
    return QLocale().toString(QDate(ymd.year, ymd.month, ymd.day), dateFormat());
}

QString ChartStyle::percent(double value)
{
    // A share that is not whole never reads as whole: 99.6% stays 99.6%, 0.04% is not 0%.
    int decimals = std::fabs(value) < 10 ? 1 : 0;
    const auto roundsToBoundary = [&](int d) {
        const double scale = std::pow(10.0, d);
        const double shown = std::fabs(std::round(value * scale) / scale);
        return (shown == 100.0 || shown == 0.0) && std::fabs(value) != shown;
    };
    while (decimals < 3 && roundsToBoundary(decimals))
        ++decimals;
    return QLocale().toString(value, 'f', decimals) + QLatin1Char('%');
}

void ChartStyle::apply(QChart* chart, bool dark)
{
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 8, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont title = chart->titleFont();
    title.setPointSizeF(10.5);
    title.setBold(true);
    chart->setTitleFont(title);
    // Legends sit in one row above the plot: a smaller font keeps six names such as
    // "Reactivation" and "Contraction" whole in a third of a 1280-pixel window.
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(7.5);
    chart->legend()->setFont(legend);
    if (dark) {
        chart->setBackgroundBrush(QColor(0x23, 0x26, 0x2E));
        chart->setTitleBrush(QColor(0xE5, 0xE7, 0xEB));
    } else {
        chart->setBackgroundBrush(Qt::white);
        chart->setTitleBrush(QColor(0x1F, 0x29, 0x37));
    }
}

double ChartStyle::niceStep(double min, double max, int ticks, AxisValues values)
{
    const double rawStep = (max - min) / std::max(1, ticks);
    const double mag = std::pow(10.0, std::floor(std::log10(rawStep)));
    double step = mag;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * mag;
        if (step >= rawStep)
            break;
    }
    // Half a customer is not a tick: counts step by whole numbers (1, 2, 5, 10, ..., never 2.5).
    if (values == AxisValues::Counts)
        step = step < 1 ? 1 : (step == 2.5 ? 2 : std::round(step));
    return step;
}

void ChartStyle::niceValueAxis(QCategoryAxis* axis, double min, double max, int ticks, AxisValues values)
{
    if (!(max > min)) {
        max = min + 1;
    }
    const double step = niceStep(min, max, ticks, values);
    const double lo = std::floor(min / step) * step;
    double hi = std::ceil(max / step) * step;
    // A bar that ends exactly on the frame reads as clipped: keep a little headroom.
    if (max > 0 && hi - max < 0.02 * (hi - lo))
        hi += step;
    // Shares never pass 100%: the headroom above a full share would read as 125% of something.
    if (values == AxisValues::Percents && max <= 100 && hi > 100)
        hi = 100;
    const auto labels = axis->categoriesLabels();
    for (const QString& l : labels)
        axis->remove(l);
    axis->setStartValue(lo);
    // Category labels must be unique; nice steps guarantee that for the abbreviated form.
    for (double v = lo; v <= hi + step / 2; v += step) {
        const double clean = std::fabs(v) < step / 1e6 ? 0.0 : v;
        if (clean > hi)
            break;
        const QString label = values == AxisValues::Percents ? ChartStyle::percent(clean)
                                                             : ChartStyle::abbreviate(clean);
        if (!axis->categoriesLabels().contains(label))
            axis->append(label, clean);
    }
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(lo, hi);
}

void ChartStyle::setValueUnit(QChart* chart, const QString& unit)
{
    QAbstractAxis* axis = chart ? chart->axes(Qt::Vertical).value(0) : nullptr;
    if (!axis || unit.isEmpty())
        return;
    QFont f = axis->titleFont();
    f.setPointSizeF(8);
    f.setBold(false);
    axis->setTitleFont(f);
    axis->setTitleText(unit);
}

namespace {

/// Style sheets resolve `palette(...)` when they are applied, not when they paint, so a live theme
/// switch would leave every styled widget (KPI cards, filter captions) in the old colours.
void reapplyStyleSheets()
{
    for (QWidget* w : QApplication::allWidgets())
        if (const QString sheet = w->styleSheet(); !sheet.isEmpty()) {
            w->setStyleSheet(QString());
            w->setStyleSheet(sheet);
        }
}

QPalette darkPalette();

} // namespace

void ChartStyle::applyApplicationTheme(bool dark)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    reapplyStyleSheets();
}

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor base(0x1B, 0x1D, 0x23), window(0x2A, 0x2D, 0x35), text(0xE5, 0xE7, 0xEB);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3B, 0x82, 0xC4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9C, 0xA3, 0xAF));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6B, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6B, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6B, 0x72, 0x80));
    return p;
}

} // namespace

namespace {
constexpr double kFlatChangePct = 0.05; // rounds to 0.0%: neither up nor down for a reader
}

QString ChartStyle::signedChange(double pct)
{
    if (std::abs(pct) < kFlatChangePct)
        return percent(0);
    return (pct > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + percent(std::abs(pct));
}

QColor ChartStyle::changeColor(double pct, bool dark)
{
    if (std::abs(pct) < kFlatChangePct)
        return {};
    return pct > 0 ? upColor(dark) : downColor(dark);
}

} // namespace ul
