// SPDX-License-Identifier: MIT
#include "import/QuerySource.h"

#include <QCryptographicHash>

namespace ul {

QString QuerySource::importName() const
{
    const QByteArray key = (server + QLatin1Char('\n') + query.trimmed()).toUtf8();
    return QStringLiteral("query-%1")
        .arg(QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(12)));
}

QString QuerySource::importLocation() const { return server + QStringLiteral(": ") + query.trimmed(); }

} // namespace ul
