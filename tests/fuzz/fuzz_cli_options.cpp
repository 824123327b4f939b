// SPDX-License-Identifier: MIT
// The command line on any arguments: every read-only command of the CLI, with options and
// values taken from the input, on a small workspace. Exit codes are 0, 1 or 2 only, and a
// usage error (2) prints exactly one line: nothing a user types crashes or hangs the program.
#include "FuzzInput.h"
#include "cli/CommandRegistry.h"
#include "cli/CoreCommands.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdlib>

namespace {

QString workspace()
{
    static QTemporaryDir dir;
    static QString path;
    if (!path.isEmpty())
        return path;
    path = dir.filePath(QStringLiteral("fuzz.usagelens"));
    const QString csv = dir.filePath(QStringLiteral("usage.csv"));
    QFile f(csv);
    if (f.open(QIODevice::WriteOnly)) {
        QByteArray rows = "customer,date,minutes,plan\n";
        for (int d = 1; d <= 60; ++d)
            for (int c = 0; c < 6; ++c)
                rows += "c" + QByteArray::number(c) + ",2024-"
                        + QByteArray::number(1 + (d - 1) / 28).rightJustified(2, '0') + "-"
                        + QByteArray::number(1 + (d - 1) % 28).rightJustified(2, '0') + ","
                        + QByteArray::number((c + 1) * d) + "," + (c % 2 ? "pro" : "free") + "\n";
        f.write(rows);
    }
    f.close();
    ul::CommandRegistry registry;
    ul::registerCoreCommands(registry);
    QString out, err;
    QTextStream o(&out), e(&err);
    ul::CliStreams io{o, e};
    registry.run({QStringLiteral("usagelens"), QStringLiteral("import"), QStringLiteral("--db"), path, csv}, io);
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ul::fuzz::quietQt();
    if (size < 1)
        return 0;
    // The first byte picks the command; the rest are arguments separated by NUL bytes.
    static const char* const commands[] = {"report", "datasets", "imports", "note", "export", "check"};
    const QString command = QLatin1String(commands[data[0] % 6]);
    QStringList args{QStringLiteral("usagelens"), command, QStringLiteral("--db"), workspace()};
    if (command == QLatin1String("note"))
        args.insert(2, QStringLiteral("list"));
    static QTemporaryDir outDir;
    if (command == QLatin1String("export"))
        args << QStringLiteral("--format") << QStringLiteral("csv") << QStringLiteral("--out")
             << outDir.filePath(QStringLiteral("csv"));
    for (const QByteArray& part : QByteArray(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1)).split('\0'))
        if (!part.isEmpty())
            args << QString::fromUtf8(part);
    // Options that write or read elsewhere are not the target here.
    for (const QString& a : args)
        if (a.startsWith(QLatin1String("--db")) && a != QLatin1String("--db"))
            return 0;
    ul::CommandRegistry registry;
    ul::registerCoreCommands(registry);
    QString out, err;
    QTextStream o(&out), e(&err);
    ul::CliStreams io{o, e};
    const int code = registry.run(args, io);
    e.flush();
    if (code < 0 || code > 2)
        std::abort();
    if (code == 2 && err.trimmed().contains(QLatin1Char('\n')))
        std::abort(); // a usage error is one line
    return 0;
}
