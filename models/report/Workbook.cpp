// SPDX-License-Identifier: MIT
#include "report/Workbook.h"

#include "report/ViewRegistry.h"

#include <QCoreApplication>

namespace ul {

ReportRequest tabRequest(const ReportRequest& request, const TabSpec& tab)
{
    ReportRequest r = request;
    r.metric = tab.metric;
    if (tab.group == TabGroup::Customer) {
        const QString id = tab.key.mid(int(qstrlen("customer:")));
        r.customer = id == QLatin1String("all") ? QString() : id;
    }
    return r;
}

std::optional<TabSpec> findTab(const DatasetInfo& dataset, const QString& key)
{
    for (const TabSpec& t : datasetTabs(dataset))
        if (t.key == key)
            return t;
    if (key.startsWith(QLatin1String("customer:")) && key.size() > 9) {
        const QString id = key.mid(9);
        return TabSpec{key, TabGroup::Customer,
                       id == QLatin1String("all")
                           ? QCoreApplication::translate("ul::MainWindow", "All customers")
                           : QCoreApplication::translate("ul::MainWindow", "Customer %1").arg(id),
                       QString()};
    }
    return std::nullopt;
}

bool workbookTabs(ReportContext& ctx, const ReportRequest& request, const QStringList& tabKeys,
                  std::vector<WorkbookTab>* out, ReportError* error)
{
    out->clear();
    const DatasetInfo* dataset = ctx.dataset(request.dataset, error);
    if (!dataset)
        return false;
    ReportRequest base = request;
    base.dataset = dataset->name;
    std::vector<TabSpec> tabs;
    if (tabKeys.isEmpty()) {
        tabs = datasetTabs(*dataset);
    } else {
        for (const QString& key : tabKeys) {
            const std::optional<TabSpec> tab = findTab(*dataset, key);
            if (!tab) {
                QStringList available;
                for (const TabSpec& t : datasetTabs(*dataset))
                    available << t.key;
                *error = ReportError::runtime(
                    QCoreApplication::translate("ExportTables", "no tab '%1' in dataset '%2' (%3)")
                        .arg(key, dataset->name, available.join(QStringLiteral(", "))));
                return false;
            }
            tabs.push_back(*tab);
        }
    }
    for (const TabSpec& tab : tabs)
        out->push_back({tab, tabRequest(base, tab)});
    return true;
}

bool buildWorkbook(ReportContext& ctx, const std::vector<WorkbookTab>& tabs, std::vector<ReportTable>* out,
                   ReportError* error)
{
    out->clear();
    // The filters go with the numbers: a sheet (or file) of their own, first.
    if (!tabs.empty() && !tabs.front().request.where.empty()) {
        ReportTable filters;
        filters.name = QStringLiteral("filters");
        filters.columns = {QStringLiteral("column"), QStringLiteral("condition"), QStringLiteral("value")};
        for (const RowCondition& c : tabs.front().request.where)
            filters.addRow({c.column, c.exclude ? QStringLiteral("is not") : QStringLiteral("is"), c.value});
        out->push_back(std::move(filters));
    }
    for (const WorkbookTab& tab : tabs) {
        if (tab.spec.group == TabGroup::Metric) {
            QString ignored;
            const auto metric = findMetric(ctx.db(), tab.spec.metric, tab.request.dataset, &ignored);
            if (!metric || !metricDataRange(ctx.db(), metric->id, &ignored))
                continue; // a metric without rows has nothing to export
        }
        for (const ViewSpec* view : viewsOfGroup(tab.spec.group)) {
            ReportTable table;
            if (!runReportView(ctx, view->key, tab.request, &table, error))
                return false;
            table.name = tab.spec.key + QLatin1Char(' ') + view->key;
            out->push_back(std::move(table));
        }
    }
    return true;
}

} // namespace ul
