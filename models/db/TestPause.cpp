// SPDX-License-Identifier: MIT
#include "db/TestPause.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace ul {

void testPausePoint()
{
    const QString path = qEnvironmentVariable("USAGELENS_TEST_PAUSE");
    if (path.isEmpty())
        return;
    const QString reached = path + QStringLiteral(".reached");
    // Once per test run: the file says the pause happened.
    if (QFile::exists(reached))
        return;
    QFile mark(reached);
    if (!mark.open(QIODevice::WriteOnly))
        return;
    mark.close();
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(path + QStringLiteral(".go")) && waited.elapsed() < 60000)
        QThread::msleep(5);
}

} // namespace ul
