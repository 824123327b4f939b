// SPDX-License-Identifier: MIT
#include "cli/CommandRegistry.h"

namespace ul {

void CommandRegistry::add(const QString& name, const QString& summary, CommandFn fn)
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
    QString text = QStringLiteral("Usage: usagelens [COMMAND [OPTIONS]]\n"
                                  "Without a command the dashboard window opens on the last workspace or the demo.\n\n"
                                  "Commands:\n");
    for (const auto& [name, cmd] : m_commands)
        text += QStringLiteral("  %1%2\n").arg(name, -16).arg(cmd.summary);
    text += QStringLiteral("\nRun 'usagelens COMMAND --help' for a command's options.\n");
    return text;
}

} // namespace ul
