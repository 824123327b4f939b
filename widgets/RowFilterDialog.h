// SPDX-License-Identifier: MIT
#pragma once

#include "query/DatasetCatalog.h"
#include "query/RowFilter.h"
#include "report/DimensionCounts.h"
#include "report/ReportRequest.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace ul {

/// Picks the values of one per-row column to keep (or to leave out): a column, "is" or "is
/// not", and a searchable list of the values with their rows in the current range. The counts
/// load on a worker; the list is usable before they arrive. GUI thread only.
class RowFilterDialog : public QDialog {
    Q_OBJECT
public:
    /// `request`: the dataset, range and other filters the counts follow.
    RowFilterDialog(const QString& workspacePath, const DatasetInfo& dataset, const ReportRequest& request,
                    QWidget* parent = nullptr);
    /// Opens on this column with these conditions ticked (editing a chip).
    void preset(const QString& column, const std::vector<RowCondition>& conditions);
    /// The conditions chosen, all on one column (empty when no value is ticked).
    std::vector<RowCondition> conditions() const;
    /// The column the conditions are on (a dimension's display name).
    QString column() const;
    /// For tests: wait until the counts of the current column are in.
    bool countsLoaded() const { return m_loaded; }

private:
    void loadValues();
    void showValues(const std::vector<DimensionValueCount>& values);
    void applySearch();

    QString m_workspacePath;
    DatasetInfo m_dataset;
    ReportRequest m_request;
    QComboBox* m_column = nullptr;
    QComboBox* m_mode = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_values = nullptr;
    QLabel* m_status = nullptr;
    QStringList m_ticked; ///< kept while the counts load
    int m_generation = 0;
    bool m_loaded = false;
};

} // namespace ul
