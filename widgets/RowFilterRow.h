// SPDX-License-Identifier: MIT
#pragma once

#include "query/DatasetCatalog.h"
#include "query/RowFilter.h"
#include "report/ReportRequest.h"

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace ul {

/// The row filters under the filter bar: one chip per column and condition ("Region is Western
/// Europe or Asia", "internal is not TRUE"; click to edit, × to remove), "+ Filter" to add one,
/// and "Break down by" for the total-per-period charts. Hidden for datasets without per-row
/// columns. GUI thread only; it reads no data itself (the dialog loads the value counts).
class RowFilterRow : public QWidget {
    Q_OBJECT
public:
    explicit RowFilterRow(QWidget* parent = nullptr);

    /// The dataset whose per-row columns can be filtered; `request` gives the dialog's counts
    /// their range (call again when the range changes). Clears nothing by itself.
    void setDataset(const QString& workspacePath, const DatasetInfo& dataset);
    void setRequest(const ReportRequest& request) { m_request = request; }
    /// The attributes "Count customers by" offers (an owner per sub-account); empty hides it.
    void setCustomerKeys(const QStringList& attributes);
    QString customerKey() const;
    /// Shows these conditions and breakdown without emitting.
    void setState(const std::vector<RowCondition>& where, const QString& breakdown, const QString& customerKey = {});
    const std::vector<RowCondition>& conditions() const { return m_where; }
    QString breakdown() const;

    /// For tests: the chips' texts, in order.
    QStringList chipTexts() const;
    /// Tests replace the dialog (it is modal) with a function returning the conditions to add.
    void setDialogOverride(std::function<std::vector<RowCondition>()> f) { m_override = std::move(f); }

signals:
    void conditionsChanged(const std::vector<ul::RowCondition>& where);
    void breakdownChanged(const QString& column);
    void customerKeyChanged(const QString& attribute);

private:
    void rebuildChips();
    void addFilter();
    void editChip(const QString& column, bool exclude);
    void removeChip(const QString& column, bool exclude);
    /// Replaces the conditions on `column` with `replacement`.
    void replaceColumn(const QString& column, const std::vector<RowCondition>& replacement);

    QString m_workspacePath;
    DatasetInfo m_dataset;
    ReportRequest m_request;
    std::vector<RowCondition> m_where;
    QHBoxLayout* m_chips = nullptr;
    QToolButton* m_add = nullptr;
    QComboBox* m_breakdown = nullptr;
    QComboBox* m_customerKey = nullptr;
    QLabel* m_customerKeyCaption = nullptr;
    void updateVisibility();
    std::vector<QWidget*> m_chipWidgets;
    std::function<std::vector<RowCondition>()> m_override;
};

} // namespace ul
