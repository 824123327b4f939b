// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"

#include <QColor>
#include <QString>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QCategoryAxis;
class QApplication;
QT_END_NAMESPACE

namespace ul {

/// One colour scheme and number format for every chart, so tabs look alike in both themes.
class ChartStyle {
public:
    /// Series colour i of the shared palette (colour-blind friendly, readable on light and dark).
    /// A chart property set while a chart is drawn scaled (slides): the least text height, in the
    /// chart's layout pixels, that its own labels (RankLabels) may use.
    static constexpr const char* kMinTextProperty = "ulMinTextPixels";
    static QColor seriesColor(int index);
    static QColor upColor(bool dark);
    static QColor downColor(bool dark);
    /// Notes on dates (ChartNotes): a colour no series uses.
    static QColor noteColor(bool dark);
    /// 1234 -> "1.2k", 3400000 -> "3.4M", using the locale's decimal point.
    static QString abbreviate(double value);
    /// Exact value for tooltips and cards: grouped digits, at most 2 decimals.
    static QString exact(double value);
    static QString percent(double value);
    /// A change for a headline: "▲ 7.5%", "▼ 7.5%", or "0.0%" without an arrow below 0.05%.
    static QString signedChange(double pct);
    /// upColor or downColor for a change; invalid (the neutral text colour) below 0.05%.
    static QColor changeColor(double pct, bool dark);
    /// A day in the UI locale's short date format with a four-digit year (31.10.2026, 10/31/2026).
    static QString date(Day day);
    /// The QDateEdit display format matching date().
    static QString dateFormat();
    /// Applies the light or dark Qt Charts theme plus our fonts and margins.
    static void apply(QChart* chart, bool dark);
    /// What a value axis counts: amounts (any step), whole things (customers: whole steps only), or
    /// percent (labelled with %; an axis of shares ends at 100%).
    enum class AxisValues { Amounts, Counts, Percents };
    /// Fills a QCategoryAxis with about `ticks` "nice" labelled values covering [min, max].
    static void niceValueAxis(QCategoryAxis* axis, double min, double max, int ticks = 5,
                              AxisValues values = AxisValues::Amounts);
    /// The nice step niceValueAxis uses for about `ticks` steps over [min, max].
    static double niceStep(double min, double max, int ticks, AxisValues values);
    /// Titles the chart's value axis (the first vertical one) with its unit ("GB", "EUR");
    /// nothing for an empty unit.
    static void setValueUnit(QChart* chart, const QString& unit);
    /// Application palette for the chosen theme (Fusion style).
    static void applyApplicationTheme(bool dark);
};

} // namespace ul
