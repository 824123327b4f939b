// SPDX-License-Identifier: MIT
#include "tables/CellText.h"

#include "ChartStyle.h"

#include <QCoreApplication>
#include <QLocale>

namespace ul {

QString cellDisplayText(const ReportCell& cell, ValueKind kind)
{
    if (const auto* text = std::get_if<QString>(&cell)) {
        // The reports speak English keys ("yes"/"no"); people read them translated.
        if (*text == QLatin1String("yes"))
            return QCoreApplication::translate("ReportTableModel", "yes");
        if (*text == QLatin1String("no"))
            return QCoreApplication::translate("ReportTableModel", "no");
        return *text;
    }
    const std::optional<double> number = cellNumber(cell);
    if (!number)
        return QCoreApplication::translate("ReportTableModel", "n/a");
    const QLocale locale;
    switch (kind) {
    case ValueKind::Money: return locale.toString(*number, 'f', 2);
    case ValueKind::Percent: return ChartStyle::percent(*number);
    case ValueKind::Count: return locale.toString(*number, 'f', 0);
    case ValueKind::Ratio: return locale.toString(*number, 'f', 2) + QStringLiteral("×");
    case ValueKind::Months: return locale.toString(*number, 'f', 1);
    case ValueKind::Probability: return ChartStyle::percent(*number * 100.0);
    case ValueKind::Text:
    case ValueKind::Number: break;
    }
    return ChartStyle::exact(*number);
}

} // namespace ul
