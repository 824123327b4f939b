// SPDX-License-Identifier: MIT
#include "gui/GuiEntry.h"

#include "MainWindow.h"
#include "audit/WindowProbe.h"
#include "cli/CoreCommands.h"
#include "db/Workspace.h"
#include "gui/PdfExportCommand.h"
#include "gui/SnapshotCommand.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

namespace ul {

int runGui(int argc, char** argv, const QStringList& files)
{
    QApplication app(argc, argv);
    // Lets Wayland and the task bar match the window to the installed .desktop file and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.usagelens.UsageLens"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.usagelens.UsageLens"),
                                                 QIcon(QStringLiteral(":/icons/io.usagelens.UsageLens.svg"))));
    MainWindow window;
    QString error;
    // A double-clicked workspace (or a server's URI) opens; data files open on the startup workspace
    // in the import wizard.
    const bool workspaceGiven = !files.isEmpty()
                                && (files.first().endsWith(QLatin1String(".usagelens"), Qt::CaseInsensitive)
                                    || Workspace::isServerLocation(files.first()));
    const bool opened = workspaceGiven ? window.openWorkspace(files.first(), &error)
                                       : window.openStartupWorkspace(&error);
    if (!opened)
        QMessageBox::warning(&window, QObject::tr("UsageLens"),
                             QObject::tr("Could not open a workspace: %1").arg(error));
    window.fitToScreen();
    window.show();
    // The real-window test (tests/realwindow/) looks at the window from inside.
    if (const QString probe = qEnvironmentVariable("USAGELENS_WINDOW_PROBE"); !probe.isEmpty())
        startWindowProbe(&window, probe);
    QStringList dataFiles = files;
    if (workspaceGiven)
        dataFiles.removeFirst();
    if (!dataFiles.isEmpty())
        QTimer::singleShot(0, &window, [&window, dataFiles] { window.startImport(dataFiles); });
    return app.exec();
}

void registerApplicationCommands(CommandRegistry& registry)
{
    registerCoreCommands(registry, &PdfExportCommand::writePdf);
    registry.add(QStringLiteral("snapshot"), QT_TRANSLATE_NOOP("usagelens", "Render the dashboard offscreen to a PNG"),
                 &SnapshotCommand::run);
}

bool commandNeedsGui(const QString& name)
{
    // export only needs widgets for PDF, but the platform is chosen before its options are read;
    // with the offscreen default it still runs without a display (cron).
    return name == QLatin1String("snapshot") || name == QLatin1String("export");
}

} // namespace ul
