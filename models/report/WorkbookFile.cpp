// SPDX-License-Identifier: MIT
#include "report/WorkbookFile.h"

#include "db/Workspace.h"
#include "export/XlsxExport.h"
#include "report/ReportContext.h"

namespace ul {

QString writeWorkbookFile(const QString& workspacePath, const std::vector<WorkbookTab>& tabs, const QString& path,
                          const std::atomic_bool& cancelled)
{
    Workspace ws;
    QString error;
    if (!ws.open(workspacePath, Workspace::OpenMode::ExistingOnly, &error))
        return error;
    ReportContext context(ws.db());
    std::vector<ReportTable> tables;
    ReportError failure;
    if (!buildWorkbook(context, tabs, &tables, &failure))
        return failure.message;
    if (cancelled)
        return QString(); // nothing written
    return XlsxExport::write(path, tables, &error) ? QString() : error;
}

} // namespace ul
