// SPDX-License-Identifier: MIT
// Benchmark (not a test), run by bench_engine as a fresh process: opens a workspace in the
// real dashboard window offscreen, then changes the filter bar as a user would and times each
// change until the visible tab has applied its new result and the window has repainted.
// Prints "RESULT <name> <milliseconds>" lines.
//   bench_window WORKSPACE [WIDTHxHEIGHT]
#include "DashboardTab.h"
#include "FilterBar.h"
#include "FilterState.h"
#include "MainWindow.h"
#include "MetricTab.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ul;

namespace {

/// Runs the event loop until `done()` holds after a refresh of the current tab, or the timeout.
template <typename Done> bool runUntil(DashboardTab* tab, Done done, qint64 timeoutMs)
{
    // A nested event loop, as the application's own: it sleeps until a result arrives.
    QEventLoop loop;
    const auto connection = QObject::connect(tab, &DashboardTab::refreshed, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(std::max<qint64>(0, timeoutMs), &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    QObject::disconnect(connection);
    return done();
}

/// Waits until the current tab's charts show new filters (other than `before`, and the bar's:
/// the bar hands a change to the tabs on a zero timer), repaints the whole window inline so the
/// charts' drawing is part of the time, then lets the tab finish its per-customer tables before
/// the next change is made. Returns the milliseconds from `since` to the repainted charts, or
/// -1 on timeout.
double waitForVisibleTab(MainWindow& window, QElapsedTimer& since, const FilterState& before, qint64 timeoutMs = 120000)
{
    auto* tab = qobject_cast<DashboardTab*>(window.tabs()->currentWidget());
    if (!tab)
        return -1;
    const auto* metric = qobject_cast<MetricTab*>(tab);
    const auto charted = [&] {
        if (!metric)
            return tab->isCurrent();
        const FilterState& shown = metric->data().filters;
        return shown != before && shown == window.filterBar()->state();
    };
    const bool shown = runUntil(tab, charted, timeoutMs - since.elapsed());
    const qint64 beforePaint = since.nsecsElapsed();
    window.repaint();
    const double painted = double(since.nsecsElapsed()) / 1e6;
    if (qEnvironmentVariableIsSet("UL_BENCH_DETAIL"))
        std::fprintf(stderr, "  charts after %.1f ms (queries %lld ms), repaint %.1f ms\n", double(beforePaint) / 1e6,
                     metric ? metric->data().elapsedMs : -1LL, double(since.nsecsElapsed() - beforePaint) / 1e6);
    runUntil(
        tab, [&] { return tab->isCurrent(); }, timeoutMs);
    return shown ? painted : -1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

void result(const char* name, double ms)
{
    std::printf("RESULT %s %.0f\n", name, ms);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_window WORKSPACE [WIDTHxHEIGHT]\n");
        return 2;
    }
    const QStringList size = QString::fromLocal8Bit(argc > 2 ? argv[2] : "1600x1000").split(QLatin1Char('x'));

    MainWindow window(MainWindow::Options{false, false});
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    QString error;
    if (!window.openWorkspace(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "bench_window: %s\n", qPrintable(error));
        return 1;
    }
    window.show();
    if (waitForVisibleTab(window, sinceStart, FilterState{}) < 0) {
        std::fprintf(stderr, "bench_window: the first tab never refreshed\n");
        return 1;
    }
    result("first_tab_ms", double(sinceStart.elapsed()));

    // Times one change made by `change`, until the visible tab's charts are repainted.
    const auto timed = [&](auto change) {
        const auto* metric = qobject_cast<MetricTab*>(window.tabs()->currentWidget());
        const FilterState before = metric ? metric->data().filters : FilterState{};
        QElapsedTimer t;
        t.start();
        change();
        return waitForVisibleTab(window, t, before);
    };
    // Each change is a real one (from another granularity), three times, median reported.
    auto* granularity = window.findChild<QComboBox*>(QStringLiteral("granularity"));
    timed([&] { granularity->setCurrentIndex(int(Granularity::Year)); });
    const std::pair<Granularity, const char*> steps[] = {{Granularity::Day, "filter_day_ms"},
                                                         {Granularity::Week, "filter_week_ms"},
                                                         {Granularity::Month, "filter_month_ms"},
                                                         {Granularity::Quarter, "filter_quarter_ms"},
                                                         {Granularity::Year, "filter_year_ms"}};
    std::vector<std::vector<double>> times(std::size(steps));
    for (int round = 0; round < 3; ++round)
        for (size_t i = 0; i < std::size(steps); ++i)
            times[i].push_back(timed([&] { granularity->setCurrentIndex(int(steps[i].first)); }));
    for (size_t i = 0; i < std::size(steps); ++i)
        result(steps[i].second, median(times[i]));

    // A narrower date range and a different ranking size, at day granularity.
    timed([&] { granularity->setCurrentIndex(int(Granularity::Day)); });
    std::vector<double> range, top;
    for (int round = 0; round < 3; ++round) {
        FilterState f = window.filterBar()->state();
        f.range.from = f.range.to - (round % 2 ? 180 : 90);
        f.preset.clear();
        range.push_back(timed([&] { window.setFilters(f); }));
        f.top = round % 2 ? 10 : 25;
        top.push_back(timed([&] { window.setFilters(f); }));
    }
    result("filter_range_ms", median(range));
    result("filter_top_ms", median(top));
    const auto all = {times[0], times[1], times[2], times[3], times[4], range, top};
    for (const auto& series : all)
        if (std::find(series.begin(), series.end(), -1.0) != series.end()) {
            std::fprintf(stderr, "bench_window: a change never reached the charts\n");
            return 1;
        }
    return 0;
}
