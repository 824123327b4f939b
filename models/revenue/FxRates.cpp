// SPDX-License-Identifier: MIT
#include "revenue/FxRates.h"

#include "import/MetricKey.h"
#include "import/WrittenNumber.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace ul {

std::optional<double> FxRates::rate(const QString& currency) const
{
    const auto it = perUnit.constFind(currency.trimmed().toLower());
    return it == perUnit.constEnd() ? std::nullopt : std::optional<double>(*it);
}

QString FxRates::signature() const
{
    QStringList keys = perUnit.keys();
    keys.sort();
    QStringList parts;
    for (const QString& k : keys)
        parts << QStringLiteral("%1:%2").arg(k).arg(perUnit.value(k), 0, 'g', 17);
    return reportingCurrency + QLatin1Char('=') + parts.join(QLatin1Char(','));
}

std::optional<FxRates> readFxRates(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read the rates file (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    FxRates rates;
    rates.source = QFileInfo(path).fileName();
    QString headerCurrency;
    int lineNumber = 0;
    static const QRegularExpression split(QStringLiteral("[,;\\t]"));
    static const QRegularExpression perUnit(QStringLiteral("^([a-z]{3})_per_unit$"));
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        if (lineNumber == 1 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(split);
        const auto fail = [&](const QString& why) {
            *error = QStringLiteral("%1:%2: %3 (expected `currency,rate`, e.g. `usd,0.92`)")
                         .arg(path)
                         .arg(lineNumber)
                         .arg(why);
            return std::nullopt;
        };
        if (cells.size() < 2)
            return fail(QStringLiteral("two columns expected: '%1'").arg(line));
        if (lineNumber == 1) {
            const auto m = perUnit.match(metricKeyFromHeader(cells[1]));
            if (m.hasMatch())
                headerCurrency = m.captured(1);
            continue; // the header row
        }
        const QString currency = cells[0].trimmed().remove(QLatin1Char('"')).toLower();
        const QByteArray text = cells[1].trimmed().remove(QLatin1Char('"')).toUtf8();
        std::string scratch;
        auto normal = normalizeWrittenNumber(std::string_view(text.constData(), size_t(text.size())), false, scratch);
        bool ok = false;
        const double value = normal ? QString::fromStdString(std::string(*normal)).toDouble(&ok) : 0.0;
        if (currency.isEmpty() || !ok || !std::isfinite(value) || value <= 0)
            return fail(QStringLiteral("not a currency and a positive rate: '%1'").arg(line));
        if (rates.perUnit.contains(currency))
            return fail(QStringLiteral("currency '%1' is given twice").arg(currency));
        rates.perUnit.insert(currency, value);
    }
    if (rates.perUnit.isEmpty()) {
        *error = QStringLiteral("%1: no rates (a header row, then `currency,rate` lines)").arg(path);
        return std::nullopt;
    }
    if (!headerCurrency.isEmpty()) {
        rates.reportingCurrency = headerCurrency;
        if (rates.rate(headerCurrency).value_or(1.0) != 1.0) {
            *error = QStringLiteral("%1: the reporting currency %2 must be at 1").arg(path, headerCurrency.toUpper());
            return std::nullopt;
        }
        rates.perUnit.insert(headerCurrency, 1.0);
    } else {
        QStringList atOne;
        for (auto it = rates.perUnit.cbegin(); it != rates.perUnit.cend(); ++it)
            if (it.value() == 1.0)
                atOne << it.key();
        if (atOne.size() != 1) {
            *error = QStringLiteral("%1: name the reporting currency in the header (`currency,eur_per_unit`) or "
                                    "give exactly one currency the rate 1")
                         .arg(path);
            return std::nullopt;
        }
        rates.reportingCurrency = atOne.front();
    }
    return rates;
}

} // namespace ul
