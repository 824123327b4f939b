// SPDX-License-Identifier: MIT
#include "ExternalTools.h"

#include <QProcess>
#include <QRegularExpression>

namespace ul::test {

namespace {

QByteArray run(const QString& program, const QStringList& args, bool* ok = nullptr)
{
    QProcess p;
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    if (ok)
        *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return p.readAllStandardOutput();
}

} // namespace

QByteArray zipEntry(const QString& zip, const QString& entry)
{
    bool ok = false;
    const QByteArray text = run(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry}, &ok);
    return ok ? text : QByteArray();
}

QStringList zipEntries(const QString& zip)
{
    return QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip}))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString pdfText(const QString& pdf)
{
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
}

int pdfPages(const QString& pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf})));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace ul::test
