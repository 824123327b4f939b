// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "CalculatedMetricDialog.h"
#include "RowFilterRow.h"
#include "db/ThreadWorkspace.h"
#include "import/MetricKey.h"

#include "ChangeBar.h"
#include "ChartStyle.h"
#include "CustomerView.h"
#include "DashboardTab.h"
#include "DrillPath.h"
#include "FilterBar.h"
#include "GuiSettings.h"
#include "HelpMenu.h"
#include "ImportsDialog.h"
#include "MetricTab.h"
#include "TabFactory.h"
#include "TabListButton.h"
#include "WorkspaceRecovery.h"
#include "demo/DemoWorkspace.h"
#include "export/PresentationWindow.h"
#include "export/ReportDocument.h"
#include "export/ReportOptionsDialog.h"
#include "export/TabReport.h"
#include "export/TabsReady.h"
#include "importwizard/ImportWizard.h"
#include "query/ActivityLoader.h"
#include "report/Workbook.h"
#include "report/WorkbookFile.h"
#include "revenue/RevenueTab.h"
#include "segments/HealthTab.h"
#include "segments/SegmentsTab.h"
#include "settings/Language.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace ul {

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(Options{}, parent)
{}

MainWindow::MainWindow(const Options& options, QWidget* parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_ws(std::make_unique<Workspace>())
{
    setAcceptDrops(true);
    resize(1400, 900);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_filterBar = new FilterBar(central);
    layout->addWidget(m_filterBar);
    m_rowFilters = new RowFilterRow(central);
    layout->addWidget(m_rowFilters);
    m_drillPath = new DrillPath(central);
    connect(m_drillPath, &DrillPath::restoreRequested, this, &MainWindow::restoreDrilled);
    layout->addWidget(m_drillPath);
    m_changeBar = new ChangeBar(central);
    connect(m_changeBar, &ChangeBar::refreshRequested, this, [this] { reloadDatasets(m_filters.dataset); });
    layout->addWidget(m_changeBar);

    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        // Metric tabs follow the dataset; only customer views can be closed.
        if (qobject_cast<CustomerView*>(m_tabs->widget(index)))
            delete m_tabs->widget(index);
    });
    new TabListButton(m_tabs); // the tab widget owns it as its corner widget
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);

    connect(m_filterBar, &FilterBar::datasetChanged, this, &MainWindow::onDatasetChanged);
    connect(m_filterBar, &FilterBar::filtersChanged, this, &MainWindow::onFiltersChanged);
    connect(m_rowFilters, &RowFilterRow::conditionsChanged, this, [this](const std::vector<RowCondition>& where) {
        FilterState s = m_filterBar->state();
        s.where = where;
        setFilters(s);
    });
    connect(m_rowFilters, &RowFilterRow::breakdownChanged, this, [this](const QString& column) {
        FilterState s = m_filterBar->state();
        s.breakdown = column;
        setFilters(s);
    });
    connect(m_rowFilters, &RowFilterRow::customerKeyChanged, this, [this](const QString& attribute) {
        FilterState s = m_filterBar->state();
        s.customerKey = attribute;
        setFilters(s);
    });

    createMenus();
    // The badge sits in the menu bar's empty right end, not beside the filters: on a 1280-pixel
    // projector the filter bar needs the whole width.
    m_demoBadge = new QLabel(tr("Demo data"), menuBar());
    m_demoBadge->setToolTip(tr("Synthetic demo workspace. Import your own files with File › Import files…"));
    m_demoBadge->setStyleSheet(QStringLiteral("background: #E69F00; color: #1F2937; font-weight: 600;"
                                              " border-radius: 7px; padding: 0px 10px; margin: 1px 8px 1px 0px;"));
    m_demoBadge->setVisible(false);
    menuBar()->setCornerWidget(m_demoBadge, Qt::TopRightCorner);
    if (m_options.persist) {
        GuiSettings settings;
        restoreGeometry(settings.geometry());
        m_filters = settings.filters();
        m_filterBar->setState(m_filters);
        if (settings.darkTheme())
            setDarkTheme(true);
    }
}

MainWindow::~MainWindow() = default;

QString MainWindow::demoWorkspacePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.usagelens"));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New workspace…"), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open workspace…"), QKeySequence::Open, this, &MainWindow::openWorkspaceDialog);
    file->addAction(tr("Connect to &server…"), this, &MainWindow::connectToServer);
    file->addAction(tr("&Import files…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] { startImport(); });
    file->addAction(tr("Im&ports…"), this, &MainWindow::showImports);
    m_recentMenu = file->addMenu(tr("&Recent workspaces"));
    file->addSeparator();
    file->addAction(tr("&Export report…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportReport);
    file->addAction(tr("Export &workbook…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                    &MainWindow::exportWorkbook);
    file->addAction(tr("&Print…"), QKeySequence::Print, this, &MainWindow::printReport);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_darkAction = view->addAction(tr("&Dark theme"));
    m_darkAction->setCheckable(true);
    m_darkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_darkAction, &QAction::toggled, this, &MainWindow::setDarkTheme);
    QAction* full = view->addAction(tr("&Full screen"));
    full->setShortcut(QKeySequence(Qt::Key_F11));
    full->setCheckable(true);
    connect(full, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    view->addSeparator();
    QAction* next = view->addAction(tr("Next tab"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    connect(next, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % std::max(1, m_tabs->count())); });
    QAction* prev = view->addAction(tr("Previous tab"));
    prev->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab));
    connect(prev, &QAction::triggered, this, [this] {
        const int n = std::max(1, m_tabs->count());
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + n - 1) % n);
    });
    view->addAction(tr("&Save view…"), QKeySequence::Save, this, &MainWindow::askToSaveView);
    view->addAction(tr("Saved &views…"), this, &MainWindow::showSavedViews);
    view->addAction(tr("&Notes on dates…"), this, &MainWindow::showNotes);
    view->addSeparator();
    // Backspace in a text field stays the field's: Qt gives the focused editor the key first.
    QAction* back = view->addAction(tr("&Back (undo the last chart click)"));
    back->setShortcuts({QKeySequence(Qt::Key_Backspace), QKeySequence(Qt::ALT | Qt::Key_Left)});
    connect(back, &QAction::triggered, this, &MainWindow::drillBack);
    view->addAction(tr("All customers view"), this, [this] { openCustomer(QString()); });
    view->addAction(tr("New &calculated metric…"), this, &MainWindow::newCalculatedMetric);
    view->addSeparator();
    view->addAction(tr("&Presentation"), QKeySequence(Qt::Key_F5), this, [this] { startPresentation(false); });
    view->addAction(tr("Presentation, one chart per slide"), QKeySequence(Qt::SHIFT | Qt::Key_F5), this,
                    [this] { startPresentation(true); });
    view->addSeparator();
    createLanguageMenu(view->addMenu(tr("&Language")));
    HelpMenu::add(this);
    rebuildRecentMenu();
}

void MainWindow::createLanguageMenu(QMenu* menu)
{
    // Language names are shown in their own language (endonyms), so they are not translated.
    const std::pair<QString, QString> languages[] = {
        {QString(), tr("System", "language: follow the system locale")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
    };
    auto* group = new QActionGroup(menu);
    const QString current = m_options.persist ? GuiSettings().language() : QString();
    for (const auto& [code, name] : languages) {
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            if (!m_options.persist)
                return;
            GuiSettings settings;
            if (settings.language() == code)
                return;
            settings.setLanguage(code);
            // Every tab builds its texts once; a restart is simpler and safer than retranslating.
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language is used after UsageLens is restarted."));
        });
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_options.persist ? GuiSettings().recentWorkspaces() : QStringList();
    for (const QString& path : recent) {
        m_recentMenu
            ->addAction(Workspace::displayName(path), this,
                        [this, path] {
                            QString error;
                            if (!openWorkspace(path, &error))
                                showOpenFailure(this, tr("Open workspace"), path, error, [this](const QString& copy) {
                                    QString again;
                                    if (!openWorkspace(copy, &again))
                                        QMessageBox::warning(this, tr("Open workspace"), again);
                                });
                        })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::openStartupWorkspace(QString* error)
{
    const QString last = m_options.persist ? GuiSettings().lastWorkspace() : QString();
    // A server that is down at start-up: the demo opens instead (the workspace stays in File › Recent).
    if (!last.isEmpty() && (Workspace::isServerLocation(last) || QFileInfo::exists(last)) && openWorkspace(last, error))
        return true;
    const QString demo = demoWorkspacePath();
    if (!QFileInfo::exists(demo)) {
        QDir().mkpath(QFileInfo(demo).absolutePath());
        if (!writeDemoWorkspace(demo, error))
            return false;
    }
    return openWorkspace(demo, error);
}

bool MainWindow::openWorkspace(const QString& path, QString* error)
{
    // An export that renders the window reads the one state it pinned, like its workers.
    bool pinned = false;
    std::unique_ptr<Workspace> ws = openPinnedWorkspace(path, error, &pinned);
    if (!pinned) {
        ws = std::make_unique<Workspace>();
        if (!ws->open(path, Workspace::OpenMode::ExistingOnly, error))
            return false;
    } else if (!ws) {
        return false;
    }
    m_ws = std::move(ws);
    m_demoBadge->setVisible(!Workspace::isServerLocation(path)
                            && QFileInfo(path).canonicalFilePath()
                                   == QFileInfo(demoWorkspacePath()).canonicalFilePath());
    listenForChanges();
    if (m_options.persist) {
        GuiSettings settings;
        settings.setLastWorkspace(path);
        settings.addRecentWorkspace(path);
        rebuildRecentMenu();
    }
    reloadDatasets(m_filters.dataset);
    updateTitle();
    return true;
}

void MainWindow::reloadDatasets(const QString& select)
{
    QString error;
    m_datasets = listDatasets(m_ws->db(), &error);
    if (!error.isEmpty())
        statusBar()->showMessage(error);
    QString chosen;
    size_t mostMetrics = 0;
    for (const DatasetInfo& d : m_datasets) {
        if (d.name == select && !d.metrics.empty()) {
            chosen = d.name;
            break;
        }
        // Without a remembered choice, the dataset with the most metrics makes the richest start.
        if (chosen.isEmpty() || d.metrics.size() > mostMetrics) {
            chosen = d.name;
            mostMetrics = d.metrics.size();
        }
    }
    selectDataset(chosen);
}

void MainWindow::newCalculatedMetric()
{
    const auto it = std::find_if(m_datasets.begin(), m_datasets.end(),
                                 [&](const DatasetInfo& d) { return d.name == m_filters.dataset; });
    if (it == m_datasets.end() || it->metrics.empty()) {
        QMessageBox::information(this, tr("New calculated metric"), tr("The current dataset has no metrics."));
        return;
    }
    CalculatedMetricDialog dialog(*it, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addCalculatedMetric(dialog.definition());
}

bool MainWindow::addCalculatedMetric(const RatioDefinition& ratio)
{
    QString error;
    if (!addRatioMetric(m_ws->db(), ratio, &error)) {
        if (m_options.persist)
            QMessageBox::warning(this, tr("New calculated metric"), error);
        statusBar()->showMessage(error);
        return false;
    }
    // The new tab appears with the others; keep the filters and open it.
    const FilterState kept = m_filterBar->state();
    reloadDatasets(ratio.dataset);
    setFilters(kept);
    selectTab(metricKeyFromHeader(ratio.key));
    statusBar()->showMessage(tr("Added %1").arg(ratio.displayName));
    return true;
}

void MainWindow::selectDataset(const QString& name)
{
    QStringList names;
    for (const DatasetInfo& d : m_datasets)
        names << d.name;
    m_filterBar->setDatasets(names, name);
    onDatasetChanged(name);
}

void MainWindow::onDatasetChanged(const QString& name)
{
    const auto it = std::find_if(m_datasets.begin(), m_datasets.end(),
                                 [&](const DatasetInfo& d) { return d.name == name; });
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
    // Row filters name the columns of one dataset (the roll-up is the workspace's: it stays).
    m_filterBar->setRowFilters({}, {});
    if (it == m_datasets.end()) {
        m_rowFilters->setDataset(m_ws->path(), DatasetInfo{});
        m_filterBar->setDatasetContext(0, std::nullopt, {});
        return;
    }
    m_rowFilters->setDataset(m_ws->path(), *it);
    m_rowFilters->setCustomerKeys(attributeNames(m_ws->db()));
    m_rowFilters->setState({}, {});
    m_filters.dataset = name;
    QString error;
    const std::optional<DateRange> range = datasetDataRange(m_ws->db(), it->id, &error);
    const QHash<QString, qint64> customers = datasetCustomers(m_ws->db(), it->id);
    for (const TabSpec& spec : datasetTabs(*it)) {
        DashboardTab* tab = createDashboardTab(m_ws->path(), *it, spec, m_tabs);
        if (!tab)
            continue;
        tab->setSynchronous(m_options.synchronous);
        tab->setLazyWhenHidden(m_options.lazyTabs);
        tab->setDark(m_dark);
        connect(tab, &DashboardTab::customerRequested, this, &MainWindow::openCustomer);
        connect(tab, &DashboardTab::customerFilterRequested, this, &MainWindow::filterToCustomer);
        connect(tab, &DashboardTab::periodDrillRequested, this, &MainWindow::drillIntoPeriod);
        m_tabs->addTab(tab, spec.title);
    }
    if (m_tabs->count() == 0) {
        auto* empty = new QLabel(tr("The dataset '%1' has no metrics (it holds customer attributes only).\n"
                                    "Its attributes appear in the customer views.")
                                     .arg(name),
                                 m_tabs);
        empty->setAlignment(Qt::AlignCenter);
        m_tabs->addTab(empty, tr("No metrics"));
    }
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    followRevenueCurrency(*it);
    reloadNotes();
    // Ranges and customers come from the data; the bar re-anchors presets and emits the filters.
    m_filterBar->setDatasetContext(it->id, range, customers);
    if (m_options.synchronous)
        onFiltersChanged(m_filterBar->state());
}

void MainWindow::onFiltersChanged(const FilterState& state)
{
    m_filters = state;
    if (!m_applyingDrill)
        m_drillPath->clear(); // filters chosen another way start a new path
    m_drillPath->setCurrent(state);
    m_rowFilters->setRequest(toRequest(state));
    m_rowFilters->setState(state.where, state.breakdown, state.customerKey);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* tab = qobject_cast<DashboardTab*>(m_tabs->widget(i)))
            tab->setFilters(state);
    }
    if (m_options.persist)
        GuiSettings().setFilters(state);
}

void MainWindow::setFilters(const FilterState& state)
{
    FilterState s = state;
    s.datasetId = m_filterBar->state().datasetId;
    m_filterBar->setState(s);
    onFiltersChanged(m_filterBar->state());
}

MetricTab* MainWindow::metricTab(const QString& key) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* tab = qobject_cast<MetricTab*>(m_tabs->widget(i)); tab && tab->metric().key == key)
            return tab;
    return nullptr;
}

CustomerView* MainWindow::customerTab(const QString& externalId) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* view = qobject_cast<CustomerView*>(m_tabs->widget(i)); view && view->customer() == externalId)
            return view;
    return nullptr;
}

bool MainWindow::selectTab(const QString& spec)
{
    if (spec.startsWith(QLatin1String("customer:"))) {
        const QString id = spec.mid(9);
        if (!id.isEmpty() && id != QLatin1String("all") && !customerIdByExternal(m_ws->db(), id))
            return false;
        openCustomer(id == QLatin1String("all") ? QString() : id);
        return true;
    }
    if (MetricTab* tab = metricTab(spec)) {
        m_tabs->setCurrentWidget(tab);
        return true;
    }
    // Other tabs (revenue, segments, health) by their key (language-independent, so scripts such
    // as snapshot --tab revenue keep working) or their shown title.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* tab = qobject_cast<DashboardTab*>(m_tabs->widget(i));
        if ((tab && tab->key().compare(spec, Qt::CaseInsensitive) == 0)
            || m_tabs->tabText(i).remove(QLatin1Char('&')).compare(spec, Qt::CaseInsensitive) == 0) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void MainWindow::followRevenueCurrency(const DatasetInfo& dataset)
{
    const std::optional<MetricInfo> money = namedAmountMetric(dataset);
    RevenueTab* revenue = m_tabs->findChild<RevenueTab*>();
    MetricTab* moneyTab = money ? metricTab(money->key) : nullptr;
    if (revenue && moneyTab)
        connect(revenue, &RevenueTab::currencyChanged, moneyTab, &MetricTab::setCurrency);
}

void MainWindow::onCurrentTabChanged(int index)
{
    QWidget* current = m_tabs->widget(index);
    if (auto* metric = qobject_cast<MetricTab*>(current))
        m_viewedMetric = metric->metric().key;
    else if (auto* health = qobject_cast<HealthTab*>(current); health && !m_viewedMetric.isEmpty())
        health->setMetricKey(m_viewedMetric);
    else if (auto* segments = qobject_cast<SegmentsTab*>(current); segments && !m_viewedMetric.isEmpty())
        segments->setMetricKey(m_viewedMetric);
}

void MainWindow::openCustomer(const QString& externalId)
{
    if (CustomerView* existing = customerTab(externalId)) {
        m_tabs->setCurrentWidget(existing);
        return;
    }
    const auto it = std::find_if(m_datasets.begin(), m_datasets.end(),
                                 [&](const DatasetInfo& d) { return d.name == m_filters.dataset; });
    if (it == m_datasets.end())
        return;
    std::optional<qint64> id;
    if (!externalId.isEmpty()) {
        id = customerIdByExternal(m_ws->db(), externalId);
        if (!id)
            return;
    }
    // The metric being looked at comes first in the customer's view.
    DatasetInfo dataset = *it;
    std::stable_partition(dataset.metrics.begin(), dataset.metrics.end(),
                          [this](const MetricInfo& m) { return m.key == m_viewedMetric; });
    auto* view = new CustomerView(m_ws->path(), dataset, externalId, id, m_tabs);
    view->setSynchronous(m_options.synchronous);
    view->setDark(m_dark);
    view->setAttributes(id ? customerAttributes(m_ws->db(), *id) : std::vector<std::pair<QString, QString>>{});
    view->setNotes(m_notes);
    const int index = m_tabs->addTab(view,
                                     externalId.isEmpty() ? tr("All customers") : tr("Customer %1").arg(externalId));
    m_tabs->setCurrentIndex(index);
    view->setFilters(m_filterBar->state());
}

void MainWindow::fitToScreen()
{
    const QRect room = screen()->availableGeometry();
    // A window manager adds a title bar and borders around the window; their size is known only
    // once the window is mapped, so leave room for a generous frame.
    const QSize frame(16, 48);
    const QSize fits = size().boundedTo(room.size() - frame);
    if (fits == size() && room.contains(frameGeometry()))
        return;
    resize(fits);
    // A window's position is its frame's (the window manager keeps the title bar below it).
    move(room.x() + (room.width() - fits.width() - frame.width()) / 2,
         room.y() + (room.height() - fits.height() - frame.height()) / 2);
}

void MainWindow::setDarkTheme(bool dark)
{
    m_dark = dark;
    if (m_darkAction->isChecked() != dark)
        m_darkAction->setChecked(dark);
    ChartStyle::applyApplicationTheme(dark);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* tab = qobject_cast<DashboardTab*>(m_tabs->widget(i)))
            tab->setDark(dark);
    }
    if (m_options.persist)
        GuiSettings().setDarkTheme(dark);
}

bool MainWindow::isRefreshing() const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* tab = qobject_cast<DashboardTab*>(m_tabs->widget(i)); tab && tab->isPending())
            return true;
    }
    return false;
}

void MainWindow::startImport(const QStringList& files)
{
    auto* wizard = new ImportWizard(m_ws->path(), files, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this](const QString& dataset) { reloadDatasets(dataset); });
    wizard->open();
}

void MainWindow::showImports()
{
    if (!m_ws)
        return;
    auto* dialog = new ImportsDialog(m_ws->path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dataset shown stays selected while it exists; undoing its only import removes it.
    connect(dialog, &ImportsDialog::workspaceChanged, this, [this] { reloadDatasets(m_filters.dataset); });
    dialog->open();
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), QDir::homePath(),
                                                      tr("UsageLens workspaces (*.usagelens)"));
    if (path.isEmpty())
        return;
    Workspace ws;
    QString error;
    if (!ws.open(path, Workspace::OpenMode::CreateIfMissing, &error) || (ws.close(), !openWorkspace(path, &error)))
        QMessageBox::warning(this, tr("New workspace"), error);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QDir::homePath(),
                                                      tr("UsageLens workspaces (*.usagelens);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openWorkspace(path, &error))
        showOpenFailure(this, tr("Open workspace"), path, error, [this](const QString& copy) {
            QString again;
            if (!openWorkspace(copy, &again))
                QMessageBox::warning(this, tr("Open workspace"), again);
        });
}

void MainWindow::updateTitle() { setWindowTitle(tr("%1 — UsageLens").arg(Workspace::displayName(m_ws->path()))); }

void MainWindow::exportReport()
{
    QList<std::pair<QString, QString>> tabs;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* tab = qobject_cast<DashboardTab*>(m_tabs->widget(i)))
            tabs.append({tab->key(), m_tabs->tabText(i)});
    if (tabs.isEmpty())
        return;
    ReportOptionsDialog options(tabs, this);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
                                                      QDir::home().filePath(m_filters.dataset + QStringLiteral(".pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const FilterState filters = m_filterBar->state();
    const QStringList keys = options.selectedKeys();
    const QPageSize::PageSizeId pageSize = options.pageSize();
    whenTabsReady(this, dashboardTabs(keys), filters, [this, filters, keys, pageSize, path] {
        ReportDocument doc(
            {m_ws->path(), m_filters.dataset, TabReport::filterSummary(filters), QDateTime::currentDateTime()},
            TabReport::sections(m_tabs, filters, keys));
        int pages = 0;
        QString error;
        if (doc.writePdf(path, pageSize, &pages, &error))
            statusBar()->showMessage(tr("Wrote %1 (%n page(s))", nullptr, pages).arg(path), 8000);
        else
            QMessageBox::warning(this, tr("Export report"), error);
    });
}

std::vector<DashboardTab*> MainWindow::dashboardTabs(const QStringList& keys) const
{
    std::vector<DashboardTab*> out;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* tab = qobject_cast<DashboardTab*>(m_tabs->widget(i));
            tab && (keys.isEmpty() || keys.contains(tab->key())))
            out.push_back(tab);
    return out;
}

void MainWindow::exportWorkbook()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export workbook"), QDir::home().filePath(m_filters.dataset + QStringLiteral(".xlsx")),
        tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    writeWorkbook(path);
}

std::vector<WorkbookTab> MainWindow::workbookTabs() const
{
    // Each tab as it is set up (filters, metric, rules, settings); the core builds the same
    // workbook as `usagelens export --format xlsx` for the same request.
    std::vector<WorkbookTab> out;
    const auto dataset = std::find_if(m_datasets.begin(), m_datasets.end(),
                                      [&](const DatasetInfo& d) { return d.name == m_filters.dataset; });
    if (dataset == m_datasets.end())
        return out;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const auto* tab = qobject_cast<DashboardTab*>(m_tabs->widget(i));
        if (!tab)
            continue;
        if (const std::optional<TabSpec> spec = findTab(*dataset, tab->key()))
            out.push_back({*spec, tab->reportRequest()});
    }
    return out;
}

void MainWindow::writeWorkbook(const QString& path)
{
    auto* progress = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    const auto job = [workspace = m_ws->path(), tabs = workbookTabs(), path, cancelled] {
        return writeWorkbookFile(workspace, tabs, path, *cancelled);
    };
    const auto done = [this, progress, path, cancelled](const QString& error) {
        progress->deleteLater();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export workbook"), error);
        else if (!*cancelled)
            statusBar()->showMessage(tr("Wrote %1").arg(path), 8000);
        emit workbookWritten(path, error);
    };
    if (m_options.synchronous) {
        done(job());
        return;
    }
    QtConcurrent::run(job).then(this, done);
}

void MainWindow::printReport()
{
    // Screen resolution: charts are laid out for it (see ReportDocument).
    const FilterState filters = m_filterBar->state();
    whenTabsReady(this, dashboardTabs(), filters, [this, filters] {
        QPrinter printer(QPrinter::ScreenResolution);
        printer.setPageOrientation(QPageLayout::Landscape);
        QPrintPreviewDialog preview(&printer, this);
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, filters](QPrinter* target) {
            ReportDocument doc(
                {m_ws->path(), m_filters.dataset, TabReport::filterSummary(filters), QDateTime::currentDateTime()},
                TabReport::sections(m_tabs, filters));
            doc.paint(target);
        });
        preview.exec();
    });
}

void MainWindow::startPresentation(bool perChart)
{
    const FilterState filters = m_filterBar->state();
    whenTabsReady(this, dashboardTabs(), filters, [this, filters, perChart] { showPresentation(filters, perChart); });
}

void MainWindow::showPresentation(const FilterState& filters, bool perChart)
{
    auto* show = new PresentationWindow(
        TabReport::sections(m_tabs, filters),
        m_filters.dataset + QStringLiteral(" · ") + TabReport::filterSummary(filters), m_dark,
        perChart ? PresentationWindow::Mode::PerChart : PresentationWindow::Mode::PerTab, this);
    // Start on the tab the user is looking at (its first slide in either mode).
    int section = 0;
    for (int i = 0; i < m_tabs->currentIndex(); ++i)
        section += qobject_cast<DashboardTab*>(m_tabs->widget(i)) ? 1 : 0;
    show->setCurrentSlide(show->firstSlideOf(section));
    show->present(screen());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_options.persist) {
        GuiSettings settings;
        settings.setGeometry(saveGeometry());
        settings.setFilters(m_filters);
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    const auto urls = event->mimeData()->urls();
    for (const QUrl& url : urls)
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        startImport(files);
    }
}

} // namespace ul
