// SPDX-License-Identifier: MIT
#include "GuiEntry.h"

#include <QApplication>
#include <QLabel>

namespace ul {

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("UsageLens"));
    label.show();
    return app.exec();
}

void registerGuiCommands(CommandRegistry&) {}

} // namespace ul
