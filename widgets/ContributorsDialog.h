// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"
#include "report/ReportRequest.h"
#include "report/tabs/ContributorsResult.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ul {

class ReportTableModel;

/// The drill-down behind a period of a time chart: the customers with a value in that period or
/// the one before, largest absolute change first, with their share of the period's change (the
/// `contributors` report view). Double-click or "Open customer" opens one. Runs on a worker;
/// a newer period replaces one still loading.
class ContributorsDialog final : public QDialog {
    Q_OBJECT
public:
    ContributorsDialog(const QString& workspacePath, QWidget* parent = nullptr);

    /// Loads inline (tests, snapshots) instead of on a worker.
    void setSynchronous(bool synchronous) { m_synchronous = synchronous; }
    /// Shows the contributors of `request.period` (a period label at request.granularity).
    void showPeriod(const ReportRequest& request, const QString& metricName);

    const ReportTable& table() const { return m_result.table; }
    QString summary() const;
    QTableView* view() const { return m_view; }

signals:
    void customerRequested(const QString& externalId);
    /// The rows of the period asked for last are in.
    void loaded();

private:
    using Result = ContributorsResult;
    void apply(Result result);
    void openSelected();

    QString m_workspacePath;
    ReportRequest m_request;
    QString m_metricName;
    Result m_result;
    quint64 m_generation = 0;
    bool m_synchronous = false;
    QLabel* m_title;
    QLabel* m_summary;
    QProgressBar* m_busy;
    QTableView* m_view;
    ReportTableModel* m_model;
    QPushButton* m_open;
};

} // namespace ul
