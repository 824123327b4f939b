// SPDX-License-Identifier: MIT
#include "core/MetricUnit.h"

#include <QRegularExpression>

namespace ul {

QString unitFromHeader(const QString& header)
{
    static const QRegularExpression bracketed(QStringLiteral("[(\\[]\\s*([^()\\[\\]]{1,12}?)\\s*[)\\]]\\s*$"));
    if (const auto m = bracketed.match(header); m.hasMatch())
        return m.captured(1);
    // Words as headers write them: "minutes watched", "session_seconds", "durationMinutes".
    static const struct {
        const char* word;
        const char* unit;
    } words[] = {{"minutes", "min"},  {"minute", "min"}, {"mins", "min"}, {"seconds", "s"},
                 {"secs", "s"},       {"hours", "h"},    {"bytes", "B"},  {"gigabytes", "GB"},
                 {"megabytes", "MB"}, {"gb", "GB"},      {"mb", "MB"},    {"tb", "TB"}};
    static const QRegularExpression split(QStringLiteral("[^A-Za-z]+|(?<=[a-z])(?=[A-Z])"));
    for (const QString& part : header.split(split, Qt::SkipEmptyParts)) {
        for (const auto& w : words)
            if (part.compare(QLatin1String(w.word), Qt::CaseInsensitive) == 0)
                return QLatin1String(w.unit);
    }
    return {};
}

} // namespace ul
