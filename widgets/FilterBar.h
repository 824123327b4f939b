// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QSpinBox;
class QTimer;

namespace ul {

/// The filters shared by all tabs. It never touches the database: the window feeds it the
/// datasets and, per dataset, the range with data and the customers.
/// GUI thread only. filtersChanged() fires once per user change (coalesced), not on setState().
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    /// Fills the dataset combo and makes `current` current, without emitting.
    void setDatasets(const QStringList& names, const QString& current);
    /// Range with data and customers (external id -> internal id) of the current dataset.
    void setDatasetContext(qint64 datasetId, std::optional<DateRange> dataRange,
                           const QHash<QString, qint64>& customers);
    FilterState state() const { return m_state; }
    /// Restores a state without emitting; the preset (if any) is re-anchored on the data.
    void setState(const FilterState& state);
    void setCustomer(const QString& externalId);
    /// The row filters and breakdown (chosen under the bar), kept in state() without emitting.
    void setRowFilters(const std::vector<RowCondition>& where, const QString& breakdown)
    {
        m_state.where = where;
        m_state.breakdown = breakdown;
    }
    QString currentDataset() const;

    static QStringList presetKeys();
    /// The range of a preset anchored at the last day with data.
    static DateRange presetRange(const QString& key, const DateRange& dataRange);

signals:
    void datasetChanged(const QString& name);
    void filtersChanged(const ul::FilterState& state);

private:
    void onPreset(int index);
    void onDatesEdited();
    void readWidgets();
    void scheduleEmit();
    void syncWidgets();

    QComboBox* m_dataset = nullptr;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_granularity = nullptr;
    QComboBox* m_top = nullptr;
    QSpinBox* m_topCustom = nullptr;
    QComboBox* m_customer = nullptr;
    QSpinBox* m_newDays = nullptr;
    QTimer* m_emitTimer = nullptr;
    FilterState m_state;
    std::optional<DateRange> m_dataRange;
    QHash<QString, qint64> m_customers;
    bool m_updating = false;
};

} // namespace ul
