// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"
#include "db/Annotations.h"
#include "db/SavedViews.h"
#include "db/Workspace.h"
#include "query/CalculatedMetrics.h"
#include "query/DatasetCatalog.h"
#include "report/Workbook.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace ul {

class ChangeBar;
class DrillPath;
class FilterBar;
class PgChangeListener;
class RowFilterRow;
class DashboardTab;
class MetricTab;
class CustomerView;

/// The dashboard window: wires the filter bar to one MetricTab per metric and to customer tabs.
/// Holds a GUI-thread connection for catalog look-ups only; tabs query on their own threads.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        bool persist = true;      ///< read and write QSettings (off for the snapshot command)
        bool synchronous = false; ///< tabs query inline (snapshot: complete before grabbing)
        bool lazyTabs = false;    ///< with synchronous: only the tab on screen (and exported ones) compute
    };

    explicit MainWindow(QWidget* parent = nullptr);
    MainWindow(const Options& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens the last workspace, or creates and opens the demo workspace.
    bool openStartupWorkspace(QString* error);
    bool openWorkspace(const QString& path, QString* error);
    QString workspacePath() const { return m_ws->path(); }
    static QString demoWorkspacePath();

    FilterBar* filterBar() const { return m_filterBar; }
    DrillPath* drillPath() const { return m_drillPath; }
    /// The workspace's datasets as last read (the filter bar's list).
    QStringList datasetNames() const;
    RowFilterRow* rowFilters() const { return m_rowFilters; }
    /// Stores a ratio metric in the workspace and opens its tab (View › New calculated metric…);
    /// false (with the reason in the status bar) when it is refused.
    bool addCalculatedMetric(const RatioDefinition& ratio);
    QTabWidget* tabs() const { return m_tabs; }
    MetricTab* metricTab(const QString& key) const;
    CustomerView* customerTab(const QString& externalId) const;
    /// The dashboard tabs in order, only those whose key is in `keys` unless it is empty.
    std::vector<DashboardTab*> dashboardTabs(const QStringList& keys = {}) const;
    /// Selects a tab by metric key or "customer:ID" (opening the customer view if needed).
    bool selectTab(const QString& spec);
    void selectDataset(const QString& name);
    void setFilters(const FilterState& state);
    /// What the window shows now, as a saved view called `name` (dataset, tab, page, filters).
    SavedView currentView(const QString& name) const;
    /// Saves the current view under `name` in the workspace (replacing a view of that name).
    bool saveView(const QString& name, QString* error);
    /// Shows a saved view: its dataset, filters (a preset range anchored at today's data), tab.
    bool openSavedView(const QString& name, QString* error);
    void setDarkTheme(bool dark);
    /// Sizes the window to its screen before it is first shown: a projector's 1280x720 gets a
    /// window whose frame fits, a larger screen the usual 1400x900 (or the size the user left).
    void fitToScreen();
    bool isDarkTheme() const { return m_dark; }
    /// True while any tab waits for a background result.
    bool isRefreshing() const;
    /// The tabs as File › Export workbook writes them (each tab's current request).
    std::vector<WorkbookTab> workbookTabs() const;
    /// Writes the workbook on a worker (inline when synchronous); workbookWritten() fires after.
    void writeWorkbook(const QString& path);

signals:
    /// `error` is empty on success.
    void workbookWritten(const QString& path, const QString& error);

public slots:
    void openCustomer(const QString& externalId);
    /// File > Imports…: provenance and Undo (the dialog deletes itself when closed).
    void showImports();
    void startImport(const QStringList& files = {});

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void createLanguageMenu(QMenu* menu);
    void rebuildRecentMenu();
    void reloadDatasets(const QString& select = QString());
    void onDatasetChanged(const QString& name);
    void onFiltersChanged(const FilterState& state);
    void newWorkspace();
    void openWorkspaceDialog();
    /// File › Connect to server… (MainWindowServer.cpp): a workspace on a PostgreSQL server.
    void connectToServer();
    /// On a server workspace, hears of imports other sessions make and offers a refresh.
    void listenForChanges();
    void updateTitle();
    // Exports (widgets/export/): the tabs are brought up to date first, then written.
    void exportReport();
    void newCalculatedMetric();
    void exportWorkbook();
    void printReport();
    void startPresentation(bool perChart);
    void showPresentation(const FilterState& filters, bool perChart);
    /// Health and Segments follow the metric tab the user looked at last.
    void onCurrentTabChanged(int index);
    /// View > Save view… and View > Saved views… (MainWindowSavedViews.cpp).
    void askToSaveView();

    void showSavedViews();
    /// The current dataset's notes to every tab (MainWindowNotes.cpp); after the dataset
    /// changes, a tab opens or a note changes.
    void reloadNotes();
    /// View > Notes on dates…
    void showNotes();
    /// Cross-filtering (MainWindowDrill.cpp): a click on a period narrows the range to it one
    /// granularity finer, a click on a customer's bar filters to that customer; each step can be
    /// undone (Backspace, Alt+Left, the breadcrumb).
    void drillIntoPeriod(const QString& label);
    void filterToCustomer(const QString& externalId);
    void drillBack();
    void applyDrillStep(const QString& label, const FilterState& next);
    void restoreDrilled(const FilterState& state);
    /// The money metric's tab shows the currency the Revenue settings name, also after a change.
    void followRevenueCurrency(const DatasetInfo& dataset);

    Options m_options;
    std::unique_ptr<Workspace> m_ws;
    std::vector<DatasetInfo> m_datasets;
    FilterState m_filters;
    FilterBar* m_filterBar = nullptr;
    RowFilterRow* m_rowFilters = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_demoBadge = nullptr;
    ChangeBar* m_changeBar = nullptr;
    DrillPath* m_drillPath = nullptr;
    bool m_applyingDrill = false; ///< filters set by a drill step: the path is kept
    PgChangeListener* m_listener = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_darkAction = nullptr;
    bool m_dark = false;
    QString m_viewedMetric;          ///< key of the metric tab looked at last
    std::vector<Annotation> m_notes; ///< the current dataset's notes on dates
};

} // namespace ul
