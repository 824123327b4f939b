// SPDX-License-Identifier: MIT
#include "CliRunner.h"

#include "cli/CoreCommands.h"

#include <QTextStream>

namespace ul::test {

CliRun runCommand(const CommandRegistry& registry, QStringList args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CliStreams io{out, err};
    args.prepend(QStringLiteral("usagelens"));
    r.code = registry.run(args, io);
    out.flush();
    err.flush();
    return r;
}

CliRun runCoreCommand(const QStringList& args)
{
    CommandRegistry registry;
    registerCoreCommands(registry);
    return runCommand(registry, args);
}

} // namespace ul::test
