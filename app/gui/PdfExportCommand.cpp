// SPDX-License-Identifier: MIT
#include "gui/PdfExportCommand.h"

#include "FilterBar.h"
#include "MainWindow.h"
#include "MetricTab.h"
#include "cli/CliSupport.h"
#include "db/ThreadWorkspace.h"
#include "export/ReportDocument.h"
#include "export/TabReport.h"
#include "revenue/RevenueTab.h"

#include <QApplication>
#include <QTabWidget>

namespace ul {

int PdfExportCommand::writePdf(const ExportCommand::Parsed& parsed, CliStreams& io)
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return CliSupport::runtimeError(io, QStringLiteral("PDF export needs a QApplication (see commandNeedsGui())"));
    const ReportRequest& r = parsed.request;

    // Every tab of the report reads one committed state of the workspace.
    const PinnedReadSnapshot pin;
    QString pinError;
    if (!pin.pin(parsed.workspace, &pinError))
        return CliSupport::runtimeError(io, pinError);
    // The default range is all data of the dataset, as in the xlsx and csv exports.
    std::optional<DateRange> dataRange;
    {
        QString error;
        Workspace* ws = threadWorkspace(parsed.workspace, &error);
        if (!ws)
            return CliSupport::runtimeError(io, error);
        const auto info = findDataset(ws->db(), r.dataset, &error);
        if (!info)
            return CliSupport::runtimeError(io, error);
        dataRange = datasetDataRange(ws->db(), info->id, &error);
    }

    MainWindow window(MainWindow::Options{false, true, true});
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.setDarkTheme(parsed.theme == QLatin1String("dark"));
    QString error;
    if (!window.openWorkspace(parsed.workspace, &error))
        return CliSupport::runtimeError(io, error);
    if (window.filterBar()->state().dataset != r.dataset)
        window.selectDataset(r.dataset);
    FilterState state = window.filterBar()->state();
    state.preset.clear();
    if (dataRange)
        state.range = *dataRange;
    if (r.from)
        state.range.from = *r.from;
    if (r.to)
        state.range.to = *r.to;
    state.granularity = r.granularity;
    state.top = r.top;
    state.where = r.where;
    state.horizon = r.horizon;
    state.churn = r.churn;
    window.resize(1600, 1000);
    window.show();
    window.setFilters(state);
    QCoreApplication::processEvents();

    QTabWidget* tabs = window.tabs();
    const QStringList available = TabReport::tabKeys(tabs);
    for (const QString& t : parsed.tabs)
        if (!available.contains(t))
            return CliSupport::usageError(
                io, QStringLiteral("usagelens export"),
                QStringLiteral("no tab '%1' (%2)").arg(t, available.join(QStringLiteral(", "))));
    if (parsed.forecast)
        for (int i = 0; i < tabs->count(); ++i) {
            if (auto* metric = qobject_cast<MetricTab*>(tabs->widget(i)))
                metric->setForecastShown(true);
            else if (auto* revenue = qobject_cast<RevenueTab*>(tabs->widget(i)))
                revenue->setForecastShown(true);
        }
    const FilterState applied = window.filterBar()->state();
    std::vector<ReportSection> sections = TabReport::sections(tabs, applied, parsed.tabs);
    ReportDocument doc({parsed.workspace, r.dataset, TabReport::filterSummary(applied), QDateTime::currentDateTime()},
                       std::move(sections));
    int pages = 0;
    if (!doc.writePdf(parsed.out, parsed.pageSize == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4,
                      &pages, &error))
        return CliSupport::runtimeError(io, error);
    io.out << parsed.out << '\n';
    return ExitOk;
}

} // namespace ul
