// SPDX-License-Identifier: MIT
#include "cli/CommandRegistry.h"

#include <QCoreApplication>

namespace ul {

void CommandRegistry::add(const QString& name, const char* summary, CommandFn fn)
{
    m_commands[name] = {summary, std::move(fn)};
}

int CommandRegistry::run(const QStringList& argv, CliStreams& io) const
{
    const QString name = argv.value(1);
    const auto it = m_commands.find(name);
    if (it == m_commands.end()) {
        io.err << "usagelens: unknown command '" << name << "' (try usagelens --help)\n";
        return ExitUsageError;
    }
    QStringList args = argv.mid(2);
    args.prepend(QStringLiteral("usagelens %1").arg(name));
    const int code = it->second.fn(args, io);
    io.out.flush();
    io.err.flush();
    return code;
}

QString CommandRegistry::helpText() const
{
    QString text = QCoreApplication::translate("usagelens", "Commands:") + QLatin1Char('\n');
    for (const auto& [name, cmd] : m_commands)
        text += QStringLiteral("  %1%2\n").arg(name, -16).arg(QCoreApplication::translate("usagelens", cmd.summary));
    text += QLatin1Char('\n')
            + QCoreApplication::translate("usagelens", "Run 'usagelens COMMAND --help' for a command's options.")
            + QLatin1Char('\n');
    return text;
}

} // namespace ul
