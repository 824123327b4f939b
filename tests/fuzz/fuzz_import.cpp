// SPDX-License-Identifier: MIT
// The whole import of one small file into a fresh workspace, then every report view on it.
// Bad input must end in a clear error; good input in views that answer without crashing.
#include "FuzzInput.h"
#include "db/Workspace.h"
#include "import/Importer.h"
#include "report/ReportContext.h"
#include "report/ViewRegistry.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool quiet = (ul::fuzz::quietQt(), true);
    (void)quiet;
    if (size > 64 * 1024)
        return 0; // small files: the views, not the reader, are the point here
    const QString input = ul::fuzz::writeInput(data, size, "export.csv");
    const QString db = ul::fuzz::writeInput(nullptr, 0, "fuzz.usagelens");
    QFile::remove(db);
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    ul::Workspace ws;
    QString error;
    if (!ws.open(db, ul::Workspace::OpenMode::CreateIfMissing, &error))
        return 0;
    ul::ImportOptions options;
    options.skipBadRows = size % 3 == 0;
    const ul::ImportResult result = ul::importFiles(ws, {input}, options);
    if (!result.ok)
        return 0;
    ul::ReportContext context(ws.db());
    for (const ul::ViewSpec& view : ul::reportViews()) {
        for (ul::Granularity g : {ul::Granularity::Day, ul::Granularity::Month}) {
            ul::ReportRequest request;
            request.granularity = g;
            request.top = 3;
            ul::ReportTable table;
            ul::ReportError viewError;
            (void)ul::runReportView(context, view.key, request, &table, &viewError);
        }
    }
    return 0;
}
