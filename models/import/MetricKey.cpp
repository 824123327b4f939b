// SPDX-License-Identifier: MIT
#include "import/MetricKey.h"

namespace ul {

QString metricKeyFromHeader(const QString& header)
{
    QString key;
    key.reserve(header.size());
    bool pendingSeparator = false;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber()) {
            if (pendingSeparator && !key.isEmpty())
                key += QLatin1Char('_');
            pendingSeparator = false;
            key += c;
        } else {
            pendingSeparator = true;
        }
    }
    return key;
}

} // namespace ul
