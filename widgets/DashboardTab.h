// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "core/ReportTable.h"
#include "db/Annotations.h"

#include <QFuture>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QProgressBar;
class QToolButton;
QT_END_NAMESPACE

namespace ul {

class ContributorsDialog;
struct ReportRequest;

/// What every tab of the main window offers, so MainWindow wires tabs without knowing their kind,
/// and the refresh machinery they share: queries run on a worker, only the newest result is
/// applied, hidden tabs wait until shown, and a busy indicator shows while work is pending.
/// GUI thread only. refreshed() fires after a result was applied; customerRequested() when the
/// user clicks a customer (MainWindow opens its view).
class DashboardTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    /// Stable identity: the metric key, "revenue", "segments", "health" or "customer:ID"
    /// (report/DatasetTabs.h); exports and snapshot --tab select tabs by it.
    virtual QString key() const = 0;
    virtual void setFilters(const FilterState& filters) = 0;
    /// The filters the tab was last given.
    virtual FilterState filters() const = 0;
    virtual void setDark(bool dark) = 0;
    /// Runs queries inline (snapshot command, exports): the tab is complete when setFilters()
    /// returns, unless it is hidden and lazy.
    void setSynchronous(bool synchronous) { m_synchronous = synchronous; }
    /// A lazy synchronous tab that is hidden waits until shown or refreshNowIfStale(): a
    /// snapshot renders one tab and computes only that one.
    void setLazyWhenHidden(bool lazy) { m_lazyWhenHidden = lazy; }
    /// Brings a tab whose filters changed while hidden up to date now, inline (exports of tabs
    /// not on screen). Does nothing when the tab is current.
    void refreshNowIfStale();
    /// True when the tab shows the result of its current filters (nothing stale or in flight).
    bool isCurrent() const { return !m_stale && !m_pending && m_generation > 0; }
    /// Starts a refresh on a worker even when hidden (exports wait for refreshed()); does
    /// nothing when current.
    void refreshInBackground();
    bool isSynchronous() const { return m_synchronous; }
    bool isPending() const { return m_pending; }

    // What exports (PDF, workbook, presentation) take from a tab. Tabs that do not implement
    // them yet export as a picture of the widget (see ReportSection).
    /// The tab's tables with typed cells, named after their views ("totals", "top", ...).
    virtual std::vector<ReportTable> tables() const { return {}; }
    /// The charts on display (owned by the tab; valid until its next refresh).
    virtual std::vector<QChart*> charts() const { return {}; }
    /// Headline numbers as shown: caption and value text.
    virtual std::vector<std::pair<QString, QString>> kpis() const { return {}; }
    /// A sentence the exports print under the KPIs (which period they describe), or empty.
    virtual QString kpiNote() const { return {}; }
    /// What the KPIs judge (the metric, the time window), printed under the title, or empty.
    virtual QString kpiScope() const { return {}; }
    /// A short list shown with the KPIs on the tab's first page and slide (Health: the customers
    /// at risk), with its title; an empty table when the tab has none.
    virtual ReportTable leadTable() const { return {}; }
    virtual QString leadTitle() const { return {}; }
    /// The drill-down dialog, once a period was clicked (tests, snapshots).
    ContributorsDialog* contributorsDialog() const { return m_contributors; }
    /// The request the tab's views run with (filters plus the tab's own controls): File ›
    /// Export workbook hands it to the core workbook (report/Workbook.h).
    virtual ReportRequest reportRequest() const = 0;
    /// The dataset's notes on dates (MainWindow reads them when the dataset opens or a note
    /// changes); the tab marks them on its time charts at once, without querying again.
    void setNotes(const std::vector<Annotation>& notes);
    const std::vector<Annotation>& notes() const { return m_notes; }

signals:
    /// Open the customer's own view (a double-click, a modifier click, the drill-down list).
    void customerRequested(const QString& externalId);
    /// Cross-filtering: a click on a customer's bar filters the window to that customer.
    void customerFilterRequested(const QString& externalId);
    /// Cross-filtering: a click on a period of a time chart narrows the range to it.
    void periodDrillRequested(const QString& periodLabel);
    void refreshed();

protected:
    /// Starts the tab's queries (through runLatest()).
    virtual void refresh() = 0;
    /// Draws the charts again from the result on hand (after setNotes()).
    virtual void redraw() {}
    /// Marks the notes on `chart`, a chart over the periods starting at `starts`.
    void markNotes(QChart* chart, const std::vector<Day>& starts, Granularity g, bool dark) const;
    /// Refreshes now when visible or synchronous; a hidden tab refreshes when it is next shown,
    /// so the tab the user looks at never waits behind the others.
    void requestRefresh();
    void showEvent(QShowEvent* event) override;
    /// An indeterminate progress bar owned by the tab, for the subclass to place in its layout.
    QProgressBar* busyIndicator();
    /// A "Tables" button that opens every view of the tab as a table (ViewTablesDialog), for the
    /// subclass to place next to the busy indicator.
    QToolButton* tablesButton();
    /// Opens (or reuses) the drill-down dialog on `request.period`; a customer opened from it
    /// is asked for through customerRequested().
    void showContributors(const QString& workspacePath, const ReportRequest& request, const QString& metricName);

    /// Runs `load` on a worker (inline when synchronous) and hands its result to `apply` on the GUI
    /// thread, unless a newer request was made meanwhile: stale results are dropped.
    template <typename Load, typename Apply> void runLatest(Load load, Apply apply)
    {
        using Data = std::invoke_result_t<Load>;
        const quint64 generation = ++m_generation;
        if (m_synchronous) {
            apply(load());
            return;
        }
        setPending(true);
        QtConcurrent::run(std::move(load)).then(this, [this, generation, apply = std::move(apply)](Data data) mutable {
            if (generation != m_generation)
                return; // a newer request is in flight: its result replaces this one anyway
            setPending(false);
            apply(std::move(data));
        });
    }

private:
    void setPending(bool pending);

    quint64 m_generation = 0;
    bool m_pending = false;
    bool m_synchronous = false;
    bool m_lazyWhenHidden = false;
    bool m_stale = false; ///< filters changed while hidden: refresh when shown
    QProgressBar* m_busy = nullptr;
    QToolButton* m_tablesButton = nullptr;
    ContributorsDialog* m_contributors = nullptr;
    std::vector<Annotation> m_notes;
};

} // namespace ul
