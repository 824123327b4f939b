// SPDX-License-Identifier: MIT
// UsageLens entry point: a subcommand runs headless; no arguments opens the dashboard.
#include "GuiEntry.h"
#include "cli/CommandRegistry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("UsageLens"));
    QCoreApplication::setApplicationName(QStringLiteral("usagelens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(USAGELENS_VERSION));

    ul::CommandRegistry registry;
    ul::registerCoreCommands(registry);
    ul::registerGuiCommands(registry);

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (first.isEmpty() || first.startsWith(QLatin1Char('-')) && first != QLatin1String("--help")
            && first != QLatin1String("-h") && first != QLatin1String("--version"))
        return ul::runGui(argc, argv);
    if (!registry.has(first) && QFileInfo::exists(first)) {
        // Opened from a file manager: usagelens FILE...
        QStringList files;
        for (int i = 1; i < argc; ++i)
            files << QFileInfo(QString::fromLocal8Bit(argv[i])).absoluteFilePath();
        return ul::runGui(argc, argv, files);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    ul::CliStreams io{out, err};
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out << registry.helpText();
        return ul::ExitOk;
    }
    if (first == QLatin1String("--version")) {
        out << "usagelens " << USAGELENS_VERSION << '\n';
        return ul::ExitOk;
    }
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (ul::commandNeedsGui(first)) {
        // Rendering needs widgets but no display: default to the offscreen platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return registry.run(args, io);
    }
    QCoreApplication app(argc, argv);
    return registry.run(args, io);
}
