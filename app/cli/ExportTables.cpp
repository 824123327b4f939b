// SPDX-License-Identifier: MIT
#include "cli/ExportTables.h"

#include "cli/CommandRegistry.h"
#include "cli/ReportViewRegistry.h"
#include "query/ActivityLoader.h"
#include "query/DatasetCatalog.h"
#include "report/UsageReports.h"
#include "revenue/RevenueReports.h"

#include <QCoreApplication>

namespace ul {

namespace {
const QString kRevenue = QStringLiteral("revenue");

// Same rule as the window's Revenue tab: amountMetric() falls back to a dataset's only metric,
// but a one-metric usage dataset is not invoice data; the metric must be named like money.
bool hasAmountMetric(SqliteConnection& db, const QString& dataset)
{
    QString ignored;
    const auto metric = amountMetric(db, dataset, {}, &ignored);
    if (!metric)
        return false;
    for (const char* hint : {"amount", "paid", "revenue", "price", "mrr"})
        if (metric->key.contains(QLatin1String(hint)))
            return true;
    return false;
}
} // namespace

QString ExportTables::resolveDataset(SqliteConnection& db, const QString& requested, QString* error)
{
    const std::vector<DatasetInfo> datasets = listDatasets(db, error);
    QString chosen;
    size_t most = 0;
    for (const DatasetInfo& d : datasets) {
        if (!requested.isEmpty() && d.name == requested)
            return d.name;
        if (requested.isEmpty() && (chosen.isEmpty() || d.metrics.size() > most)) {
            chosen = d.name;
            most = d.metrics.size();
        }
    }
    if (chosen.isEmpty())
        *error = requested.isEmpty() ? QCoreApplication::translate("ExportTables", "the workspace has no datasets")
                                     : QCoreApplication::translate("ExportTables", "no dataset '%1'").arg(requested);
    return chosen;
}

QStringList ExportTables::tabKeys(SqliteConnection& db, const QString& dataset, QString* error)
{
    const auto info = findDataset(db, dataset, error);
    if (!info)
        return {};
    QStringList keys;
    for (const MetricInfo& m : info->metrics)
        keys << m.key;
    if (hasAmountMetric(db, dataset))
        keys << kRevenue;
    return keys;
}

bool ExportTables::collect(SqliteConnection& db, const ExportRequest& request, const QCommandLineParser& parser,
                           std::vector<ReportTable>* out, QString* error)
{
    out->clear();
    const QString dataset = resolveDataset(db, request.dataset, error);
    if (dataset.isEmpty())
        return false;
    const auto info = findDataset(db, dataset, error);
    if (!info)
        return false;
    const QStringList available = tabKeys(db, dataset, error);
    for (const QString& tab : request.tabs) {
        if (!available.contains(tab)) {
            *error = QCoreApplication::translate("ExportTables", "no tab '%1' in dataset '%2' (%3)")
                         .arg(tab, dataset, available.join(QStringLiteral(", ")));
            return false;
        }
    }
    const auto wanted = [&](const QString& key) { return request.tabs.isEmpty() || request.tabs.contains(key); };

    for (const MetricInfo& metric : info->metrics) {
        if (!wanted(metric.key))
            continue;
        const auto dataRange = metricDataRange(db, metric.id, error);
        if (!dataRange)
            continue; // a metric without rows has nothing to export
        UsageQuery q;
        q.metricId = metric.id;
        q.datasetId = metric.datasetId;
        q.granularity = request.granularity;
        q.top = request.top;
        q.range = DateRange{request.from.value_or(dataRange->from), request.to.value_or(dataRange->to)};
        for (const QString& view : usageViewNames()) {
            ReportTable table;
            if (!usageReport(db, q, view, &table, error))
                return false;
            table.name = metric.key + QLatin1Char(' ') + view;
            out->push_back(std::move(table));
        }
    }
    error->clear();
    if (wanted(kRevenue) && available.contains(kRevenue)) {
        const ReportRequest rr{dataset, QString(), request.from, request.to, request.granularity, request.top, QString()};
        for (const QString& view : revenueReportViews()) {
            ReportTable table;
            if (runExtraReportView(db, view, rr, parser, &table, error) != ExitOk)
                return false;
            table.name = kRevenue + QLatin1Char(' ') + view;
            out->push_back(std::move(table));
        }
    }
    return true;
}

} // namespace ul
