// SPDX-License-Identifier: MIT
// UsageLens entry point: a subcommand runs headless; no arguments opens the dashboard.
#include "GuiSettings.h"
#include "cli/CommandRegistry.h"
#include "gui/GuiEntry.h"
#include "settings/Language.h"

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

void installLanguage() { ul::applyLanguage(g_language); }

// Qt's own options that the window accepts (QGuiApplication/QApplication parse them); any other
// option without a command is a typo and must not open the window.
bool isQtWindowOption(const QString& arg, bool* takesValue)
{
    static const QStringList withValue{QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
                                       QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
                                       QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
                                       QStringLiteral("-qwindowicon"),     QStringLiteral("-style"),
                                       QStringLiteral("-stylesheet"),      QStringLiteral("-display"),
                                       QStringLiteral("-geometry")};
    static const QStringList flags{QStringLiteral("-reverse"), QStringLiteral("-widgetcount"),
                                   QStringLiteral("-nograb"), QStringLiteral("-dograb"), QStringLiteral("-sync")};
    QString name = arg;
    if (name.startsWith(QLatin1String("--")))
        name.remove(0, 1); // Qt accepts --style as well as -style
    *takesValue = withValue.contains(name);
    return *takesValue || flags.contains(name) || withValue.contains(name.section(QLatin1Char('='), 0, 0));
}

// The window needs a display unless a platform was chosen explicitly (QT_QPA_PLATFORM or
// -platform, e.g. offscreen in tests).
bool hasDisplay(int argc, char** argv)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "-platform") == 0 || qstrcmp(argv[i], "--platform") == 0)
            return true;
    return false;
}

// Headless commands (snapshot, export) run on the offscreen platform, whose harmless notices
// would turn every cron run into mail: they are dropped, everything else is printed as usual.
QtMessageHandler g_defaultHandler = nullptr;

void quietPlatformNotices(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg || type == QtInfoMsg || type == QtDebugMsg) {
        if (message.startsWith(QLatin1String("This plugin does not support"))
            || message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
            return;
    }
    if (g_defaultHandler)
        g_defaultHandler(type, context, message);
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
            QTextStream(stderr) << "usagelens: unknown language '" << *langArg << "' (use system, "
                                << ul::availableLanguages().join(QLatin1String(", ")) << ")\n";
            return ul::ExitUsageError;
        }
        g_language = *code;
    }
    argc = int(kept.size());
    kept.push_back(nullptr);
    argv = kept.data();

    ul::CommandRegistry registry;
    ul::registerApplicationCommands(registry);

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool gui = first.isEmpty()
                     || first.startsWith(QLatin1Char('-')) && first != QLatin1String("--help")
                            && first != QLatin1String("-h") && first != QLatin1String("--version")
                            && first != QLatin1String("-v");
    const bool openFiles = !gui && !registry.has(first) && QFileInfo::exists(first);
    if ((gui || openFiles) && !langArg)
        g_language = ul::GuiSettings().language();
    if (gui) {
        for (int i = 1; i < argc; ++i) {
            const QString arg = QString::fromLocal8Bit(argv[i]);
            bool takesValue = false;
            if (!isQtWindowOption(arg, &takesValue)) {
                QTextStream(stderr) << "usagelens: unknown option '" << arg << "' (see usagelens --help)\n";
                return ul::ExitUsageError;
            }
            if (takesValue)
                ++i;
        }
        if (!hasDisplay(argc, argv)) {
            QTextStream(stderr) << "usagelens: no display: set DISPLAY or use `usagelens snapshot`/`export`\n";
            return ul::ExitRuntimeError;
        }
        return ul::runGui(argc, argv);
    }
    if (openFiles && !hasDisplay(argc, argv)) {
        QTextStream(stderr) << "usagelens: no display: set DISPLAY or use `usagelens snapshot`/`export`\n";
        return ul::ExitRuntimeError;
    }
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
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version")
        || first == QLatin1String("-v")) {
        // An application object first: it installs the translator, so the help is in the user's language.
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QCoreApplication::translate("usagelens", "UsageLens: offline customer-usage analytics. Without a command "
                                                     "the dashboard opens on the last workspace or the demo; a file "
                                                     "argument opens a workspace or the import wizard."));
        const QCommandLineOption help = parser.addHelpOption();
        const QCommandLineOption version = parser.addVersionOption();
        parser.addOption(
            {QStringLiteral("lang"),
             QCoreApplication::translate("usagelens", "Interface language: system, %1 (before or after the command).")
                 .arg(ul::availableLanguages().join(QLatin1String(", "))),
             QStringLiteral("CODE")});
        parser.addPositionalArgument(QStringLiteral("command"),
                                     QCoreApplication::translate("usagelens", "A command, listed below."),
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
        g_defaultHandler = qInstallMessageHandler(quietPlatformNotices);
        QApplication app(argc, argv);
        return registry.run(args, io);
    }
    QCoreApplication app(argc, argv);
    return registry.run(args, io);
}
