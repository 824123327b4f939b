// SPDX-License-Identifier: MIT
#include "SegmentsTab.h"

#include "ChartPanel.h"
#include "ChartStyle.h"
#include "SegmentCharts.h"
#include "core/ReportTable.h"
#include "segments/ClusterFeatures.h"
#include "segments/SegmentReports.h"
#include "tables/ColumnFit.h"
#include "tables/GroupStatsModel.h"
#include "tables/SegmentRuleModel.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace ul {

namespace {

QTableView* newTable(QAbstractItemModel* model, int sortRole, QWidget* parent)
{
    auto* view = new QTableView(parent);
    if (sortRole >= 0) {
        auto* proxy = new QSortFilterProxyModel(view);
        proxy->setSourceModel(model);
        proxy->setSortRole(sortRole);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(-1, Qt::AscendingOrder); // keep the model's (rule) order until asked
    } else {
        view->setModel(model);
    }
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->verticalHeader()->setVisible(false);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    // Numbers are short: columns fit the width, labels wrap before the table scrolls sideways.
    fitColumnsToWidth(view);
    return view;
}

/// A titled block of the left column.
QWidget* titled(const QString& title, QWidget* body, QWidget* extra = nullptr)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* header = new QHBoxLayout;
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    header->addWidget(label, 1);
    if (extra)
        header->addWidget(extra);
    layout->addLayout(header);
    layout->addWidget(body, 1);
    return box;
}

QString clusterLabel(int cluster)
{
    return cluster < 0 ? SegmentsTab::tr("Noise") : SegmentsTab::tr("Cluster %1").arg(cluster);
}

} // namespace

SegmentsTab::SegmentsTab(const QString& workspacePath, const DatasetInfo& dataset, qint64 defaultMetricId,
                         QWidget* parent)
    : DashboardTab(parent)
    , m_workspacePath(workspacePath)
    , m_dataset(dataset)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(6);
    m_metric = new QComboBox(this);
    for (const MetricInfo& m : dataset.metrics)
        m_metric->addItem(m.displayName, m.id);
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(defaultMetricId)));
    m_metric->setToolTip(tr("The metric summed as each customer's monetary value"));
    m_method = new QComboBox(this);
    m_method->addItem(tr("k-means++"));
    m_method->addItem(tr("DBSCAN"));
    m_k = new QSpinBox(this);
    m_k->setRange(1, 10);
    m_k->setSpecialValueText(tr("auto")); // 1 is not a clustering: it stands for "best silhouette"
    m_k->setValue(1);
    m_k->setKeyboardTracking(false);
    m_eps = new QDoubleSpinBox(this);
    m_eps->setRange(0.01, 10);
    m_eps->setDecimals(2);
    m_eps->setSingleStep(0.05);
    m_eps->setValue(0.5);
    m_eps->setKeyboardTracking(false);
    m_eps->setToolTip(tr("Radius in standardised feature units; read it off the k-distance chart's knee"));
    m_minPoints = new QSpinBox(this);
    m_minPoints->setRange(2, 100);
    m_minPoints->setValue(5);
    m_minPoints->setKeyboardTracking(false);
    m_colorBy = new QComboBox(this);
    m_colorBy->addItem(tr("Cluster"));
    m_colorBy->addItem(tr("Segment"));
    m_export = new QPushButton(tr("Export membership…"), this);
    auto* exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("RFM scores and segments…"), this, [this] { askExport(Membership::Rfm); });
    exportMenu->addAction(tr("Cluster membership…"), this, [this] { askExport(Membership::Clusters); });
    m_export->setMenu(exportMenu);
    m_kLabel = new QLabel(tr("k:"), this);
    m_epsLabel = new QLabel(tr("eps:"), this);
    m_minPointsLabel = new QLabel(tr("min points:"), this);
    controls->addWidget(new QLabel(tr("Value:"), this));
    controls->addWidget(m_metric);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Clustering:"), this));
    controls->addWidget(m_method);
    controls->addWidget(m_kLabel);
    controls->addWidget(m_k);
    controls->addWidget(m_epsLabel);
    controls->addWidget(m_eps);
    controls->addWidget(m_minPointsLabel);
    controls->addWidget(m_minPoints);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Colour by:"), this));
    controls->addWidget(m_colorBy);
    controls->addStretch(1);
    controls->addWidget(m_export);
    layout->addLayout(controls);

    // What the clustering runs on: the RFM default, or features the user picks (--features,
    // --scale, --min-total on the command line).
    auto* featureRow = new QHBoxLayout;
    featureRow->setSpacing(6);
    m_featureButton = new QToolButton(this);
    m_featureButton->setObjectName(QStringLiteral("featureButton"));
    m_featureButton->setText(tr("Features"));
    m_featureButton->setPopupMode(QToolButton::InstantPopup);
    m_featureButton->setToolTip(tr("Cluster on chosen features instead of recency, frequency and value"));
    auto* featureMenu = new QMenu(m_featureButton);
    const QStringList builtin = builtinFeatureNames();
    const QStringList builtinTitles{
        tr("Total"),         tr("Frequency (active days)"), tr("Recency (days)"),
        tr("Tenure (days)"), tr("Average per period"),      tr("Trend (later vs earlier half)")};
    for (qsizetype i = 0; i < builtin.size(); ++i) {
        QAction* a = featureMenu->addAction(builtinTitles.value(i, builtin[i]));
        a->setData(builtin[i]);
        a->setCheckable(true);
    }
    featureMenu->addSeparator();
    for (const MetricInfo& m : dataset.metrics) {
        QAction* a = featureMenu->addAction(tr("Total of %1").arg(m.displayName));
        a->setData(m.key);
        a->setCheckable(true);
    }
    connect(featureMenu, &QMenu::triggered, this, [this] {
        updateFeatureText();
        setFilters(m_filters); // chosen features are read from the workspace: a full load
    });
    m_featureButton->setMenu(featureMenu);
    m_scale = new QComboBox(this);
    m_scale->addItem(tr("standardised"), int(FeatureScale::Standard));
    m_scale->addItem(tr("as they are"), int(FeatureScale::None));
    m_scale->addItem(tr("log, standardised"), int(FeatureScale::Log));
    m_scale->setToolTip(tr("How chosen features are scaled before distances are taken"));
    connect(m_scale, &QComboBox::activated, this, [this] {
        updateFeatureText();
        if (!chosenFeatures().isEmpty())
            setFilters(m_filters);
    });
    m_minTotal = new QLineEdit(this);
    m_minTotal->setObjectName(QStringLiteral("minTotal"));
    m_minTotal->setPlaceholderText(tr("any"));
    m_minTotal->setMaximumWidth(90);
    m_minTotal->setValidator(new QDoubleValidator(-1e15, 1e15, 6, m_minTotal));
    m_minTotal->setToolTip(tr("Only customers whose total over the range is at least this take part in segments "
                              "and clusters (e.g. 0.01: a positive total)"));
    connect(m_minTotal, &QLineEdit::editingFinished, this, [this] { setFilters(m_filters); });
    m_features = new QLabel(this);
    m_features->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 8pt;"));
    featureRow->addWidget(m_featureButton);
    featureRow->addWidget(m_scale);
    featureRow->addWidget(new QLabel(tr("Min total:"), this));
    featureRow->addWidget(m_minTotal);
    featureRow->addWidget(m_features, 1);
    layout->addLayout(featureRow);
    updateFeatureText();

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QSplitter(Qt::Vertical, split);
    m_segmentModel = new GroupStatsModel(tr("Segment"), this);
    m_clusterModel = new GroupStatsModel(tr("Cluster"), this);
    m_ruleModel = new SegmentRuleModel(this);
    left->addWidget(titled(tr("RFM segments"), newTable(m_segmentModel, GroupStatsModel::SortRole, this)));
    left->addWidget(titled(tr("Clusters"), newTable(m_clusterModel, GroupStatsModel::SortRole, this)));

    m_ruleView = newTable(m_ruleModel, -1, this);
    m_ruleView->verticalHeader()->setVisible(true);
    m_ruleView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
    auto* ruleButtons = new QWidget(this);
    auto* rb = new QHBoxLayout(ruleButtons);
    rb->setContentsMargins(0, 0, 0, 0);
    auto* add = new QPushButton(tr("Add"), ruleButtons);
    auto* remove = new QPushButton(tr("Remove"), ruleButtons);
    auto* reset = new QPushButton(tr("Reset to defaults"), ruleButtons);
    for (QPushButton* b : {add, remove, reset}) {
        b->setAutoDefault(false);
        rb->addWidget(b);
    }
    auto* rules = new QWidget(this);
    auto* rl = new QVBoxLayout(rules);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->setSpacing(2);
    rl->addWidget(m_ruleView, 1);
    m_ruleMessage = new QLabel(this);
    m_ruleMessage->setWordWrap(true);
    m_ruleMessage->setStyleSheet(QStringLiteral("font-size: 8pt;"));
    m_ruleMessage->setText(tr("First matching rule wins; scores 1-5 (5 = most recent, frequent, valuable)."));
    rl->addWidget(m_ruleMessage);
    left->addWidget(titled(tr("Segment rules (double-click to edit)"), rules, ruleButtons));
    left->setStretchFactor(0, 4);
    left->setStretchFactor(1, 3);
    left->setStretchFactor(2, 4);

    auto* charts = new QWidget(split);
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    const QStringList titles{tr("Value share vs customer share"), tr("Customers by frequency and value"),
                             tr("k-means++: elbow and silhouette"), tr("Sorted k-distance (DBSCAN eps)")};
    for (int i = 0; i < ChartCount; ++i) {
        m_panels[size_t(i)] = new ChartPanel(titles.at(i), charts);
        grid->addWidget(m_panels[size_t(i)], i / 2, i % 2);
    }
    split->addWidget(left);
    split->addWidget(charts);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 5);
    split->setSizes({720, 880});
    layout->addWidget(split, 1);

    auto* footer = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 8pt;"));
    footer->addWidget(m_status, 1);
    footer->addWidget(tablesButton());
    footer->addWidget(busyIndicator());
    layout->addLayout(footer);

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] { setFilters(m_filters); });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        updateMethodControls();
        recluster();
    });
    connect(m_k, &QSpinBox::valueChanged, this, [this] { recluster(); });
    connect(m_eps, &QDoubleSpinBox::valueChanged, this, [this] { recluster(); });
    connect(m_minPoints, &QSpinBox::valueChanged, this, [this] { recluster(); });
    connect(m_colorBy, &QComboBox::currentIndexChanged, this, [this] { rebuildScatter(); });
    connect(m_ruleModel, &SegmentRuleModel::rulesChanged, this, [this] {
        m_ruleMessage->setStyleSheet(QStringLiteral("font-size: 8pt;"));
        m_ruleMessage->setText(tr("Rules applied."));
        resegment();
    });
    connect(m_ruleModel, &SegmentRuleModel::rejected, this, [this](const QString& reason) {
        m_ruleMessage->setStyleSheet(
            QStringLiteral("font-size: 8pt; color: %1;").arg(ChartStyle::downColor(m_dark).name()));
        m_ruleMessage->setText(tr("Not applied: %1").arg(reason));
    });
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_ruleView->currentIndex().isValid() ? m_ruleView->currentIndex().row() + 1
                                                             : m_ruleModel->rowCount();
        m_ruleModel->insertRows(row, 1);
        m_ruleView->setCurrentIndex(m_ruleModel->index(row, SegmentRuleModel::Name));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_ruleView->currentIndex().isValid())
            m_ruleModel->removeRows(m_ruleView->currentIndex().row(), 1);
    });
    connect(reset, &QPushButton::clicked, m_ruleModel, &SegmentRuleModel::resetToDefaults);
    updateMethodControls();
}

qint64 SegmentsTab::metricId() const { return m_metric->currentData().toLongLong(); }

ReportRequest SegmentsTab::reportRequest() const
{
    QString metric;
    for (const MetricInfo& m : m_dataset.metrics)
        if (m.id == metricId())
            metric = m.key;
    ReportRequest r = toRequest(m_filters, metric);
    r.cluster = clusterParams();
    r.minTotal = r.cluster.bounds.min; // the views take the customers who take part from here
    r.segmentRules = m_ruleModel->rules();
    return r;
}

bool SegmentsTab::setMetricKey(const QString& key)
{
    for (const MetricInfo& m : m_dataset.metrics)
        if (m.key == key && m_metric->findData(m.id) >= 0) {
            setMetricId(m.id);
            return true;
        }
    return false;
}

void SegmentsTab::setMetricId(qint64 metricId)
{
    const int index = m_metric->findData(metricId);
    if (index >= 0)
        m_metric->setCurrentIndex(index);
}

ClusterParams SegmentsTab::clusterParams() const
{
    ClusterParams p;
    p.method = m_method->currentIndex() == 1 ? ClusterParams::Method::Dbscan : ClusterParams::Method::KMeans;
    p.k = m_k->value() <= 1 ? 0 : m_k->value();
    p.eps = m_eps->value();
    p.minPoints = m_minPoints->value();
    p.features = chosenFeatures();
    p.scale = FeatureScale(m_scale->currentData().toInt());
    bool ok = false;
    const double minTotal = QLocale().toDouble(m_minTotal->text().trimmed(), &ok);
    if (ok)
        p.bounds.min = minTotal;
    return p;
}

QStringList SegmentsTab::chosenFeatures() const
{
    QStringList names;
    for (const QAction* a : m_featureButton->menu()->actions()) {
        if (a->isChecked())
            names << a->data().toString();
    }
    return names;
}

void SegmentsTab::updateFeatureText()
{
    const QStringList names = chosenFeatures();
    m_scale->setEnabled(!names.isEmpty());
    if (names.isEmpty()) {
        m_features->setText(tr("Clustering on recency in days, log(1 + frequency), log(1 + value), standardised"));
        m_features->setToolTip(rfmFeatureNames().join(QStringLiteral(", ")));
    } else {
        m_features->setText(tr("Clustering on %1, %2").arg(names.join(QStringLiteral(", ")), m_scale->currentText()));
        m_features->setToolTip(tr("The cluster summary gives each cluster's centre in these features' units"));
    }
}

void SegmentsTab::setClusterParams(const ClusterParams& params)
{
    // One re-cluster for the whole change, not one per control.
    {
        const QSignalBlocker b1(m_method), b2(m_k), b3(m_eps), b4(m_minPoints);
        m_method->setCurrentIndex(params.method == ClusterParams::Method::Dbscan ? 1 : 0);
        m_k->setValue(params.k <= 0 ? 1 : params.k);
        m_eps->setValue(params.eps);
        m_minPoints->setValue(params.minPoints);
        for (QAction* a : m_featureButton->menu()->actions())
            a->setChecked(params.features.contains(a->data().toString()));
        m_scale->setCurrentIndex(std::max(0, m_scale->findData(int(params.scale))));
        m_minTotal->setText(params.bounds.min ? QLocale().toString(*params.bounds.min, 'g', 15) : QString());
    }
    updateMethodControls();
    updateFeatureText();
    if (!params.features.isEmpty() || params.bounds.isSet())
        setFilters(m_filters); // read from the workspace, not re-clustered in memory
    else
        recluster();
}

void SegmentsTab::setColorBy(ColorBy colorBy) { m_colorBy->setCurrentIndex(colorBy == ColorBy::Segment ? 1 : 0); }

void SegmentsTab::updateMethodControls()
{
    const bool dbscan = m_method->currentIndex() == 1;
    for (QWidget* w : std::initializer_list<QWidget*>{m_kLabel, m_k})
        w->setVisible(!dbscan);
    for (QWidget* w : std::initializer_list<QWidget*>{m_epsLabel, m_eps, m_minPointsLabel, m_minPoints})
        w->setVisible(dbscan);
}

void SegmentsTab::setFilters(const FilterState& filters)
{
    m_filters = filters;
    m_loaded = false;
    requestRefresh();
}

void SegmentsTab::refresh()
{
    runLatest([path = m_workspacePath, metric = metricId(), filters = m_filters,
               params = clusterParams()] { return SegmentTabData::load(path, metric, filters, params); },
              [this](SegmentTabData data) { apply(std::move(data)); });
}

void SegmentsTab::apply(SegmentTabData data)
{
    m_data = std::move(data);
    m_loaded = true;
    resegment();
    // The controls may have changed while the worker ran with the old ones.
    if (!m_data.records.empty() && !(m_data.clusters.params == clusterParams()))
        recluster();
    else
        rebuildClusterViews();
    emit refreshed();
}

void SegmentsTab::recluster()
{
    if (!m_loaded || m_data.records.empty())
        return;
    const ClusterParams params = clusterParams();
    if (!params.features.isEmpty()) { // chosen features are read from the workspace
        setFilters(m_filters);
        return;
    }
    // Re-clusters the loaded records only; a newer load or re-cluster supersedes this one.
    runLatest([records = m_data.records, params = clusterParams()] { return ClusterRun::compute(records, params); },
              [this](ClusterRun run) { applyClusters(std::move(run)); });
}

void SegmentsTab::applyClusters(ClusterRun run)
{
    m_data.clusters = std::move(run);
    rebuildClusterViews();
    emit refreshed();
}

QColor SegmentsTab::groupColor(int index) const
{
    if (index < 0)
        return m_dark ? QColor(0x6B, 0x72, 0x80) : QColor(0xB0, 0xB5, 0xBD); // noise
    if (index < 6)
        return ChartStyle::seriesColor(index);
    // Beyond the shared palette: spread hues so ten clusters or nine segments stay apart.
    return QColor::fromHsv((index * 137 + 20) % 360, 150, m_dark ? 230 : 190);
}

void SegmentsTab::resegment()
{
    const std::vector<SegmentRule>& rules = m_ruleModel->rules();
    m_segments = assignSegments(m_data.records, rules);
    m_segmentRows = m_data.records.empty() ? std::vector<SegmentSummaryRow>{}
                                           : summarizeSegments(m_data.records, m_segments, rules);
    std::vector<GroupStatsModel::Row> rows;
    for (std::size_t i = 0; i < m_segmentRows.size(); ++i)
        rows.push_back({m_segmentRows[i].segment, m_segmentRows[i].stats, groupColor(int(i))});
    m_segmentModel->setRows(rows);
    const QString noData = m_data.error.isEmpty() ? tr("No data for this selection") : m_data.error;
    if (m_data.records.empty())
        m_panels[ValueShare]->showMessage(noData, m_dark);
    else
        m_panels[ValueShare]->setChart(SegmentCharts::shareBars(rows, m_dark));
    if (m_colorBy->currentIndex() == 1)
        rebuildScatter();
}

void SegmentsTab::rebuildClusterViews()
{
    const ClusterRun& run = m_data.clusters;
    std::vector<GroupStatsModel::Row> rows;
    for (const ClusterSummaryRow& r : run.summary)
        rows.push_back({clusterLabel(r.cluster), r.stats, groupColor(r.cluster)});
    m_clusterModel->setRows(rows);
    const QString noData = m_data.error.isEmpty() ? tr("No data for this selection") : m_data.error;
    if (m_data.kScores.empty())
        m_panels[Elbow]->showMessage(m_data.records.empty() ? noData : tr("Too few customers to compare k"), m_dark);
    else
        m_panels[Elbow]->setChart(SegmentCharts::elbow(
            m_data.kScores, run.params.method == ClusterParams::Method::KMeans ? run.clustering.clusterCount : 0,
            m_dark));
    if (run.kDistance.empty())
        m_panels[KDistanceChart]->showMessage(m_data.records.empty() ? noData : tr("Too few customers"), m_dark);
    else
        m_panels[KDistanceChart]->setChart(
            SegmentCharts::kDistance(run.kDistance, run.params.minPoints, run.params.eps, m_dark));
    rebuildScatter();

    QString method;
    if (run.params.method == ClusterParams::Method::Dbscan)
        method = tr("DBSCAN eps %1, min points %2: %n cluster(s)", nullptr, run.clustering.clusterCount)
                     .arg(QLocale().toString(run.params.eps, 'g', 3))
                     .arg(run.params.minPoints)
                 + tr(", %n noise point(s)", nullptr, int(run.clustering.noiseCount));
    else
        method =
            tr("k-means++ k = %1%2").arg(run.clustering.clusterCount).arg(run.params.k <= 0 ? tr(" (auto)") : QString())
            + (std::isnan(run.clustering.silhouette)
                   ? QString()
                   : tr(", silhouette %1").arg(QLocale().toString(run.clustering.silhouette, 'f', 2)));
    const DateRange range = m_data.filters.range;
    m_status->setText(
        m_data.records.empty()
            ? QString()
            : tr("%n customer(s) · RFM as of %1 · frequency = %2 · %3 · %4 ms", nullptr, int(m_data.records.size()))
                  .arg(ChartStyle::date(range.to),
                       m_data.frequencyMode == FrequencyMode::Events ? tr("events (payments)") : tr("active days"),
                       method)
                  .arg(m_data.elapsedMs + run.elapsedMs));
}

void SegmentsTab::rebuildScatter()
{
    const auto& records = m_data.records;
    if (records.empty()) {
        m_panels[Scatter]->showMessage(m_data.error.isEmpty() ? tr("No data for this selection") : m_data.error,
                                       m_dark);
        return;
    }
    const bool bySegment = m_colorBy->currentIndex() == 1;
    const std::vector<int>& labels = m_data.clusters.clustering.labels;
    std::vector<SegmentCharts::ScatterGroup> groups;
    std::vector<int> groupOf(records.size(), 0);
    if (bySegment) {
        for (std::size_t i = 0; i < m_segmentRows.size(); ++i)
            groups.push_back({m_segmentRows[i].segment, groupColor(int(i)), {}, {}});
        for (std::size_t i = 0; i < records.size(); ++i) {
            const auto it = std::find_if(m_segmentRows.begin(), m_segmentRows.end(),
                                         [&](const SegmentSummaryRow& r) { return r.segment == m_segments[i]; });
            groupOf[i] = int(it - m_segmentRows.begin());
        }
    } else {
        if (labels.size() != records.size()) {
            m_panels[Scatter]->showMessage(tr("Clustering…"), m_dark);
            return;
        }
        for (const ClusterSummaryRow& r : m_data.clusters.summary)
            groups.push_back({clusterLabel(r.cluster), groupColor(r.cluster), {}, {}});
        const bool noise = !m_data.clusters.summary.empty() && m_data.clusters.summary.back().cluster < 0;
        for (std::size_t i = 0; i < records.size(); ++i)
            groupOf[i] = labels[i] < 0 ? (noise ? int(groups.size()) - 1 : 0) : labels[i];
    }
    // Thousands of markers already fill the plot; a regular sample keeps hover responsive.
    const std::size_t step = std::max<std::size_t>(1, (records.size() + 4999) / 5000);
    for (std::size_t i = 0; i < records.size(); i += step) {
        const int g = groupOf[i];
        if (g < 0 || g >= int(groups.size()))
            continue;
        groups[size_t(g)].points.emplace_back(double(records[i].frequency), records[i].monetary);
        groups[size_t(g)].customers << m_data.nameOf(records[i].customer);
    }
    const QString xTitle = m_data.frequencyMode == FrequencyMode::Events ? tr("Events / payments (log scale)")
                                                                         : tr("Active days (log scale)");
    QChart* chart = SegmentCharts::customerScatter(groups, xTitle, m_dark,
                                                   [this](const QString& id) { emit customerRequested(id); });
    m_panels[Scatter]->setChart(chart);
}

void SegmentsTab::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    resegment();
    rebuildClusterViews();
}

bool SegmentsTab::exportMembership(Membership kind, const QString& path, QString* error) const
{
    const ReportTable table = kind == Membership::Rfm
                                  ? rfmReport(m_data.records, m_segments, m_data.names)
                                  : clustersReport(m_data.records, m_data.clusters.clustering.labels, m_data.names);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(toCsv(table).toUtf8()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void SegmentsTab::askExport(Membership kind)
{
    const QString suggested = kind == Membership::Rfm ? QStringLiteral("rfm.csv") : QStringLiteral("clusters.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export membership"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportMembership(kind, path, &error))
        QMessageBox::warning(this, tr("Export membership"), error);
    else
        m_status->setText(tr("Exported %n customer(s) to %1", nullptr, int(m_data.records.size())).arg(path));
}

std::vector<ReportTable> SegmentsTab::tables() const
{
    // The Segments views from what the tab holds: its rules may be edited, its clustering re-run.
    return m_data.tables(m_segments, m_segmentRows);
}

std::vector<QChart*> SegmentsTab::charts() const { return ChartPanel::chartsOf(m_panels); }

} // namespace ul
