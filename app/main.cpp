// SPDX-License-Identifier: MIT
// UsageLens entry point: a subcommand runs headless; no arguments opens the dashboard.
#include "GuiEntry.h"
#include "GuiSettings.h"
#include "cli/CommandRegistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <optional>
#include <vector>

namespace {

// The language to install when the application object is constructed: --lang, else the saved
// View › Language choice (the window only), else the system locale.
QString g_language;

void installLanguage()
{
    ul::applyLanguage(g_language);
}

} // namespace

// Runs inside every Q(Core)Application constructor, whichever code path creates it.
Q_COREAPP_STARTUP_FUNCTION(installLanguage)

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("UsageLens"));
    QCoreApplication::setApplicationName(QStringLiteral("usagelens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(USAGELENS_VERSION));

    // `--lang CODE` / `--lang=CODE` is global: it is taken out wherever it appears, before or
    // after the subcommand, so no command's own parser sees it.
    std::optional<QString> langArg;
    std::vector<char*> kept{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--lang") && i + 1 < argc) {
            langArg = QString::fromLocal8Bit(argv[++i]);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            langArg = a.mid(7);
        } else {
            kept.push_back(argv[i]);
        }
    }
    if (langArg) {
        const std::optional<QString> code = ul::normalizeLanguage(*langArg);
        if (!code) {
            QTextStream(stderr) << "usagelens: unknown language '" << *langArg
                                << "' (use system, " << ul::availableLanguages().join(QLatin1String(", ")) << ")\n";
            return ul::ExitUsageError;
        }
        g_language = *code;
    }
    argc = int(kept.size());
    kept.push_back(nullptr);
    argv = kept.data();

    ul::CommandRegistry registry;
    ul::registerCoreCommands(registry);
    ul::registerGuiCommands(registry);

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool gui = first.isEmpty() || first.startsWith(QLatin1Char('-')) && first != QLatin1String("--help")
            && first != QLatin1String("-h") && first != QLatin1String("--version");
    const bool openFiles = !gui && !registry.has(first) && QFileInfo::exists(first);
    if ((gui || openFiles) && !langArg)
        g_language = ul::GuiSettings().language();
    if (gui)
        return ul::runGui(argc, argv);
    if (openFiles) {
        // Opened from a file manager: usagelens FILE...
        QStringList files;
        for (int i = 1; i < argc; ++i)
            files << QFileInfo(QString::fromLocal8Bit(argv[i])).absoluteFilePath();
        return ul::runGui(argc, argv, files);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    ul::CliStreams io{out, err};
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version")) {
        // An application object first: it installs the translator, so the help is in the user's language.
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QCoreApplication::translate("usagelens", "UsageLens: offline customer-usage analytics. Without a command "
                                                     "the dashboard opens on the last workspace or the demo; a file "
                                                     "argument opens a workspace or the import wizard."));
        const QCommandLineOption help = parser.addHelpOption();
        const QCommandLineOption version = parser.addVersionOption();
        parser.addOption({QStringLiteral("lang"),
                          QCoreApplication::translate("usagelens", "Interface language: system, %1 (before or after the command).")
                              .arg(ul::availableLanguages().join(QLatin1String(", "))),
                          QStringLiteral("CODE")});
        parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("usagelens", "A command, listed below."),
                                     QStringLiteral("[COMMAND [OPTIONS]]"));
        parser.parse(app.arguments());
        if (parser.isSet(version))
            parser.showVersion(); // "usagelens 0.1.0", exits 0
        QTextStream out(stdout);
        out << parser.helpText() << '\n' << registry.helpText();
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
