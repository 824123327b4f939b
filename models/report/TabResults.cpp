// SPDX-License-Identifier: MIT
#include "report/TabResults.h"

#include "db/ThreadWorkspace.h"
#include "report/ViewRegistry.h"

#include <QElapsedTimer>

namespace ul {

const ReportTable* TabResults::table(const QString& view) const
{
    for (const ReportTable& t : tables)
        if (t.name == view)
            return &t;
    return nullptr;
}

TabResults TabResults::load(const QString& workspacePath, const ReportRequest& request, TabGroup group)
{
    QElapsedTimer timer;
    timer.start();
    TabResults results;
    results.request = request;
    // A connection belongs to one thread: each job opens its own (cheap with WAL).
    QString message;
    Workspace* ws = threadWorkspace(workspacePath, &message);
    if (!ws) {
        results.error = ReportError::runtime(message);
        return results;
    }
    ReportContext context(ws->db());
    results = run(context, request, group);
    results.elapsedMs = timer.elapsed();
    return results;
}

TabResults TabResults::run(ReportContext& context, const ReportRequest& request, TabGroup group)
{
    QElapsedTimer timer;
    timer.start();
    TabResults results;
    results.request = request;
    for (const ViewSpec* view : viewsOfGroup(group)) {
        ReportTable table;
        if (!runReportView(context, view->key, request, &table, &results.error))
            break;
        results.tables.push_back(std::move(table));
    }
    results.elapsedMs = timer.elapsed();
    return results;
}

} // namespace ul
