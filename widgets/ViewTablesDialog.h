// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QListWidget;
class QTableView;

namespace ul {

class DashboardTab;
class ReportTableModel;

/// Every view of a tab as a table (the registry's tables, as `usagelens report` prints them):
/// a list of views and the chosen one, sortable, with display headers and formatted numbers.
/// Follows the tab: it re-reads the tables whenever the tab refreshes. GUI thread only.
class ViewTablesDialog : public QDialog {
    Q_OBJECT
public:
    explicit ViewTablesDialog(DashboardTab* tab, QWidget* parent = nullptr);
    /// Shows the view with this key; false when the tab has no such table.
    bool selectView(const QString& key);
    ReportTableModel* model() const { return m_model; }

private:
    void reload();
    void showTable(int row);

    DashboardTab* m_tab;
    QListWidget* m_views = nullptr;
    QTableView* m_table = nullptr;
    ReportTableModel* m_model = nullptr;
};

} // namespace ul
