// SPDX-License-Identifier: MIT
#include "report/TabResults.h"

#include "db/ThreadWorkspace.h"
#include "report/ViewRegistry.h"

#include <QElapsedTimer>

#include <algorithm>

namespace ul {

const ReportTable* TabResults::table(const QString& view) const
{
    for (const ReportTable& t : tables)
        if (t.name == view)
            return &t;
    return nullptr;
}

TabResults TabResults::load(const QString& workspacePath, const ReportRequest& request, TabGroup group, Views which)
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
    results = run(context, request, group, which);
    results.elapsedMs = timer.elapsed();
    return results;
}

TabResults TabResults::run(ReportContext& context, const ReportRequest& request, TabGroup group, Views which)
{
    QElapsedTimer timer;
    timer.start();
    TabResults results;
    results.request = request;
    for (const ViewSpec* view : viewsOfGroup(group)) {
        if ((which == Views::Summaries && view->perCustomer) || (which == Views::PerCustomer && !view->perCustomer))
            continue;
        ReportTable table;
        if (!runReportView(context, view->key, request, &table, &results.error))
            break;
        results.tables.push_back(std::move(table));
    }
    results.elapsedMs = timer.elapsed();
    return results;
}

void TabResults::merge(TabResults more, TabGroup group)
{
    for (ReportTable& t : more.tables)
        tables.push_back(std::move(t));
    const std::vector<const ViewSpec*> order = viewsOfGroup(group);
    const auto rank = [&](const ReportTable& t) {
        const auto it = std::find_if(order.begin(), order.end(), [&](const ViewSpec* v) { return v->key == t.name; });
        return it - order.begin();
    };
    std::stable_sort(tables.begin(), tables.end(),
                     [&](const ReportTable& a, const ReportTable& b) { return rank(a) < rank(b); });
    if (!more.ok())
        error = more.error;
    elapsedMs += more.elapsedMs;
}

} // namespace ul
