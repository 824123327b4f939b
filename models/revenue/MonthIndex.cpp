// SPDX-License-Identifier: MIT
#include "revenue/MonthIndex.h"

#include <QRegularExpression>

namespace ul {

int monthOfDay(Day day)
{
    const Ymd d = ymdFromDay(day);
    return monthIndex(d.year, d.month);
}

Day firstDayOfMonth(int month) { return dayFromYmd(yearOfMonth(month), monthOfYear(month), 1).value_or(0); }

QString monthLabel(int month)
{
    return QStringLiteral("%1-%2")
        .arg(yearOfMonth(month), 4, 10, QLatin1Char('0'))
        .arg(monthOfYear(month), 2, 10, QLatin1Char('0'));
}

std::optional<int> parseMonth(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QString trimmed = text.trimmed();
    if (const auto m = re.match(trimmed); m.hasMatch()) {
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return std::nullopt;
        return monthIndex(m.captured(1).toInt(), month);
    }
    if (const auto day = parseIsoDate(trimmed))
        return monthOfDay(*day);
    return std::nullopt;
}

} // namespace ul
