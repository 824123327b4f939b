// SPDX-License-Identifier: MIT
#include "cli/ReportViewRegistry.h"

#include "cli/CommandRegistry.h"
#include "report/UsageReports.h"

namespace ul {

QStringList allReportViewNames()
{
    return usageViewNames();
}

void addExtraReportOptions(QCommandLineParser&) {}

int runExtraReportView(SqliteConnection&, const QString& view, const ReportRequest&, const QCommandLineParser&,
                       ReportTable*, QString* error)
{
    *error = QStringLiteral("unknown view '%1'").arg(view);
    return ExitUsageError;
}

} // namespace ul
