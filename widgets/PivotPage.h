// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ul {

class PivotTableModel;

/// The "Pivot" page of a metric tab: the customer × period matrix of the `pivot` view as a
/// heatmap table with frozen headers (row names in the vertical header), sortable by any column
/// with Other and Total kept last, partial periods marked, copy as TSV and export as CSV.
/// Plain values in; GUI thread only.
class PivotPage : public QWidget {
    Q_OBJECT
public:
    explicit PivotPage(QWidget* parent = nullptr);
    void setPivot(const ReportTable& pivot, bool dark);
    void showMessage(const QString& message);

    QTableView* table() const { return m_table; }
    PivotTableModel* model() const { return m_model; }
    /// Puts the table on the clipboard as tab-separated text (spreadsheets paste it as cells).
    void copyAsTsv();

private:
    void exportCsv();

    PivotTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace ul
