// SPDX-License-Identifier: MIT
#include "core/ReadableName.h"

#include <QStringList>

namespace ul {

QString readableName(const QString& header)
{
    const QString trimmed = header.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' ')))
        return header;
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words << word;
        word.clear();
    };
    for (int i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')) {
            flush();
            continue;
        }
        // amountPaid -> amount | Paid; a run of capitals (GB, MRR) stays one word.
        if (c.isUpper() && !word.isEmpty() && word.back().isLower())
            flush();
        word += c;
    }
    flush();
    if (words.size() < 2)
        return header;
    for (QString& w : words)
        if (w != w.toUpper()) // keep acronyms (GB, MRR) as written
            w = w.toLower();
    QString out = words.join(QLatin1Char(' '));
    out[0] = out.at(0).toUpper();
    return out;
}

} // namespace ul
