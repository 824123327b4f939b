// SPDX-License-Identifier: MIT
#include "FuzzInput.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>

#include <unistd.h>

namespace ul::fuzz {

QString writeInput(const uint8_t* data, size_t size, const char* name)
{
    static const QString dir = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        const QString d = QStringLiteral("%1/usagelens-fuzz-%2").arg(base).arg(::getpid());
        QDir().mkpath(d);
        return d;
    }();
    const QString path = dir + QLatin1Char('/') + QLatin1String(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

void quietQt()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

} // namespace ul::fuzz
