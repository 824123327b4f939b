// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"
#include "query/ActivityMovements.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableView;

namespace ul {

class ChartPanel;
class CohortModel;

/// The "Customers" page of a metric tab: customers by activity per period (new, reactivated,
/// churned) and the monthly cohorts by first active month as a heatmap, for any metric
/// (report --view customers / cohorts --metric KEY). Plain values in; GUI thread only.
class ActivityPage : public QWidget {
    Q_OBJECT
public:
    explicit ActivityPage(QWidget* parent = nullptr);
    /// `partialNotes`: per period, why it is partial (empty when complete), as the totals say.
    void setData(const std::vector<ActivityPeriod>& periods, const QStringList& partialNotes,
                 const std::vector<ActivityCohort>& cohorts, const QString& metricName, bool dark);
    void showMessage(const QString& message, bool dark);
    ChartPanel* movementsPanel() const { return m_movements; }
    QTableView* cohortView() const { return m_cohortView; }
    CohortModel* cohortModel() const { return m_cohorts; }

signals:
    /// A click on a cohort cell: the customers of `cohort` in `month` (the drill-down).
    void cohortCellClicked(const QString& cohort, const QString& month);

private:
    ChartPanel* m_movements = nullptr;
    CohortModel* m_cohorts = nullptr;
    QTableView* m_cohortView = nullptr;
    QComboBox* m_measure = nullptr;
    QLabel* m_cohortNote = nullptr;
};

} // namespace ul
