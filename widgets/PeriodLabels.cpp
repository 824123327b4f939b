// SPDX-License-Identifier: MIT
#include "PeriodLabels.h"

#include "core/Day.h"

#include <QCoreApplication>
#include <QLocale>

namespace ul {

namespace {

QString readableLabel(const QString& label, bool week)
{
    const QStringList parts = label.split(QLatin1Char('-'));
    if (parts.size() < 2 || parts.at(0).size() != 4)
        return label;
    const QString year = parts.at(0);
    if (parts.at(1).startsWith(QLatin1Char('Q')))
        return parts.at(1) + QLatin1Char(' ') + year;
    const int month = parts.at(1).toInt();
    if (month < 1 || month > 12)
        return label;
    const QString mon = QLocale().standaloneMonthName(month, QLocale::ShortFormat);
    if (parts.size() == 2)
        return mon + QLatin1Char(' ') + year;
    const QString day = QStringLiteral("%1 %2 %3").arg(parts.at(2).toInt()).arg(mon, year);
    //: A week on a chart's axis, by its first day (Monday): "w/c 26 Oct 2026" (week commencing).
    return week ? QCoreApplication::translate("PeriodLabels", "w/c %1").arg(day) : day;
}

} // namespace

bool PeriodLabels::areWeekStarts(const QStringList& labels)
{
    if (labels.size() < 2)
        return false;
    std::optional<Day> previous;
    for (const QString& label : labels) {
        const std::optional<Day> day = parseIsoDate(label);
        if (!day || isoWeekday(*day) != 1 || (previous && (*day - *previous) % 7 != 0))
            return false;
        previous = day;
    }
    return true;
}

QStringList PeriodLabels::readable(const QStringList& labels)
{
    const bool weeks = areWeekStarts(labels);
    QStringList out;
    for (const QString& label : labels)
        out << readableLabel(label, weeks);
    return out;
}

} // namespace ul
