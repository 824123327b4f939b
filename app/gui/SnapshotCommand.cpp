// SPDX-License-Identifier: MIT
#include "gui/SnapshotCommand.h"

#include "ContributorsDialog.h"
#include "CustomerView.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "MetricTab.h"
#include "cli/CliSupport.h"
#include "cli/SavedViewOptions.h"
#include "db/ThreadWorkspace.h"
#include "export/ChartExport.h"
#include "export/OutputFile.h"
#include "query/DatasetCatalog.h"
#include "revenue/RevenueTab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPainter>
#include <QPixmap>
#include <QTabWidget>

namespace ul {

int SnapshotCommand::run(const QStringList& args, CliStreams& io)
{
    const QString command = args.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Render the dashboard window offscreen to a PNG."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("PNG file to write."), QStringLiteral("FILE"));
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QStringLiteral("Metric key, a tab title (Revenue, Segments, Health), or customer:ID / customer:all."),
        QStringLiteral("TAB"));
    const QCommandLineOption dataset(QStringLiteral("dataset"), QStringLiteral("Dataset name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD)."),
                                  QStringLiteral("DAY"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day (YYYY-MM-DD)."), QStringLiteral("DAY"));
    const QCommandLineOption granularity(QStringLiteral("granularity"),
                                         QStringLiteral("day, week, month, quarter or year."), QStringLiteral("G"));
    const QCommandLineOption top(QStringLiteral("top"), QStringLiteral("Ranking size."), QStringLiteral("N"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size (default 1600x1000)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("light or dark."), QStringLiteral("THEME"));
    const QCommandLineOption where(QStringLiteral("where"),
                                   QStringLiteral("Row filter COL=VALUE or COL!=VALUE (repeatable), shown as a chip."),
                                   QStringLiteral("COL=VALUE"));
    const QCommandLineOption by(QStringLiteral("by"), QStringLiteral("Break the total-per-period charts down by COL."),
                                QStringLiteral("COL"));
    const QCommandLineOption customerKey(QStringLiteral("customer-key"),
                                         QStringLiteral("Count sub-accounts as the customer this attribute names."),
                                         QStringLiteral("ATTRIBUTE"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QStringLiteral("Metric tab page: usage (default), customers (activity, cohorts), ranking (table) or pivot."),
        QStringLiteral("PAGE"));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     QStringLiteral("Compare the metric tab's total per period with 'previous', "
                                                    "'last-year' or another metric."),
                                     QStringLiteral("WITH"));
    const QCommandLineOption drill(QStringLiteral("drill"),
                                   QStringLiteral("Show the customers behind this period of the metric tab (2022-10, "
                                                  "2022-Q4, ...) in the drill-down window over the dashboard."),
                                   QStringLiteral("PERIOD"));
    const QCommandLineOption forecast(QStringLiteral("forecast"),
                                      QStringLiteral("Show the forecast on the metric tab's total per period (or "
                                                     "Revenue's MRR chart), with its track record under it."));
    const QCommandLineOption currency(
        QStringLiteral("currency"), QStringLiteral("Revenue of a billing export in several currencies: the one shown."),
        QStringLiteral("CODE"));
    parser.addOptions({CliSupport::dbOption(), out, tab, dataset, from, to, granularity, top, size, theme, where, by,
                       customerKey, page, compare, drill, forecast, currency});
    SavedViewOptions::add(parser);
    int exitCode = ExitOk;
    if (!CliSupport::parse(parser, args, io, &exitCode))
        return exitCode;
    if (!parser.isSet(out))
        return CliSupport::usageError(io, command, QStringLiteral("--out FILE.png is required"));

    int width = 1600, height = 1000;
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        bool okW = false, okH = false;
        if (wh.size() == 2) {
            width = wh.at(0).toInt(&okW);
            height = wh.at(1).toInt(&okH);
        }
        if (!okW || !okH || width < 200 || height < 150 || width > 10000 || height > 10000)
            return CliSupport::usageError(io, command, QStringLiteral("--size must be WxH, e.g. 1600x1000"));
    }
    const QString pageName = parser.value(page);
    if (!pageName.isEmpty() && !MetricTab::pageFromKey(pageName))
        return CliSupport::usageError(io, command, QStringLiteral("--page must be usage, customers or ranking"));
    std::vector<RowCondition> conditions;
    for (const QString& text : parser.values(where)) {
        QString error;
        const std::optional<RowCondition> c = parseRowCondition(text, &error);
        if (!c)
            return CliSupport::usageError(io, command, error);
        conditions.push_back(*c);
    }
    std::optional<Day> fromDay, toDay;
    if (parser.isSet(from) && !(fromDay = CliSupport::parseDayOption(parser.value(from))))
        return CliSupport::usageError(io, command, QStringLiteral("--from must be YYYY-MM-DD"));
    if (parser.isSet(to) && !(toDay = CliSupport::parseDayOption(parser.value(to))))
        return CliSupport::usageError(io, command, QStringLiteral("--to must be YYYY-MM-DD"));
    std::optional<Granularity> grain;
    if (parser.isSet(granularity) && !(grain = granularityFromKey(parser.value(granularity))))
        return CliSupport::usageError(io, command,
                                      QStringLiteral("--granularity must be day, week, month, quarter or year"));
    int topN = 0;
    if (parser.isSet(top)) {
        bool ok = false;
        topN = parser.value(top).toInt(&ok);
        if (!ok || topN < 1 || topN > 100)
            return CliSupport::usageError(io, command, QStringLiteral("--top must be 1..100"));
    }
    const QString themeName = parser.value(theme);
    if (!themeName.isEmpty() && themeName != QLatin1String("light") && themeName != QLatin1String("dark"))
        return CliSupport::usageError(io, command, QStringLiteral("--theme must be light or dark"));
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return CliSupport::runtimeError(io, QStringLiteral("snapshot needs a QApplication (see commandNeedsGui())"));

    Workspace check;
    if (!CliSupport::openWorkspace(parser, Workspace::OpenMode::ReadOnly, &check, io, command, &exitCode))
        return exitCode;
    // A saved view supplies what the command line leaves unset.
    QString viewError;
    const std::optional<SavedView> saved = SavedViewOptions::load(parser, check.db(), &viewError);
    if (!saved && !viewError.isEmpty())
        return CliSupport::runtimeError(io, viewError);
    ReportRequest viewRequest;
    std::optional<qint64> viewCustomer;
    QString tabName = parser.value(tab), viewPage = pageName, viewCompare = parser.value(compare);
    if (saved) {
        if (!SavedViewOptions::apply(*saved, parser, check.db(), &viewRequest, &viewError))
            return CliSupport::runtimeError(io, viewError);
        if (!parser.isSet(from))
            fromDay = viewRequest.from;
        if (!parser.isSet(to))
            toDay = viewRequest.to;
        if (!parser.isSet(granularity))
            grain = viewRequest.granularity;
        if (!parser.isSet(top))
            topN = viewRequest.top;
        if (!parser.isSet(where))
            conditions = viewRequest.where;
        if (!parser.isSet(tab))
            tabName = saved->tab;
        if (viewPage.isEmpty())
            viewPage = saved->page;
        if (!parser.isSet(compare))
            viewCompare = saved->compare;
        if (!viewRequest.customer.isEmpty())
            viewCustomer = customerIdByExternal(check.db(), viewRequest.customer);
    }
    check.close();
    // The output is checked before anything is rendered: a device, FIFO, directory or
    // read-only file is refused with its name.
    QString outError;
    if (!OutputFile::checkTarget(parser.value(out), &outError))
        return CliSupport::runtimeError(io, outError);
    // Every tab reads one committed state of the workspace, whatever imports commit meanwhile.
    const PinnedReadSnapshot pin;
    if (!pin.pin(CliSupport::workspaceLocation(parser), &outError))
        return CliSupport::runtimeError(io, outError);

    // Synchronous tabs: every chart is complete before grab(); no settings are read or written.
    MainWindow window(MainWindow::Options{false, true, true});
    window.setAttribute(Qt::WA_DontShowOnScreen);
    if (themeName == QLatin1String("dark"))
        window.setDarkTheme(true);
    else
        window.setDarkTheme(false);
    QString error;
    if (!window.openWorkspace(CliSupport::workspaceLocation(parser), &error))
        return CliSupport::runtimeError(io, error);
    const QString datasetName = parser.isSet(dataset) ? parser.value(dataset) : saved ? viewRequest.dataset : QString();
    if (!datasetName.isEmpty()) {
        if (!window.filterBar()->state().dataset.isEmpty() && datasetName != window.filterBar()->state().dataset)
            window.selectDataset(datasetName);
        if (window.filterBar()->state().dataset != datasetName)
            return CliSupport::runtimeError(io, QStringLiteral("no dataset '%1'").arg(datasetName));
    }
    FilterState state = window.filterBar()->state();
    if (fromDay || toDay) {
        state.preset.clear();
        if (fromDay)
            state.range.from = *fromDay;
        if (toDay)
            state.range.to = *toDay;
    }
    if (grain)
        state.granularity = *grain;
    if (topN > 0)
        state.top = topN;
    state.where = conditions;
    state.breakdown = parser.isSet(by) || !saved ? parser.value(by) : viewRequest.by;
    state.customerKey = parser.isSet(customerKey) || !saved ? parser.value(customerKey) : viewRequest.customerKey;
    if (saved) {
        state.newWithinDays = viewRequest.newWithinDays;
        if (viewCustomer) {
            state.customer = viewCustomer;
            state.customerName = viewRequest.customer;
        }
    }
    window.resize(width, height);
    window.show();
    window.setFilters(state);
    if (!tabName.isEmpty() && !window.selectTab(tabName))
        return CliSupport::runtimeError(
            io, QStringLiteral("no tab '%1' (use a metric key, a tab title or customer:ID)").arg(tabName));
    if (parser.isSet(currency)) {
        auto* revenueTab = qobject_cast<RevenueTab*>(window.tabs()->currentWidget());
        if (!revenueTab)
            return CliSupport::usageError(io, command, QStringLiteral("--currency needs the Revenue --tab"));
        revenueTab->setBillingCurrency(parser.value(currency));
    }
    const MetricTab::Page shownPage = MetricTab::pageFromKey(viewPage).value_or(MetricTab::Page::Usage);
    if (shownPage != MetricTab::Page::Usage || !viewCompare.isEmpty()) {
        auto* metricTab = qobject_cast<MetricTab*>(window.tabs()->currentWidget());
        if (!metricTab)
            return CliSupport::usageError(io, command, QStringLiteral("--page and --compare need a metric --tab"));
        metricTab->setComparison(Comparison::parse(viewCompare));
        if (metricTab->comparison().kind != Comparison::parse(viewCompare).kind)
            return CliSupport::usageError(
                io, command,
                QStringLiteral("--compare must be previous, last-year or another metric of the dataset, got '%1'")
                    .arg(viewCompare));
        metricTab->showPage(shownPage);
    }
    if (parser.isSet(forecast)) {
        QWidget* current = window.tabs()->currentWidget();
        if (auto* metricTab = qobject_cast<MetricTab*>(current))
            metricTab->setForecastShown(true);
        else if (auto* revenueTab = qobject_cast<RevenueTab*>(current))
            revenueTab->setForecastShown(true);
        else
            return CliSupport::usageError(io, command, QStringLiteral("--forecast needs a metric tab or Revenue"));
    }
    window.resize(width, height);
    QCoreApplication::processEvents();
    QPixmap pixmap = window.grab();
    pixmap.setDevicePixelRatio(1.0);
    if (pixmap.size() != QSize(width, height))
        pixmap = pixmap.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (parser.isSet(drill)) {
        QWidget* current = window.tabs()->currentWidget();
        if (auto* metricTab = qobject_cast<MetricTab*>(current))
            metricTab->openContributors(parser.value(drill));
        else if (auto* revenueTab = qobject_cast<RevenueTab*>(current))
            revenueTab->openContributors(parser.value(drill));
        else
            return CliSupport::usageError(io, command, QStringLiteral("--drill needs a metric tab or Revenue"));
        ContributorsDialog* dialog = qobject_cast<DashboardTab*>(current)->contributorsDialog();
        QCoreApplication::processEvents();
        // The dialog as a window manager would place it: centred over the dashboard.
        QPixmap over = dialog->grab();
        over.setDevicePixelRatio(1.0);
        QPainter painter(&pixmap);
        painter.drawPixmap((width - over.width()) / 2, (height - over.height()) / 2, over);
    }
    if (!ChartExport::writePng(pixmap.toImage(), parser.value(out), &error))
        return CliSupport::runtimeError(io, error);
    io.out << parser.value(out) << '\n';
    return ExitOk;
}

} // namespace ul
