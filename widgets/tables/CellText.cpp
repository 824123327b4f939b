// SPDX-License-Identifier: MIT
#include "tables/CellText.h"

#include "ChartStyle.h"

#include <QCoreApplication>
#include <QLocale>

namespace ul {

QString cellDisplayText(const ReportCell& cell, const Column& column)
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
    switch (column.kind) {
    case ColumnKind::Money: return locale.toString(*number, 'f', 2);
    case ColumnKind::Percent:
        return ChartStyle::percent(column.unit == QLatin1String(Column::kFractionUnit) ? *number * 100.0 : *number);
    case ColumnKind::Count: return locale.toString(*number, 'f', 0);
    case ColumnKind::Ratio: return locale.toString(*number, 'f', 2) + QStringLiteral("×");
    case ColumnKind::Amount:
        if (column.decimals >= 0)
            return locale.toString(*number, 'f', column.decimals);
        break;
    case ColumnKind::Id:
    case ColumnKind::Period:
    case ColumnKind::Text:
    case ColumnKind::Flag:
    case ColumnKind::Series: break;
    }
    return ChartStyle::exact(*number);
}

} // namespace ul
