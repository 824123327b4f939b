// SPDX-License-Identifier: MIT
#include "GuiEntry.h"

#include "MainWindow.h"
#include "SnapshotCommand.h"

#include <QApplication>
#include <QMessageBox>

namespace ul {

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    MainWindow window;
    QString error;
    if (!window.openStartupWorkspace(&error))
        QMessageBox::warning(&window, QObject::tr("UsageLens"),
                             QObject::tr("Could not open a workspace: %1").arg(error));
    window.show();
    return app.exec();
}

void registerGuiCommands(CommandRegistry& registry)
{
    registry.add(QStringLiteral("snapshot"), QStringLiteral("Render the dashboard offscreen to a PNG"),
                 &SnapshotCommand::run);
}

bool commandNeedsGui(const QString& name) { return name == QLatin1String("snapshot"); }

} // namespace ul
