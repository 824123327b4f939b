// SPDX-License-Identifier: MIT
#pragma once

#include "DashboardTab.h"
#include "SegmentTabData.h"
#include "query/DatasetCatalog.h"
#include "segments/ClusterRun.h"
#include "segments/SegmentSummary.h"

#include <array>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ul {

class ChartPanel;
class GroupStatsModel;
class SegmentRuleModel;

/// RFM segments and customer clusters of one metric. The database work and the first
/// clustering run on a worker (SegmentTabData::load); method changes re-cluster on a worker
/// (ClusterRun::compute); rule edits re-segment on the GUI thread (linear, cheap). One
/// generation counter drops any result a newer request supersedes. GUI thread only.
class SegmentsTab : public DashboardTab {
    Q_OBJECT
public:
    enum Chart { ValueShare, Scatter, Elbow, KDistanceChart, ChartCount };
    enum class Membership { Rfm, Clusters };
    enum class ColorBy { Cluster, Segment };

    SegmentsTab(const QString& workspacePath, const DatasetInfo& dataset, qint64 defaultMetricId,
                QWidget* parent = nullptr);

    QString key() const override { return QStringLiteral("segments"); }
    ReportRequest reportRequest() const override;
    void setFilters(const FilterState& filters) override;
    FilterState filters() const override { return m_filters; }
    void setDark(bool dark) override;

    qint64 metricId() const;
    void setMetricId(qint64 metricId);
    /// Shows `key`'s segments (the metric the user was looking at); false when it has no such metric.
    bool setMetricKey(const QString& key);
    ClusterParams clusterParams() const;
    /// Sets the method controls (which re-clusters, inline when synchronous).
    void setClusterParams(const ClusterParams& params);
    void setColorBy(ColorBy colorBy);

    const SegmentTabData& data() const { return m_data; }
    const std::vector<QString>& segments() const { return m_segments; }
    GroupStatsModel* segmentModel() const { return m_segmentModel; }
    GroupStatsModel* clusterModel() const { return m_clusterModel; }
    SegmentRuleModel* ruleModel() const { return m_ruleModel; }
    ChartPanel* panel(Chart chart) const { return m_panels[chart]; }
    /// The Segments views, as `usagelens report` prints them.
    std::vector<ReportTable> tables() const override;
    std::vector<QChart*> charts() const override;
    /// Writes the "rfm" or "clusters" report as CSV; false with a message on failure.
    bool exportMembership(Membership kind, const QString& path, QString* error) const;

private:
    void refresh() override;
    void apply(SegmentTabData data);
    void recluster();
    void applyClusters(ClusterRun run);
    void resegment();
    void rebuildClusterViews();
    void rebuildScatter();
    void updateMethodControls();
    /// The caption under the controls: what the clustering runs on.
    void updateFeatureText();
    /// The chosen features (empty: the RFM default).
    QStringList chosenFeatures() const;
    void askExport(Membership kind);
    QColor groupColor(int index) const;

    QString m_workspacePath;
    DatasetInfo m_dataset;
    FilterState m_filters;
    SegmentTabData m_data;
    std::vector<QString> m_segments; ///< parallel to m_data.records
    std::vector<SegmentSummaryRow> m_segmentRows;
    bool m_dark = false;
    bool m_loaded = false; ///< m_data belongs to the current filters and metric

    QComboBox* m_metric = nullptr;
    QComboBox* m_colorBy = nullptr;
    QComboBox* m_method = nullptr;
    QSpinBox* m_k = nullptr;
    QDoubleSpinBox* m_eps = nullptr;
    QSpinBox* m_minPoints = nullptr;
    QLabel* m_kLabel = nullptr;
    QLabel* m_epsLabel = nullptr;
    QLabel* m_minPointsLabel = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_features = nullptr;
    QToolButton* m_featureButton = nullptr; ///< its menu: the features to cluster on
    QComboBox* m_scale = nullptr;
    QLineEdit* m_minTotal = nullptr;
    QLabel* m_ruleMessage = nullptr;
    QLabel* m_status = nullptr;
    GroupStatsModel* m_segmentModel = nullptr;
    GroupStatsModel* m_clusterModel = nullptr;
    SegmentRuleModel* m_ruleModel = nullptr;
    QTableView* m_ruleView = nullptr;
    std::array<ChartPanel*, ChartCount> m_panels{};
};

} // namespace ul
