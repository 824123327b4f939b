// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"

#include <QByteArray>
#include <QString>

namespace ul {

/// What the numbers of a column hold, for choosing how many decimals to write.
struct ColumnNumbers {
    int decimalScale = -1;    ///< most decimals of an exact cell; -1: none
    double largestDouble = 0; ///< the largest magnitude of a floating cell
    bool doublesWhole = true;
    void add(const ReportCell& cell);
};

/// How a numeric column is written to a workbook: the value as the engine computed it, rounded to
/// the column's scale (money 2 decimals, counts none, amounts the metric's decimals), and a
/// number format of its kind (percent cells hold the fraction: 12.5% is 0.125).
struct XlsxNumberStyle {
    int scale = 2;      ///< decimals of the written value
    double divisor = 1; ///< 100 for percent points (12.5 is written 0.125)
    QByteArray format;  ///< the Excel number format

    static XlsxNumberStyle of(const Column& column, const ColumnNumbers& numbers);
    /// The number to write for a numeric cell; nullopt for text, missing and non-finite cells.
    std::optional<double> value(const ReportCell& cell) const;
};

/// `value` rounded to `decimals` (half away from zero, on its exact decimal expansion); 0 for -0.
double roundedTo(double value, int decimals);

/// A series cell ("11696601.433300002 0.30000000000000004 7") with each number rounded to a
/// scale for the series' magnitude and in its shortest form ("11696601.43 0.3 7").
QString readableSeries(const QString& series);

} // namespace ul
